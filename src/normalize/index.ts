import { type Folded, foldRaw } from '../prepare/fold.js';
import type { MappedText, TransformLog } from './mapped.js';
import { foldHomoglyphs } from './steps/homoglyphs.js';
import { foldLeet } from './steps/leet.js';
import { squeezeRepeats } from './steps/repeats.js';
import { joinSpacedLetters } from './steps/spaced.js';

export type { MappedText, RawSpan, TransformKind, TransformLog } from './mapped.js';

/**
 * Normalised text with, for each code point, the raw UTF-16 span it came from.
 *
 * @example
 * ```ts
 * import { normalizeText, type NormalizedText } from 'trafficking-signals';
 * const n: NormalizedText = normalizeText('n\u200Bew');
 * [n.starts[1], n.ends[1]]; // [2, 3]: "e" comes from raw offsets 2–3, after the zero-width space
 * ```
 */
export interface NormalizedText extends MappedText {
  /** What each evasion-related step changed, in raw coordinates. */
  log: TransformLog;
}

/**
 * Normalises raw text for matching, in this order: invisible characters removed, NFKC
 * compatibility folding, lower case and diacritics removed, Cyrillic/Greek look-alikes folded
 * inside Latin words, spaced-out letters joined, leetspeak folded, letters repeated for emphasis
 * squeezed to two. Each step maps one code
 * point to one or zero, so every normalised code point knows its raw span.
 *
 * @example
 * ```ts
 * import { normalizeText } from 'trafficking-signals';
 * const n = normalizeText('Ｙ o u n g');
 * String.fromCodePoint(...n.cps); // "young"
 * ```
 */
export function normalizeText(raw: string): NormalizedText {
  return normalizeFolded(foldRaw(raw));
}

/**
 * The rule normaliser's steps after folding, on a {@link foldRaw} result: look-alikes folded
 * inside Latin words, spaced-out letters joined, leetspeak folded, stretched letters squeezed.
 */
export function normalizeFolded(folded: Folded): NormalizedText {
  const log: TransformLog = {
    zero_width: folded.zeroWidth,
    fancy_unicode: folded.fancy,
    homoglyphs: [],
    leetspeak: [],
    spaced_letters: [],
    repeated_letters: [],
  };
  let text = folded.text;
  text = foldHomoglyphs(text, log.homoglyphs);
  text = joinSpacedLetters(text, log.spaced_letters);
  text = foldLeet(text, log.leetspeak);
  text = squeezeRepeats(text, log.repeated_letters);
  return { ...text, log };
}
