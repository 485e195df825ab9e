import type { EntityView } from './view.js';

/**
 * Near misses: numbers that look like phone numbers but are dates, times, reference numbers
 * or ranges. Each is a small documented test; the phone detector applies them.
 */

/** Dates: 12/05/2024, 12.05.24, 2024-05-12 — not part of a longer dotted run (06.12.34.56.78). */
const DATE = /(?<!\d[./-]?)(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![./-]?\d)|(?<!\d[./-]?)(\d{4})([./-])(\d{1,2})\6(\d{1,2})(?![./-]?\d)/g;
/** Times: 10:30, 10h30, 9.30am, 9.30-17.00. */
const TIME = /(?<!\d)\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2}|\.\d{2}(?=\s?(?:am|pm|uhr|h\b|[-–]\s?\d{1,2}[.:]\d{2})))(?!\d)|(?<=\d[.:]\d{2}\s?[-–]\s?)\d{1,2}[.:]\d{2}(?!\d)/g;

/**
 * Marks dates and times in `mask` (1 = not a phone digit).
 *
 * @example
 * ```ts
 * const v = createView('on 12/05/2024 at 10:30');
 * const mask = new Uint8Array(v.s.length);
 * maskDatesAndTimes(v, mask); // mask covers "12/05/2024" and "10:30"
 * ```
 */
export function maskDatesAndTimes(view: EntityView, mask: Uint8Array): void {
  const { s } = view;
  if (!/\d[./:h-]\d/.test(s)) return;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(s); m; m = DATE.exec(s)) {
    const [d, mo] = m[1] !== undefined ? [Number(m[1]), Number(m[3])] : [Number(m[8]), Number(m[7])];
    // Day-first or month-first: one of the two must be a month and the other a day.
    const plausible = (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) || (mo >= 1 && mo <= 31 && d >= 1 && d <= 12);
    if (plausible) mask.fill(1, m.index, m.index + m[0].length);
  }
  TIME.lastIndex = 0;
  for (let m = TIME.exec(s); m; m = TIME.exec(s)) mask.fill(1, m.index, m.index + m[0].length);
}

/** Words that say a number is a phone number ("tel", "call", "WhatsApp", "appelez", "llama"…). */
const PHONE_WORDS =
  /(?:^|[^\p{L}])(?:tel|tél|tele?fon[oe]?|phone|ph|call|text|sms|mob|mobile?|cell|cellphone|cellulare|celular|cel|movil|whats\s?app|wa|telegram|signal|viber|contact|appel\w*|portable|t[ée]l[ée]phone|llam\w*|numero|number|nummer|ruf\w*|handy|anruf\w*|chiam\w*|ligue?|fone|zap|num)(?:[^\p{L}]|$)/u;
/** Words that say a number is something else: an order, a reference, an account, a postcode. */
const REF_WORDS =
  /(?:^|[^\p{L}])(?:order|ref|reference|invoice|tracking|ticket|case|account|acct|iban|bic|swift|sku|serial|zip|postal|postcode|booking|confirmation|transaction|txn|id|isbn|pedido|referencia|factura|commande|facture|bestell\w*|rechnung|kundennummer|aktenzeichen|plz|cep|ordine|fattura|riferimento|fatura|protocolo|lot|item|article|artikel|model|nr)(?:[^\p{L}]|$)|(?:#|n°|no\.)\s*$/u;

/**
 * What the words just before a number (same clause, since the last number, up to 30
 * characters) say it is.
 *
 * @example
 * ```ts
 * contextBefore('Order no. ', 10); // "reference"
 * contextBefore('Call me: ', 9);    // "phone"
 * ```
 */
export function contextBefore(s: string, at: number): 'phone' | 'reference' | 'none' {
  let before = s.slice(Math.max(0, at - 30), at);
  // Only the words of this clause and since the last number: "postcode 75001, 06 12…" is a phone.
  const cut = before.search(/[\d\n,;!?][^\d\n,;!?]*$/);
  if (cut >= 0) before = before.slice(cut + 1);
  if (PHONE_WORDS.test(before)) return 'phone';
  if (REF_WORDS.test(before)) return 'reference';
  return 'none';
}

/** Units right after a number that make it a quantity, not a phone number. */
const UNIT_AFTER = /^\s?(?:%|x\b|km|kg|cm|mm|m2|m²|sq|ft|lbs?|views|followers|likes|people|persons|pax|pcs|units|items|times|members|words|wpm|calories|kcal|mb|gb|tb|px|dpi|mah|mhz|ghz)/;

/**
 * True when a quantity unit follows position `at` ("2000 followers", "15%").
 *
 * @example
 * ```ts
 * unitAfter('1500000 followers', 7); // true
 * ```
 */
export function unitAfter(s: string, at: number): boolean {
  return UNIT_AFTER.test(s.slice(at, at + 12));
}

/**
 * A two-group run that reads as a range of amounts or years ("2000-3000", "2019-2024"):
 * groups of the same length (three digits or more), ascending, both ending in 0 or both years.
 *
 * @example
 * ```ts
 * isNumberRange(['2000', '3000']); // true
 * isNumberRange(['555', '0123']);  // false
 * ```
 */
export function isNumberRange(groups: readonly string[]): boolean {
  if (groups.length !== 2) return false;
  const [a, b] = groups as [string, string];
  if (a.length !== b.length || a.length < 3) return false;
  const x = Number(a);
  const y = Number(b);
  if (y <= x) return false;
  const years = a.length === 4 && x >= 1900 && y <= 2100;
  return years || (a.endsWith('0') && b.endsWith('0'));
}
