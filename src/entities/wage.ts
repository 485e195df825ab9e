import type { Currency } from './currency.js';
import type { Period } from './period.js';

/**
 * Reference gross hourly pay of unskilled work, per currency, in the main economy using it
 * (2024 figures). A wage is implausible at {@link IMPLAUSIBLE_FACTOR} times this or more.
 *
 * - USD 12 — between the US federal minimum ($7.25, Fair Labor Standards Act) and the median of
 *   food-preparation and serving occupations (≈ $15, BLS Occupational Employment and Wage
 *   Statistics, May 2023). Recruitment ads quote dollars worldwide, mostly to workers from
 *   lower-wage countries, so the lower half of the US range is used.
 * - EUR 12.41 — German statutory minimum wage from January 2024 (Mindestlohnanpassungsverordnung
 *   4), the highest of the large euro economies (France: SMIC €11.65; Spain: SMI €1,134 × 14).
 * - GBP 11.44 — UK National Living Wage from April 2024.
 * - CHF 24 — Geneva cantonal minimum wage 2024 (CHF 24.32); Switzerland has no national one.
 * - BRL 6.42 — salário mínimo R$1,412 a month (Decreto 11.864/2023) over 220 hours.
 * - MXN 31 — salario mínimo general 2024, MXN 248.93 a day (CONASAMI) over 8 hours.
 * - CAD 17.30 — Canadian federal minimum wage from April 2024.
 * - AUD 24.10 — Australian national minimum wage from July 2024 (Fair Work Commission).
 *
 * @example
 * ```ts
 * import { WAGE_REFERENCES } from 'trafficking-signals';
 * WAGE_REFERENCES.GBP; // 11.44
 * ```
 */
export const WAGE_REFERENCES: Readonly<Record<Currency, number>> = {
  USD: 12,
  EUR: 12.41,
  GBP: 11.44,
  CHF: 24,
  BRL: 6.42,
  MXN: 31,
  CAD: 17.3,
  AUD: 24.1,
};

/**
 * How many times the reference pay a wage must reach to be "far above typical unskilled pay".
 * At 2 the monthly cut-offs are about $4,160, €4,300, £3,970 and R$2,820 — above what a
 * cleaner, waiter or farm hand earns where those currencies are used, and the level at which
 * deceptive job ads ("$5000/month, no experience") promise pay.
 *
 * @example
 * ```ts
 * import { IMPLAUSIBLE_FACTOR, WAGE_REFERENCES } from 'trafficking-signals';
 * IMPLAUSIBLE_FACTOR * WAGE_REFERENCES.EUR; // 24.82 € an hour
 * ```
 */
export const IMPLAUSIBLE_FACTOR = 2;

/**
 * Paid hours in a period of full-time work: 8 a day, 40 a week, 52 weeks a year.
 *
 * @example
 * ```ts
 * import { HOURS_PER } from 'trafficking-signals';
 * HOURS_PER.month; // 173.33…
 * ```
 */
export const HOURS_PER: Readonly<Record<Period, number>> = {
  hour: 1,
  day: 8,
  week: 40,
  month: (40 * 52) / 12,
  year: 40 * 52,
};

/**
 * True when a price with a currency and a pay period is a wage far above typical unskilled pay
 * ({@link IMPLAUSIBLE_FACTOR} × {@link WAGE_REFERENCES}, after converting the period to hours
 * with {@link HOURS_PER}). The upper end of a range counts ("$3000–8000" promises 8000).
 * Without a currency, a known currency or a period it returns `false`: it cannot tell. Meant
 * for job ads; escort-style hourly rates are not wages.
 *
 * @example
 * ```ts
 * import { isImplausibleWage } from 'trafficking-signals';
 * isImplausibleWage({ amount: 5000, currency: 'USD', period: 'month' }); // true
 * isImplausibleWage({ amount: 2500, currency: 'EUR', period: 'month' }); // false
 * ```
 */
export function isImplausibleWage(price: { amount: number; max?: number; currency?: string; period?: string }): boolean {
  const { currency, period } = price;
  if (!currency || !period) return false;
  // Own keys only: "constructor" or "__proto__" from input must not find anything.
  const reference = Object.hasOwn(WAGE_REFERENCES, currency) ? WAGE_REFERENCES[currency as Currency] : undefined;
  const hours = Object.hasOwn(HOURS_PER, period) ? HOURS_PER[period as Period] : undefined;
  if (reference === undefined || hours === undefined) return false;
  const amount = Math.max(price.amount, price.max ?? 0);
  return amount / hours >= IMPLAUSIBLE_FACTOR * reference;
}
