/**
 * ISO 4217 codes of the currencies prices are read in.
 *
 * @example
 * ```ts
 * import { CURRENCIES } from 'trafficking-signals';
 * CURRENCIES.includes('EUR'); // true
 * ```
 */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'BRL', 'MXN', 'CAD', 'AUD'] as const;
/**
 * A currency code.
 *
 * @example
 * ```ts
 * import type { Currency } from 'trafficking-signals';
 * const c: Currency = 'BRL';
 * ```
 */
export type Currency = (typeof CURRENCIES)[number];

/**
 * Currency marks, folded (lower case, no accents), one line per currency. A bare "$" is read
 * as US dollars and "pesos" as Mexican pesos — the commonest readings in ads, not certain ones.
 */
const SYMBOLS = `
  USD us$ u$s usd $ dollar dollars dolar dolares dollari dollaro bucks
  EUR € eur euro euros
  GBP £ gbp pound pounds quid sterling sterline livre livres libra libras
  CHF chf sfr franken
  BRL r$ brl real reais
  MXN mx$ mxn peso pesos
  CAD c$ ca$ cad
  AUD a$ au$ aud`;

/**
 * Folded mark → currency, expanded once.
 *
 * @example
 * ```ts
 * CURRENCY_OF.get('r$'); // "BRL"
 * ```
 */
export const CURRENCY_OF: ReadonlyMap<string, Currency> = (() => {
  const map = new Map<string, Currency>();
  for (const line of SYMBOLS.trim().split('\n')) {
    const [code, ...marks] = line.trim().split(/\s+/) as [Currency, ...string[]];
    for (const m of marks) map.set(m, code);
  }
  return map;
})();

const escape = (s: string): string => s.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
const marks = (filter: (m: string) => boolean): string =>
  [...CURRENCY_OF.keys()]
    .filter(filter)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/**
 * Marks written before an amount: symbols and codes ("$", "R$", "EUR"), not words.
 *
 * @example
 * ```ts
 * PRE_CURRENCY.exec('salary R$ ')?.[1]; // "r$" (folded text)
 * ```
 */
export const PRE_CURRENCY = new RegExp(`(?<![a-z])(${marks((m) => !/^[a-z]{4,}$/.test(m) && m !== 'real')})\\s?$`);
/**
 * Marks written after an amount: symbols, codes and words ("€", "EUR", "euros", "reais").
 *
 * @example
 * ```ts
 * POST_CURRENCY.lastIndex = 4;
 * POST_CURRENCY.exec('3000 euros')?.[1]; // "euros"
 * ```
 */
export const POST_CURRENCY = new RegExp(`\\s?(${marks((m) => m !== 'real' && m !== 'libra')})(?![\\p{L}\\p{N}])`, 'yu');
