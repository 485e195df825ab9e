import { isDigit, isLetter, type MappedText, type RawSpan } from '../mapped.js';

/**
 * Step 6 — join letters spelled out with separators: "y o u n g", "n.e.w", "f-r-e-s-h" become
 * one word by dropping the separators. Only runs of at least three single characters joined by
 * one separator each are repaired, and at least half of them must be letters (a digit may stand
 * in for a letter: "y 0 u n g"); ordinary text rarely has three one-letter words in a row.
 * Where it breaks: initialisms ("U S A") are joined too, harmlessly; a run spaced with two
 * spaces is left as it is.
 */
const SEPARATORS = new Set([0x20, 0x2e, 0x2d, 0x5f, 0x2a, 0xb7, 0x2022, 0x2f]);

const isSingle = (cps: number[], k: number): boolean => {
  const cp = cps[k];
  if (cp === undefined || !(isLetter(cp) || isDigit(cp))) return false;
  const prev = cps[k - 1];
  const next = cps[k + 1];
  const alnum = (c: number | undefined) => c !== undefined && (isLetter(c) || isDigit(c));
  return !alnum(prev) && !alnum(next);
};

export function joinSpacedLetters(text: MappedText, log: RawSpan[]): MappedText {
  const { cps } = text;
  const drop = new Uint8Array(cps.length);
  let i = 0;
  while (i < cps.length) {
    if (!isSingle(cps, i)) {
      i++;
      continue;
    }
    const members = [i];
    let k = i;
    const sep = cps[k + 1];
    while (sep !== undefined && SEPARATORS.has(sep) && cps[k + 1] === sep && isSingle(cps, k + 2)) {
      k += 2;
      members.push(k);
    }
    const letters = members.filter((m) => isLetter(cps[m] as number)).length;
    if (members.length >= 3 && letters * 2 >= members.length) {
      for (let m = 0; m < members.length - 1; m++) drop[(members[m] as number) + 1] = 1;
      log.push({ start: text.starts[i] as number, end: text.ends[k] as number });
    }
    i = k + 1;
  }
  const out: MappedText = { cps: [], starts: [], ends: [] };
  for (let m = 0; m < cps.length; m++) {
    if (drop[m]) continue;
    out.cps.push(cps[m] as number);
    out.starts.push(text.starts[m] as number);
    out.ends.push(text.ends[m] as number);
  }
  return out;
}
