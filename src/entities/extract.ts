import { lexiconVotes } from '../detect/lexicon.js';
import { parseOptionsOrThrow, TraffickingSignalsError } from '../errors.js';
import { findAges } from './age.js';
import { maskDatesAndTimes } from './context.js';
import { findEmails } from './email.js';
import { findGiftCards } from './gift-card.js';
import { findMentions, handlesFromUrls } from './handle.js';
import { type EntityLanguage, languageMask } from './number-words.js';
import { isPhoneCountry } from './phone-country.js';
import { findPhones } from './phone.js';
import { findPrices, type PriceMatch } from './price.js';
import { type Entity, ENTITY_TYPES, type EntityType, type ExtractOptions, ExtractOptionsSchema } from './schema.js';
import { tokenizeView, type EntityToken } from './tokens.js';
import { findUrls } from './url.js';
import { createView, type EntityView } from './view.js';
import { findWallets } from './wallet.js';

const ALL_TYPES: ReadonlySet<EntityType> = new Set(ENTITY_TYPES);
const TYPE_ORDER = new Map(ENTITY_TYPES.map((t, i) => [t, i] as const));

/**
 * Entity options after validation.
 *
 * @example
 * ```ts
 * const opts: Resolved = prepareExtraction({ language: 'fr' });
 * ```
 */
export interface Resolved {
  language: EntityLanguage | undefined;
  defaultCountry: string | undefined;
  types: ReadonlySet<EntityType>;
  /** The year ages are counted in for years of birth. */
  referenceYear: number;
}

function resolveOptions(options: ExtractOptions | undefined): Resolved {
  const { language, defaultCountry, types, referenceYear } =
    options === undefined ? ({} as ExtractOptions) : parseOptionsOrThrow(ExtractOptionsSchema, options, 'entity options');
  if (defaultCountry !== undefined && !isPhoneCountry(defaultCountry)) {
    const issue = `defaultCountry: "${defaultCountry}" is not a country with a phone numbering plan`;
    throw new TraffickingSignalsError('invalid_options', `Invalid entity options — ${issue}`, [issue]);
  }
  return { language, defaultCountry, types: types ? new Set(types) : ALL_TYPES, referenceYear: referenceYear ?? new Date().getUTCFullYear() };
}

/** The language of the ad from its common words, when the caller did not say: cheap and often enough. */
function guessLanguage(tokens: EntityToken[]): EntityLanguage {
  const words: string[] = [];
  for (const t of tokens) if (t.kind === 'word') words.push(t.text);
  const ranked = [...lexiconVotes(words).entries()].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || top[1] < 2 || (next && top[1] < 2 * next[1])) return 'und';
  return top[0];
}

/**
 * Folded positions whose raw span lies in `[start, end)` (binary search: `rs` is sorted).
 *
 * @example
 * ```ts
 * foldedRange(createView('Ａb'), 1, 2); // [1, 2]
 * ```
 */
export function foldedRange(view: EntityView, start: number, end: number): [number, number] {
  const { rs } = view;
  let lo = 0;
  let hi = rs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rs[mid] as number) < start) lo = mid + 1;
    else hi = mid;
  }
  let j = lo;
  while (j < rs.length && (rs[j] as number) < end) j++;
  return [lo, j];
}

const priceValue = (p: PriceMatch): string =>
  `${p.amount}${p.max !== undefined ? `-${p.max}` : ''}${p.currency ? ` ${p.currency}` : ''}${p.period ? `/${p.period}` : ''}`;

/**
 * What one extraction produced, for modules that read the ad further (corpus linking).
 *
 * @example
 * ```ts
 * const { entities, tokens, language }: Extraction = extractWith('Call 06 12 34 56 78', prepareExtraction());
 * ```
 */
export interface Extraction {
  entities: Entity[];
  view: EntityView;
  tokens: EntityToken[];
  language: EntityLanguage;
}

/**
 * Validates entity options once; reuse the result with {@link extractWith} on many ads.
 *
 * @example
 * ```ts
 * const opts = prepareExtraction({ types: ['phone', 'email'] });
 * extractWith('anna@example.com', opts).entities[0]?.value; // "anna@example.com"
 * ```
 */
export function prepareExtraction(options?: ExtractOptions): Resolved {
  return resolveOptions(options);
}

/**
 * Finds the entities of an ad — phone numbers (plain and obscured), e-mail addresses, URLs,
 * messenger handles, crypto wallets, gift-card mentions, prices and ages — sorted by start.
 * Offsets are half-open UTF-16 offsets into `raw`, and `raw.slice(start, end) === text` always.
 * Throws a {@link TraffickingSignalsError} (`invalid_input` when `raw` is not a string,
 * `invalid_options` for bad options).
 *
 * @example
 * ```ts
 * import { extractEntities } from 'trafficking-signals';
 * extractEntities('Call +44 7700 900123 or four one five, five five five, zero one nine nine. $3000/month.')
 *   .map((e) => [e.type, e.value]);
 * // [["phone", "+447700900123"], ["phone", "+14155550199"], ["price", "3000 USD/month"]]
 * ```
 */
export function extractEntities(raw: string, options?: ExtractOptions): Entity[] {
  if (typeof raw !== 'string') {
    throw new TraffickingSignalsError('invalid_input', `text must be a string, got ${raw === null ? 'null' : typeof raw}`);
  }
  return extractWith(raw, resolveOptions(options)).entities;
}

/**
 * {@link extractEntities} with options already validated by {@link prepareExtraction}; also
 * returns the folded view and tokens it read.
 *
 * @example
 * ```ts
 * extractWith('Call 06 12 34 56 78', prepareExtraction({ language: 'fr' })).entities[0]?.value; // "+33612345678"
 * ```
 */
export function extractWith(raw: string, opts: Resolved, view: EntityView = createView(raw)): Extraction {
  const want = opts.types;
  const tokens = tokenizeView(view.s);
  const language = opts.language ?? guessLanguage(tokens);
  const langMask = languageMask(language);
  const mask = new Uint8Array(view.s.length);
  const out: Entity[] = [];
  const text = (start: number, end: number): string => raw.slice(start, end);
  const needPhones = want.has('phone') || want.has('handle');

  for (const w of findWallets(raw)) {
    const [i, j] = foldedRange(view, w.start, w.end);
    mask.fill(1, i, j);
    if (want.has('wallet')) out.push({ type: 'wallet', ...w, text: text(w.start, w.end) });
  }
  for (const e of findEmails(view, mask)) {
    if (want.has('email')) out.push({ type: 'email', ...e, text: text(e.start, e.end) });
  }
  const { handles: urlHandles, urls } = handlesFromUrls(findUrls(view, mask));
  if (want.has('url')) for (const u of urls) out.push({ type: 'url', value: u.value, host: u.host, start: u.start, end: u.end, text: text(u.start, u.end) });
  if (want.has('handle')) for (const h of urlHandles) out.push({ type: 'handle', ...h, text: text(h.start, h.end) });

  if (needPhones || want.has('price')) {
    for (const p of findPrices(view)) {
      if (mask[p.from] || mask[p.to - 1]) continue;
      mask.fill(1, p.from, p.to);
      if (!want.has('price')) continue;
      const price: Entity = { type: 'price', value: priceValue(p), amount: p.amount, start: p.start, end: p.end, text: text(p.start, p.end) };
      if (p.max !== undefined) price.max = p.max;
      if (p.currency) price.currency = p.currency;
      if (p.period) price.period = p.period;
      out.push(price);
    }
  }
  if (needPhones || want.has('age')) {
    for (const a of findAges(view, tokens, mask, langMask, opts.referenceYear)) {
      mask.fill(1, a.from, a.to);
      if (!want.has('age')) continue;
      const age: Entity = { type: 'age', value: a.value, written: a.written, start: a.start, end: a.end, text: text(a.start, a.end) };
      if (a.atLeast) age.atLeast = true;
      if (a.bornIn !== undefined) age.bornIn = a.bornIn;
      if (a.max !== undefined) {
        age.min = a.min;
        age.max = a.max;
      }
      out.push(age);
    }
  }
  if (needPhones) {
    maskDatesAndTimes(view, mask);
    const phones = findPhones(view, tokens, mask, language, langMask, opts.defaultCountry);
    if (want.has('phone')) {
      for (const p of phones) {
        const phone: Entity = {
          type: 'phone',
          value: p.value,
          start: p.start,
          end: p.end,
          text: text(p.start, p.end),
          international: p.international,
          valid: p.valid,
          obscured: p.obfuscation.length > 0,
          obfuscation: p.obfuscation,
        };
        if (p.country) phone.country = p.country;
        out.push(phone);
      }
    }
    if (want.has('handle')) {
      for (const h of findMentions(view, mask, phones)) out.push({ type: 'handle', ...h, text: text(h.start, h.end) });
    }
  }
  if (want.has('gift_card')) {
    for (const g of findGiftCards(view)) out.push({ type: 'gift_card', value: g.brand, brand: g.brand, start: g.start, end: g.end, text: text(g.start, g.end) });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end || (TYPE_ORDER.get(a.type) as number) - (TYPE_ORDER.get(b.type) as number));
  return { entities: out, view, tokens, language };
}
