import { type MappedText, mapEach } from '../mapped.js';

/**
 * Steps 3 and 4 — lower-case and remove diacritics, one code point at a time. "É" → "e",
 * "İ" → "i", "ñ" → "n"; combining marks standing alone (including stacked "Zalgo" marks) are
 * dropped. Where it breaks: "ß" stays "ß" (its fold "ss" would be one-to-two), so rules write
 * the German word as it is spelled; "æ" and "œ" are kept as letters of their own.
 */
const MARK = /\p{M}/u;
const cache = new Map<number, number>();

function fold(cp: number): number {
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a ? cp + 32 : cp;
  let out = cache.get(cp);
  if (out === undefined) {
    const s = String.fromCodePoint(cp);
    if (MARK.test(s)) out = -1;
    else {
      const lower = s.toLowerCase().normalize('NFD');
      out = lower.codePointAt(0) ?? cp;
    }
    if (cache.size < 65536) cache.set(cp, out);
  }
  return out;
}

export function foldCaseAndMarks(text: MappedText): MappedText {
  return mapEach(text, (cp) => fold(cp));
}
