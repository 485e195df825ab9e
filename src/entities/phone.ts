import { contextBefore, isNumberRange, unitAfter } from './context.js';
import type { EntityLanguage } from './number-words.js';
import { possibleNational, resolveInternational, resolveNational, type ResolvedPhone } from './phone-country.js';
import { layoutHint, obfuscationOf, plainLayout, trivial } from './phone-shape.js';
import { readRun, type Scan, splitStrong, type Unit } from './phone-units.js';
import type { EntityToken } from './tokens.js';
import { rawSpan, type EntityView } from './view.js';

/**
 * How a phone number was disguised.
 *
 * @example
 * ```ts
 * const how: PhoneObfuscation[] = ['words', 'separators'];
 * ```
 */
export type PhoneObfuscation = 'words' | 'letters' | 'separators' | 'emoji' | 'styled_digits' | 'invisible';

/**
 * A phone number found in the text (offsets raw).
 *
 * @example
 * ```ts
 * const p: PhoneMatch | undefined = findPhones(view, tokens, mask, 'en', languageMask('en'))[0];
 * ```
 */
export interface PhoneMatch {
  value: string;
  start: number;
  end: number;
  country?: string;
  international: boolean;
  valid: boolean;
  obfuscation: PhoneObfuscation[];
}

const MAX_DIGITS = 15;
const MIN_DIGITS = 7;
const MAX_TRIES = 24;
/** Longest run of digit groups searched for numbers inside it: three numbers side by side. */
const MAX_RUN_DIGITS = 48;

interface Candidate {
  match: PhoneMatch;
}

function evaluate(sc: Scan, units: Unit[], strictOnly: boolean, context: 'phone' | 'none'): Candidate | null {
  const { tokens, view } = sc;
  const firstTok = tokens[(units[0] as Unit).first] as EntityToken;
  const lastTok = tokens[(units[units.length - 1] as Unit).last] as EntityToken;
  let startIdx = (units[0] as Unit).first;
  const before = tokens[startIdx - 1];
  const plusWord = before?.kind === 'word' && before.text === 'plus' && units[0]?.kind === 'word';
  const hasPlus = (before?.text === '+' && before.kind === 'punct' && firstTok.gap <= 1) || plusWord;
  if (hasPlus) startIdx--;
  if (tokens[startIdx - 1]?.text === '(' && units.some((u) => u.sep.includes(')'))) startIdx--;
  let digits = units.map((u) => u.digits).join('');
  const zeroZero = !hasPlus && units[0]?.kind === 'digits' && digits.startsWith('00');
  if (zeroZero) digits = digits.slice(2);
  const international = hasPlus || zeroZero;
  if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) return null;

  const span = rawSpan(view, (tokens[startIdx] as EntityToken).start, lastTok.end);
  const rawText = view.raw.slice(span.start, span.end);
  const obfuscation = obfuscationOf(sc, units, rawText);
  const obscured = obfuscation.length > 0;
  let resolved: ResolvedPhone | null = null;
  if (international) {
    const r = resolveInternational(digits);
    if (r && (r.possible || digits.length >= 8)) resolved = r;
  } else {
    const hint = layoutHint(units);
    const r = resolveNational(digits, sc.language, sc.defaultCountry, hint);
    if (r === 'ambiguous') resolved = { e164: digits, valid: true };
    else resolved = r;
    if (!resolved && !strictOnly && (obscured || context === 'phone' || plainLayout(units)) && !trivial(digits)) {
      // Written as a phone number but not valid where the language points: the right length
      // there (a fictional number), else valid in exactly one other candidate country (an
      // English ad with a German number), else left unplaced.
      const possible = possibleNational(digits, sc.language, sc.defaultCountry, hint);
      const elsewhere = possible || sc.language === 'und' ? null : resolveNational(digits, 'und');
      resolved = possible ?? (elsewhere && elsewhere !== 'ambiguous' ? elsewhere : { e164: digits, valid: false });
    }
  }
  if (!resolved) return null;
  const match: PhoneMatch = {
    value: resolved.e164,
    start: span.start,
    end: span.end,
    international,
    valid: resolved.valid,
    obfuscation,
  };
  if (resolved.country) match.country = resolved.country;
  return { match };
}

/**
 * Near misses decided for the whole run: a reference number ("Order #…", "IBAN…"), a quantity
 * ("2000 followers"), a range ("2000-3000") or a list of years. No part of such a run is a phone.
 */
function nearMiss(sc: Scan, units: Unit[]): 'reference' | 'phone' | 'none' | 'skip' {
  const { tokens, view } = sc;
  const first = units[0] as Unit;
  let at = first.first;
  if (tokens[at - 1]?.text === '+') at--;
  const context = contextBefore(view.s, (tokens[at] as EntityToken).start);
  if (units.some((u) => u.kind !== 'digits')) return context === 'reference' ? 'none' : context;
  if (context === 'reference') return 'skip';
  const lastTok = tokens[(units[units.length - 1] as Unit).last] as EntityToken;
  if (unitAfter(view.s, lastTok.end)) return 'skip';
  const groups = units.map((u) => u.digits);
  const seps = units.slice(1).map((u) => u.sep.trim());
  if (isNumberRange(groups) && seps.every((x) => x === '-' || x === '–' || x === '—')) return 'skip';
  if (groups.length >= 2 && groups.every((g) => g.length === 4 && +g >= 1900 && +g <= 2099)) return 'skip';
  return context;
}

/** Whole run first; if it is not a number, its longest valid stretches of groups. */
function resolveRun(sc: Scan, units: Unit[], out: PhoneMatch[], budget: { tries: number }): void {
  if (!units.length) return;
  const context = nearMiss(sc, units);
  if (context === 'skip' || context === 'reference') return;
  const whole = evaluate(sc, units, false, context);
  budget.tries--;
  if (whole) {
    out.push(whole.match);
    return;
  }
  const n = units.length;
  if (n < 2 || budget.tries <= 0) return;
  const prefix = [0];
  for (const u of units) prefix.push((prefix[prefix.length - 1] as number) + u.digits.length);
  const total = prefix[n] as number;
  // A longer run is a list of numbers or noise ("1 1 1 1 …"), not phone numbers to pick out.
  if (total < MIN_DIGITS || total > MAX_RUN_DIGITS) return;
  // Two numbers around a spaced slash: "415-555-0123 / 415-555-0199".
  const slash = units.findIndex((u, i) => i > 0 && / \/|\/ /.test(u.sep));
  if (slash > 0) {
    const before = out.length;
    resolveRun(sc, units.slice(0, slash), out, budget);
    resolveRun(sc, units.slice(slash), out, budget);
    if (out.length > before) return;
  }
  for (let len = n - 1; len >= 1; len--) {
    for (let i = 0; i + len <= n; i++) {
      const count = (prefix[i + len] as number) - (prefix[i] as number);
      if (count < MIN_DIGITS || count > MAX_DIGITS + 2) continue;
      if (budget.tries-- <= 0) return;
      const part = units.slice(i, i + len);
      const hit = evaluate(sc, part, true, context);
      if (hit) {
        resolveRun(sc, units.slice(0, i), out, budget);
        out.push(hit.match);
        resolveRun(sc, units.slice(i + len), out, budget);
        return;
      }
    }
  }
}

/**
 * Finds phone numbers: plainly written ones (international and national formats) and
 * obscured ones — digits as words in six languages, letters for digits ("O" for zero),
 * keycap and circled digits, digits split by unusual separators. Tokens under `mask` (prices,
 * ages, dates, times, e-mails, URLs) are never read as digits.
 *
 * @example
 * ```ts
 * const view = createView('Call +44 7700 900123');
 * findPhones(view, tokenizeView(view.s), new Uint8Array(view.s.length), 'en')[0]?.value; // "+447700900123"
 * ```
 */
export function findPhones(
  view: EntityView,
  tokens: EntityToken[],
  mask: Uint8Array,
  language: EntityLanguage,
  langMask: number,
  defaultCountry?: string,
): PhoneMatch[] {
  const sc: Scan = { view, tokens, mask, langMask, language, defaultCountry };
  const out: PhoneMatch[] = [];
  const budget = { tries: MAX_TRIES };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as EntityToken;
    if (t.kind === 'punct') continue;
    const units = readRun(sc, k);
    if (!units.length) continue;
    const total = units.reduce((a, u) => a + u.digits.length, 0);
    if (total >= MIN_DIGITS) for (const part of splitStrong(units)) resolveRun(sc, part, out, budget);
    k = (units[units.length - 1] as Unit).last;
  }
  return out;
}
