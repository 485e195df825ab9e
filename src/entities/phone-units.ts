import { parseNumberAt } from './number-words.js';
import type { EntityLanguage } from './number-words.js';
import type { EntityToken } from './tokens.js';
import type { EntityView } from './view.js';

/**
 * One group of digits of a candidate number: digits, a number word, or letters read as digits.
 *
 * @example
 * ```ts
 * const u: Unit = { digits: '555', kind: 'digits', first: 3, last: 3, sep: '-' };
 * ```
 */
export interface Unit {
  digits: string;
  kind: 'digits' | 'word' | 'letter';
  first: number;
  last: number;
  /** Punctuation between the previous unit and this one, white space as " ". */
  sep: string;
}


/** Characters that may separate the digit groups of one number. */
const SEPARATORS = new Set(['-', '–', '—', '‐', '.', '·', '•', '_', '*', '~', '|', '/', '\\', '(', ')', '[', ']', ',', '+', '=', '^', '°']);
const LETTER_DIGITS = /^[oli]{1,4}$/;

/**
 * What the phone scan reads: the view, its tokens, what other entities took, the language.
 *
 * @example
 * ```ts
 * const sc: Scan = { view, tokens, mask, langMask: 63, language: 'und', defaultCountry: undefined };
 * ```
 */
export interface Scan {
  view: EntityView;
  tokens: EntityToken[];
  mask: Uint8Array;
  langMask: number;
  language: EntityLanguage;
  defaultCountry: string | undefined;
}

/**
 * True when another entity (a price, an age, a date) already took part of token `t`.
 *
 * @example
 * ```ts
 * masked(sc, tokens[0]); // true when a price or date already took it
 * ```
 */
export const masked = (sc: Scan, t: EntityToken): boolean => {
  for (let i = t.start; i < t.end; i++) if (sc.mask[i]) return true;
  return false;
};

const gluedNum = (tokens: EntityToken[], k: number): boolean =>
  (tokens[k]?.gap === 0 && tokens[k - 1]?.kind === 'num') || (tokens[k + 1]?.kind === 'num' && tokens[k + 1]?.gap === 0);

function unitAt(sc: Scan, k: number, inRun: boolean): Unit | null {
  const t = sc.tokens[k];
  if (!t || t.kind === 'punct' || masked(sc, t)) return null;
  if (t.kind === 'num') return { digits: t.digits, kind: 'digits', first: k, last: k, sep: '' };
  if (LETTER_DIGITS.test(t.text) && gluedNum(sc.tokens, k)) {
    return { digits: t.text.replace(/o/g, '0').replace(/[li]/g, '1'), kind: 'letter', first: k, last: k, sep: '' };
  }
  if (t.text === 'oh' && inRun && sc.langMask & 1) return { digits: '0', kind: 'word', first: k, last: k, sep: '' };
  if ((t.text === 'double' || t.text === 'triple') && closeTo(sc.tokens[k + 1])) {
    const inner = unitAt(sc, k + 1, true);
    if (inner && inner.digits.length === 1) {
      return { digits: inner.digits.repeat(t.text === 'double' ? 2 : 3), kind: 'word', first: k, last: inner.last, sep: '' };
    }
  }
  const w = parseNumberAt(sc.tokens, k, sc.langMask);
  if (!w) return null;
  return { digits: String(w.value), kind: 'word', first: k, last: w.next - 1, sep: '' };
}

const closeTo = (t: EntityToken | undefined): boolean => t !== undefined && !t.newline && t.gap <= 3;

/**
 * Reads the run of digit units starting at token `k`: units joined by short separators.
 *
 * @example
 * ```ts
 * readRun(sc, 1).map((u) => u.digits); // "call 555-0123" → ["555", "0123"]
 * ```
 */
export function readRun(sc: Scan, k: number): Unit[] {
  const first = unitAt(sc, k, false);
  if (!first) return [];
  const units = [first];
  let last = first;
  for (;;) {
    let j = last.last + 1;
    let sep = '';
    let ok = true;
    while (sc.tokens[j]?.kind === 'punct' && sep.replace(/ /g, '').length < 3) {
      const t = sc.tokens[j] as EntityToken;
      if (!closeTo(t) || !SEPARATORS.has(t.text) || masked(sc, t)) {
        ok = false;
        break;
      }
      sep += (t.gap ? ' ' : '') + t.text;
      j++;
    }
    const next = sc.tokens[j];
    if (!ok || !closeTo(next)) break;
    if ((next as EntityToken).gap) sep += ' ';
    const unit = unitAt(sc, j, true);
    if (!unit) break;
    unit.sep = sep;
    units.push(unit);
    last = unit;
  }
  return units;
}

/**
 * A comma between digit groups, or a "+", separates two numbers. A slash does not ("0176 /
 * 12345678" is one German number); two numbers around one are told apart by validity.
 *
 * @example
 * ```ts
 * splitStrong(readRun(sc, 0)).length; // "555 0123, 555 0199" → 2
 * ```
 */
export function splitStrong(units: Unit[]): Unit[][] {
  const out: Unit[][] = [];
  let cur: Unit[] = [];
  units.forEach((u, i) => {
    const prev = units[i - 1];
    const strong =
      prev !== undefined &&
      ((u.sep.includes(',') && u.kind === 'digits' && prev.kind === 'digits' && u.digits.length >= 2) || u.sep.includes('+'));
    if (strong && cur.length) {
      out.push(cur);
      cur = [];
    }
    cur.push(u);
  });
  if (cur.length) out.push(cur);
  return out;
}

