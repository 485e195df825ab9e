import type { Token } from '../tokenize/index.js';

/**
 * Features the wording model reads, taken from the engine's own tokens (already folded,
 * de-obfuscated and leet-resolved, so "N3W J0B" and "new job" give the same features):
 *
 * - `w:` + the first five letters of a word (a cheap stem shared by "logement", "logée",
 *   "logés"), for words of two letters or more;
 * - `s:` + the last five letters of a word of {@link LONG_WORD} letters or more: the head of a
 *   compound ("Blutjunge" → "junge"), which the first letters miss;
 * - `n:` + the digit count of a number (capped at 4), so prices and ages count by shape;
 * - `e:` + an emoji;
 * - `b:` + two consecutive word stems of one sentence ("b:sans_papie").
 *
 * Each feature counts once per ad. `at[i]` is the first token of feature `keys[i]` and
 * `len[i]` its number of tokens, so evidence maps back to raw offsets.
 *
 * @example
 * ```ts
 * import { normalizeText, tokenize } from 'trafficking-signals';
 * import { wordingFeatures } from './features.js';
 * const raw = 'Sans papiers OK';
 * wordingFeatures(tokenize(normalizeText(raw), raw)).keys; // ["w:sans", "w:papie", "b:sans_papie", "w:ok", "b:papie_ok"]
 * ```
 */
export interface WordingFeatures {
  keys: string[];
  at: number[];
  len: number[];
}

/** Letters of a word kept as its stem. */
export const STEM_LENGTH = 5;
/** From this length a word also gives its last {@link STEM_LENGTH} letters. */
export const LONG_WORD = 8;

const stemOf = (t: Token): string | undefined => {
  if (t.kind === 'word') return t.text.length >= 2 ? t.text.slice(0, STEM_LENGTH) : undefined;
  if (t.kind === 'number') return `#${Math.min(t.text.length, 4)}`;
  return undefined;
};

/**
 * The wording features of an ad's tokens; see {@link WordingFeatures}.
 *
 * @example
 * ```ts
 * const f = wordingFeatures(tokens);
 * f.keys.length === f.at.length; // true
 * ```
 */
export function wordingFeatures(tokens: readonly Token[]): WordingFeatures {
  const seen = new Set<string>();
  const keys: string[] = [];
  const at: number[] = [];
  const len: number[] = [];
  const add = (key: string, i: number, n: number): void => {
    if (seen.has(key)) return;
    seen.add(key);
    keys.push(key);
    at.push(i);
    len.push(n);
  };
  let prev: string | undefined;
  let prevAt = -1;
  let prevSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'emoji') {
      add(`e:${t.text}`, i, 1);
      prev = undefined;
      continue;
    }
    const stem = stemOf(t);
    if (stem === undefined) {
      if (t.kind === 'symbol') continue;
      prev = undefined;
      continue;
    }
    add(t.kind === 'number' ? `n:${stem}` : `w:${stem}`, i, 1);
    // A long word's end: the head of a compound ("Blutjunge" → "junge", "Wohnungsnot" → "ngsnot").
    if (t.kind === 'word' && t.text.length >= LONG_WORD) add(`s:${t.text.slice(-STEM_LENGTH)}`, i, 1);
    if (prev !== undefined && prevSentence === t.sentence) add(`b:${prev}_${stem}`, prevAt, i - prevAt + 1);
    prev = stem;
    prevAt = i;
    prevSentence = t.sentence;
  }
  return { keys, at, len };
}
