import { readAmount } from './amount.js';
import { CURRENCY_OF, type Currency, POST_CURRENCY, PRE_CURRENCY } from './currency.js';
import { PERIOD_RE, type Period, periodOf } from './period.js';
import { rawSpan, type EntityView } from './view.js';

/**
 * A price or wage found in the text (offsets raw).
 *
 * @example
 * ```ts
 * const p: PriceMatch | undefined = findPrices(createView('$3000/month'))[0]; // amount 3000, USD, month
 * ```
 */
export interface PriceMatch {
  amount: number;
  /** Upper end of a range ("$2000-3000"). */
  max?: number;
  currency?: Currency;
  period?: Period;
  start: number;
  end: number;
  /** Folded span, for masking. */
  from: number;
  to: number;
}

const NUMBER_START = /(?<![\d.,'’])\d/g;
const RANGE = /\s?(?:-|–|—|to|bis|al|ate|a|hasta|jusqu['’]a|fino\sa)\s?/y;

/** A currency mark before `at`, not reaching back into the price before it (which ends at `floor`). */
function preCurrency(s: string, at: number, floor: number): { currency: Currency; from: number } | null {
  const before = s.slice(Math.max(floor, at - 5), at);
  const m = PRE_CURRENCY.exec(before);
  if (!m?.[1]) return null;
  const currency = CURRENCY_OF.get(m[1]);
  return currency ? { currency, from: at - m[0].length } : null;
}

function postCurrency(s: string, at: number): { currency: Currency; to: number } | null {
  POST_CURRENCY.lastIndex = at;
  const m = POST_CURRENCY.exec(s);
  if (!m?.[1]) return null;
  const currency = CURRENCY_OF.get(m[1]);
  return currency ? { currency, to: at + m[0].length } : null;
}

/**
 * Finds prices and wages: "$3000/month", "2 500 € par mois", "£15/hr", "R$ 3.000",
 * "1.500,00 €", "$3k", "3000 dollars", "20 euros de l'heure", "1500 pesos por mes",
 * "2000 per month", ranges ("$2000-3000 a month"). An amount counts when a currency or a pay
 * period is written next to it; a bare "2000-3000" is neither a price nor a phone number.
 *
 * @example
 * ```ts
 * findPrices(createView('Salary $3000/month'))[0]; // { amount: 3000, currency: "USD", period: "month", ... }
 * ```
 */
export function findPrices(view: EntityView): PriceMatch[] {
  const { s } = view;
  const out: PriceMatch[] = [];
  NUMBER_START.lastIndex = 0;
  for (let m = NUMBER_START.exec(s); m; m = NUMBER_START.exec(s)) {
    const first = readAmount(s, m.index);
    if (!first) continue;
    let from = m.index;
    let to = first.end;
    const pre = preCurrency(s, m.index, out.at(-1)?.to ?? 0);
    let currency = pre?.currency;
    if (pre) from = pre.from;
    let max: number | undefined;
    const post = postCurrency(s, to);
    if (post) {
      currency ??= post.currency;
      to = post.to;
    }
    // A range: "2000-3000 €", "$2,000 to $3,000", "de 2000 a 3000 euros".
    RANGE.lastIndex = to;
    const r = RANGE.exec(s);
    if (r) {
      let at = to + r[0].length;
      const sym = /^(?:us\$|r\$|c\$|a\$|mx\$|\$|€|£)\s?/.exec(s.slice(at, at + 5));
      if (sym) at += sym[0].length;
      const second = readAmount(s, at);
      // "$20 - 555-0123" is a price and a phone number, not a range.
      const phoneLike = second !== null && /^[-.\s]?\d/.test(s.slice(second.end, second.end + 2));
      if (second && !phoneLike && second.value > first.value) {
        const post2 = postCurrency(s, second.end);
        const cur2 = post2?.currency ?? (sym ? CURRENCY_OF.get(sym[0].trim()) : undefined);
        PERIOD_RE.lastIndex = post2?.to ?? second.end;
        if (cur2 || currency || PERIOD_RE.test(s)) {
          max = second.value;
          currency ??= cur2;
          to = post2?.to ?? second.end;
        }
      }
    }
    PERIOD_RE.lastIndex = to;
    const p = PERIOD_RE.exec(s);
    const period = p ? periodOf(p[0]) : undefined;
    if (p && period) to += p[0].length;
    if (!currency && !period) continue;
    // Without a currency, a period must be spelled out ("per month"), and the number be a wage-like amount.
    // ("13 pa' arriba" is an age bound, not thirteen a year).
    if (!currency && (first.value < 1 || /^\s?\/\s?[a-z]$/.test(p?.[0] ?? '') || /^\s*pa$/.test(p?.[0] ?? ''))) continue;
    const span = rawSpan(view, from, to);
    const price: PriceMatch = { amount: first.value, start: span.start, end: span.end, from, to };
    if (max !== undefined) price.max = max;
    if (currency) price.currency = currency;
    if (period) price.period = period;
    out.push(price);
    NUMBER_START.lastIndex = to;
  }
  return out;
}
