import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { EntityLanguage } from './number-words.js';

/**
 * Where a national number (no "+" or "00") is looked up, by the language of the ad, most
 * likely first. `+1` is the whole North American plan (US, Canada, Caribbean). The `max`
 * metadata (≈145 kB) is used because it validates the digits themselves, not only the length:
 * with `min`, "2000 3000" and "12052024" pass as German numbers; with `max` they do not.
 */
const CANDIDATES: Record<EntityLanguage, readonly string[]> = {
  en: ['+1', 'GB', 'IE'],
  fr: ['FR', 'BE', 'CH', '+1'],
  es: ['ES', 'MX', 'AR', 'CO', '+1'],
  de: ['DE', 'AT', 'CH'],
  pt: ['BR', 'PT'],
  it: ['IT', 'CH'],
  und: ['+1', 'GB', 'FR', 'DE', 'ES', 'IT', 'BR', 'PT', 'MX'],
};

/**
 * A number placed in a country.
 *
 * @example
 * ```ts
 * const r: ResolvedPhone = { e164: '+33612345678', country: 'FR', valid: true };
 * ```
 */
export interface ResolvedPhone {
  e164: string;
  country?: string;
  /** The digits fit a number range in use (libphonenumber `isValid`), not only its length. */
  valid: boolean;
}

function parseIn(digits: string, where: string): ReturnType<typeof parsePhoneNumberFromString> {
  try {
    return where.startsWith('+')
      ? parsePhoneNumberFromString(digits, { defaultCallingCode: where.slice(1), extract: false })
      : parsePhoneNumberFromString(digits, { defaultCountry: where as CountryCode, extract: false });
  } catch {
    return undefined;
  }
}

const toResolved = (p: NonNullable<ReturnType<typeof parsePhoneNumberFromString>>, valid: boolean): ResolvedPhone =>
  p.country ? { e164: p.number, country: p.country, valid } : { e164: p.number, valid };

/**
 * Parses digits written with a "+" or "00" prefix (country calling code first).
 *
 * @example
 * ```ts
 * resolveInternational('447700900123'); // { e164: "+447700900123", valid: false } — a drama-range number
 * ```
 */
export function resolveInternational(digits: string): (ResolvedPhone & { possible: boolean }) | null {
  let p;
  try {
    p = parsePhoneNumberFromString(`+${digits}`, { extract: false });
  } catch {
    return null;
  }
  if (!p) return null;
  return { ...toResolved(p, p.isValid()), possible: p.isPossible() };
}

/**
 * True when `code` is an ISO 3166-1 alpha-2 code libphonenumber knows.
 *
 * @example
 * ```ts
 * isPhoneCountry('GB'); // true
 * ```
 */
export function isPhoneCountry(code: string): boolean {
  return isSupportedCountry(code as CountryCode);
}

/** Shortest national number placed in a country: seven digits are a local number missing its area code. */
const MIN_NATIONAL = 8;

/**
 * Places a national number: the first candidate (the default country, then the country its
 * layout suggests, then those of the language) where it is valid. With no language known, a
 * number valid in several candidate countries comes back `ambiguous` rather than guessed.
 *
 * @example
 * ```ts
 * resolveNational('0612345678', 'fr'); // { e164: "+33612345678", country: "FR", valid: true }
 * ```
 */
export function resolveNational(
  digits: string,
  language: EntityLanguage,
  defaultCountry?: string,
  hint?: string,
): ResolvedPhone | 'ambiguous' | null {
  if (digits.length < MIN_NATIONAL) return null;
  const first = [defaultCountry, hint].filter((c): c is string => c !== undefined);
  const strict = (where: string): ResolvedPhone | null => {
    const p = parseIn(digits, where);
    return p?.isValid() ? toResolved(p, true) : null;
  };
  for (const where of first) {
    const r = strict(where);
    if (r) return r;
  }
  let found: ResolvedPhone | null = null;
  for (const where of CANDIDATES[language]) {
    const r = strict(where);
    if (!r) continue;
    if (language !== 'und') return r;
    if (found && found.e164 !== r.e164) return 'ambiguous';
    found ??= r;
  }
  return found;
}

/**
 * Places a national number of the right length for a candidate country (default country,
 * layout hint, then the language's) whose digits are not in a range in use — a fictional
 * "07700 900123" in an English ad is British. Nine digits at least; `valid` is false.
 *
 * @example
 * ```ts
 * possibleNational('07700900123', 'en'); // { e164: "+447700900123", country: "GB", valid: false }
 * ```
 */
export function possibleNational(digits: string, language: EntityLanguage, defaultCountry?: string, hint?: string): ResolvedPhone | null {
  if (digits.length < MIN_NATIONAL + 1 || language === 'und') return null;
  const list = [defaultCountry, hint, ...CANDIDATES[language]].filter((c): c is string => c !== undefined);
  for (const where of list) {
    const p = parseIn(digits, where);
    if (p?.isPossible()) return toResolved(p, false);
  }
  return null;
}
