import { rawSpan, type EntityView } from './view.js';

/**
 * Gift-card brands recognised; `generic` for "gift card" and its translations alone.
 *
 * @example
 * ```ts
 * import { GIFT_CARD_BRANDS } from 'trafficking-signals';
 * GIFT_CARD_BRANDS.includes('steam'); // true
 * ```
 */
export const GIFT_CARD_BRANDS = [
  'steam', 'apple', 'google_play', 'amazon', 'vanilla', 'razer', 'paysafecard', 'neosurf', 'pcs', 'transcash',
  'ebay', 'walmart', 'target', 'sephora', 'xbox', 'playstation', 'netflix', 'visa', 'generic',
] as const;
/**
 * A gift-card brand.
 *
 * @example
 * ```ts
 * import type { GiftCardBrand } from 'trafficking-signals';
 * const brand: GiftCardBrand = 'google_play';
 * ```
 */
export type GiftCardBrand = (typeof GIFT_CARD_BRANDS)[number];

/**
 * A gift-card mention found in the text (offsets raw).
 *
 * @example
 * ```ts
 * const g: GiftCardMatch = { brand: 'steam', start: 9, end: 20 };
 * ```
 */
export interface GiftCardMatch {
  brand: GiftCardBrand;
  start: number;
  end: number;
}

/** The generic words in six languages, folded (no accents). */
const GENERIC = String.raw`(?:e-?)?gift\s?cards?|gift\s?vouchers?|gift\s?codes?|cartes?[\s-]cadeaux?|bons? d'achat|tarjetas?\s(?:de\s)?regalo|geschenk(?:karten?|gutscheine?)|gutscheine?|gutscheinkarten?|cart(?:ao|oes)[\s-]presentes?|vales?[\s-]presentes?|carta\sregalo|buoni\sregalo|buono\sregalo`;
const CARD = String.raw`(?:\s?(?:${GENERIC}|cards?|cartes?|tarjetas?|karten?|cartao|carta|wallet(?:\scards?)?|vouchers?|codes?|codigos?|recharges?))`;

/** Brand phrases; the first group of each needs a card word after it, the second stands alone. */
const BRANDS: readonly (readonly [GiftCardBrand, string, string])[] = [
  ['steam', String.raw`steam`, ''],
  ['apple', String.raw`apple|app\sstore`, String.raw`itunes(?:${CARD})?`],
  ['google_play', String.raw`google\s?play|play\sstore`, ''],
  ['amazon', String.raw`amazon`, ''],
  ['vanilla', String.raw`vanilla(?:\s(?:visa|mastercard))?`, String.raw`onevanilla|vanilla\s(?:visa|mastercard|gift|prepaid)`],
  ['razer', String.raw`razer(?:\sgold)?`, String.raw`razer\sgold`],
  ['paysafecard', '', String.raw`paysafe\s?cards?|paysafe`],
  ['neosurf', '', String.raw`neosurf(?:${CARD})?`],
  ['pcs', String.raw`pcs`, String.raw`(?:carte|recharge|coupon)s?\spcs|pcs\smastercard`],
  ['transcash', '', String.raw`transcash(?:${CARD})?`],
  ['ebay', String.raw`ebay`, ''],
  ['walmart', String.raw`walmart`, ''],
  ['target', String.raw`target`, ''],
  ['sephora', String.raw`sephora`, ''],
  ['xbox', String.raw`xbox`, ''],
  ['playstation', String.raw`playstation|psn`, ''],
  ['netflix', String.raw`netflix`, ''],
  ['visa', '', String.raw`(?:visa|mastercard)\s(?:gift|prepaid)\s?cards?`],
];

const ALTERNATIVES = BRANDS.map(([, needsCard, alone]) =>
  [needsCard ? `(?:${needsCard})${CARD}` : '', alone].filter(Boolean).join('|'),
);
const GIFT_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${ALTERNATIVES.map((a) => `(${a})`).join('|')}|(${GENERIC}))(?![\\p{L}\\p{N}])`,
  'gu',
);
/** A brand named after the generic words, as French, Spanish, Portuguese and Italian put it: "carta regalo Amazon". */
const BRAND_AFTER = /\s(?:(?:de|da|di|von|d['’])\s?)?(steam|amazon|itunes|apple|google\s?play|razer|ebay|walmart|sephora|xbox|playstation|psn|netflix|vanilla)(?![\p{L}\p{N}])/uy;
const AFTER_BRAND = new Map<string, GiftCardBrand>([
  ['itunes', 'apple'],
  ['apple', 'apple'],
  ['psn', 'playstation'],
]);

const CUE = /gift|cadeau|achat|wallet|regalo|geschenk|gutschein|presente|card|carte|tarjeta|karte|cartao|carta|voucher|code|codigo|recharge|itunes|paysafe|neosurf|transcash|razer|vanilla|pcs/;

/**
 * Finds gift-card mentions by brand (Steam, Apple/iTunes, Google Play, Amazon, Vanilla,
 * Razer Gold, paysafecard, Neosurf, PCS, Transcash and others) and the generic words in six
 * languages ("gift card", "carte cadeau", "tarjeta regalo", "Geschenkkarte", "Gutschein",
 * "cartão presente", "vale-presente", "carta regalo"). A brand that is also an ordinary word
 * or a shop ("Steam", "Amazon", "Target", "Visa") counts only with a card word after it.
 *
 * @example
 * ```ts
 * findGiftCards(createView('Pay with Steam cards only'))[0]?.brand; // "steam"
 * ```
 */
export function findGiftCards(view: EntityView): GiftCardMatch[] {
  const { s } = view;
  if (!CUE.test(s)) return [];
  const out: GiftCardMatch[] = [];
  GIFT_RE.lastIndex = 0;
  for (let m = GIFT_RE.exec(s); m; m = GIFT_RE.exec(s)) {
    const idx = m.slice(1).findIndex((g) => g !== undefined);
    let brand: GiftCardBrand = idx < BRANDS.length ? (BRANDS[idx] as (typeof BRANDS)[number])[0] : 'generic';
    let end = m.index + m[0].length;
    if (brand === 'generic') {
      BRAND_AFTER.lastIndex = end;
      const after = BRAND_AFTER.exec(s);
      const name = after?.[1]?.replace(/\s/g, '');
      if (after && name) {
        brand = AFTER_BRAND.get(name) ?? (name === 'googleplay' ? 'google_play' : (name as GiftCardBrand));
        end += after[0].length;
        GIFT_RE.lastIndex = end;
      }
    }
    out.push({ brand, ...rawSpan(view, m.index, end) });
  }
  return out;
}
