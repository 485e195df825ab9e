import type { PhoneObfuscation } from './phone.js';
import type { Scan, Unit } from './phone-units.js';
import type { EntityToken } from './tokens.js';

/** Separators seen in ordinary phone formatting; anything else counts as obfuscation. */
const PLAIN_SEPARATORS = new Set(['', '-', '.', '/', '(', ')', ')-', ').', '–']);
const KEYCAP = /[\u20e3]|\u{1f51f}/u;
const PLAIN_DIGIT_TEXT = /^[0-9\ufe0f\u20e3\u200b-\u200f\u2060-\u2064\ufeff\u00ad]*$/;
const INVISIBLE = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]/;

/**
 * How a run of digit groups was disguised: words, letters, keycap or styled digits, odd separators, invisible characters.
 *
 * @example
 * ```ts
 * obfuscationOf(sc, readRun(sc, 0), '5-5-5..0-1-2-3'); // ["separators"]
 * ```
 */
export function obfuscationOf(sc: Scan, units: Unit[], rawText: string): PhoneObfuscation[] {
  const kinds = new Set<PhoneObfuscation>();
  const { raw } = sc.view;
  let singles = 0;
  for (const u of units) {
    if (u.kind === 'word') kinds.add('words');
    if (u.kind === 'letter') kinds.add('letters');
    if (u.kind !== 'digits') continue;
    if (u.digits.length === 1) singles++;
    const t = sc.tokens[u.first] as EntityToken;
    const text = raw.slice(sc.view.rs[t.start], sc.view.re[t.end - 1]);
    if (KEYCAP.test(text) || KEYCAP.test(raw.slice(sc.view.re[t.end - 1], (sc.view.re[t.end - 1] as number) + 2))) {
      kinds.add('emoji');
    } else if (!PLAIN_DIGIT_TEXT.test(text)) kinds.add('styled_digits');
  }
  const digitUnits = units.filter((u) => u.kind === 'digits').length;
  if (digitUnits >= 4 && singles >= 4 && singles * 2 >= digitUnits && !kinds.has('emoji') && !kinds.has('styled_digits')) {
    kinds.add('separators');
  }
  if (!kinds.has('words')) {
    for (const u of units.slice(1)) if (!PLAIN_SEPARATORS.has(u.sep.replace(/ /g, ''))) kinds.add('separators');
  }
  if (INVISIBLE.test(rawText)) kinds.add('invisible');
  return [...kinds].sort();
}

/**
 * Common layouts of a number written plainly: (555) 555-0123, 555-555-0123, 1-800-555-0123, 555-0123.
 *
 * @example
 * ```ts
 * plainLayout(readRun(sc, 0)); // "(415) 555-0123" → true
 * ```
 */
export function plainLayout(units: Unit[]): boolean {
  if (units.some((u) => u.kind !== 'digits')) return false;
  const lengths = units.map((u) => u.digits.length).join(',');
  const seps = units.slice(1).map((u) => u.sep.replace(/ /g, ''));
  if (lengths === '3,3,4' || lengths === '1,3,3,4') return true;
  return lengths === '3,4' && (seps[0] === '-' || seps[0] === '.');
}

/**
 * The country a national layout points to: 3-3-4 North America, 0x xx xx xx xx France, (xx) xxxxx-xxxx Brazil, 07xxx xxxxxx UK.
 *
 * @example
 * ```ts
 * layoutHint(readRun(sc, 0)); // "06 12 34 56 78" → "FR"
 * ```
 */
export function layoutHint(units: Unit[]): string | undefined {
  if (units.some((u) => u.kind !== 'digits')) return undefined;
  const lengths = units.map((u) => u.digits.length).join(',');
  const lead = units[0]?.digits ?? '';
  if (lengths === '3,3,4' || (lengths === '1,3,3,4' && lead === '1')) return '+1';
  if (lengths === '2,2,2,2,2' && lead.startsWith('0')) return 'FR';
  if ((lengths === '2,5,4' || lengths === '2,4,4') && units[1]?.sep.includes(')')) return 'BR';
  if (lengths === '5,6' && lead.startsWith('07')) return 'GB';
  return undefined;
}

/**
 * "1234567", "0000000": counting or filler, not a number someone wrote to be called.
 *
 * @example
 * ```ts
 * trivial('1234567'); // true
 * ```
 */
export function trivial(digits: string): boolean {
  if (/^(\d)\1+$/.test(digits)) return true;
  let up = true;
  for (let i = 1; i < digits.length; i++) if ((Number(digits[i]) - Number(digits[i - 1]) + 10) % 10 !== 1) up = false;
  return up;
}

