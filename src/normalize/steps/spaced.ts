import { compact, isAlnum, isLetter, type MappedText, type RawSpan } from '../mapped.js';

/**
 * Step 6 — join letters spelled out with separators: "y o u n g", "n.e.w", "f-r-e-s-h" become
 * one word by dropping the separators. Only runs of at least three single characters joined by
 * one separator each are repaired, and at least half of them must be letters (a digit may stand
 * in for a letter: "y 0 u n g"); ordinary text rarely has three one-letter words in a row.
 * Where it breaks: initialisms ("U S A") are joined too, harmlessly; a run spaced with two
 * spaces is left as it is.
 */
const SEPARATORS = new Set([0x20, 0x2e, 0x2d, 0x5f, 0x2a, 0xb7, 0x2022, 0x2f]);
const LEET = new Set([0x40, 0x24, 0x21]); // @ $ !

export function joinSpacedLetters(text: MappedText, log: RawSpan[]): MappedText {
  const { cps } = text;
  const n = cps.length;
  const alnum = new Uint8Array(n + 1);
  // Leet symbols count as characters of a spelled-out word ("w.h.@.t.s.@.p.p").
  for (let k = 0; k < n; k++) alnum[k] = isAlnum(cps[k]) || LEET.has(cps[k] as number) ? 1 : 0;
  // A single character: alphanumeric, with no alphanumeric neighbour.
  const isSingle = (k: number): boolean =>
    k < n && alnum[k] === 1 && (k === 0 || alnum[k - 1] === 0) && alnum[k + 1] === 0;
  let drop: Uint8Array | undefined;
  let i = 0;
  while (i < n) {
    if (!isSingle(i)) {
      i++;
      continue;
    }
    const members = [i];
    let k = i;
    const sep = cps[k + 1];
    while (sep !== undefined && SEPARATORS.has(sep) && cps[k + 1] === sep && isSingle(k + 2)) {
      k += 2;
      members.push(k);
    }
    const letters = members.filter((m) => isLetter(cps[m] as number)).length;
    if (members.length >= 3 && letters * 2 >= members.length) {
      drop ??= new Uint8Array(n);
      for (let m = 0; m < members.length - 1; m++) drop[(members[m] as number) + 1] = 1;
      log.push({ start: text.starts[i] as number, end: text.ends[k] as number });
    }
    i = k + 1;
  }
  return compact(text, cps, drop);
}
