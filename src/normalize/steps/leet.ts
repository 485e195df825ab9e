import { isDigit, isLetter, type MappedText, type RawSpan } from '../mapped.js';

/**
 * Step 7 — fold leetspeak inside letter-dominant words: "n3w" → "new", "y0ung" → "young",
 * "c@sh" → "cash". A word is folded only when it has at least two letters and more letters
 * than substitutes (or as many, in a word of four or more: "4n0s"), does not start or end with a run of two or more digits, and is not a digit
 * with a short suffix, so "18yo", "24h", "3rd", "5pm", "2000euros" and "covid19" stay as written. Symbols (@ $ ! |) are read as
 * letters only between two word characters (up to three in a row: "p@$$port"), so "$300" and "@handle" are left alone — except a
 * "$" opening a word of letters ("$ex", "$ugar"), which no price does, and an "@" closing a word
 * that already has a substitute ("c@s@", "3xp3r13nc1@").
 * An "@" followed by a domain is an e-mail address and stays ("dupont@gmail.com").
 * Where it breaks: "1" is read as "i", never "l"; a few product codes ("mp3") fold harmlessly.
 */
const DIGITS = new Map<number, number>([
  [0x30, 0x6f], // 0 → o
  [0x31, 0x69], // 1 → i
  [0x33, 0x65], // 3 → e
  [0x34, 0x61], // 4 → a
  [0x35, 0x73], // 5 → s
  [0x37, 0x74], // 7 → t
]);
const SYMBOLS = new Map<number, number>([
  [0x40, 0x61], // @ → a
  [0x24, 0x73], // $ → s
  [0x20ac, 0x65], // € → e
  [0x21, 0x69], // ! → i
  [0x7c, 0x6c], // | → l
]);

/** Most leet symbols in a row inside a word ("p@$$port"); a longer run is punctuation. */
const MAX_SYMBOL_RUN = 3;

const isWordChar = (cp: number | undefined): boolean =>
  cp !== undefined && (isLetter(cp) || isDigit(cp));

export function foldLeet(text: MappedText, log: RawSpan[]): MappedText {
  const cps = text.cps.slice();
  let i = 0;
  while (i < cps.length) {
    // "$ex", "$n@p", "€@sy": "$" or "€" opening a word of letters stands for "s" or "e" (a price has digits).
    const opener = cps[i] === 0x24 || cps[i] === 0x20ac;
    const dollarWord = opener && !isWordChar(cps[i - 1]) && lettersAhead(cps, i + 1) >= 2;
    if (!isWordChar(cps[i]) && !dollarWord) {
      i++;
      continue;
    }
    // A word: word characters, plus leet symbols standing between two word characters.
    let j = dollarWord ? i + 1 : i;
    while (j < cps.length) {
      if (isWordChar(cps[j])) {
        j++;
        continue;
      }
      // "c@$h", "p@$$port": a run of up to MAX_SYMBOL_RUN symbols between word characters (or
      // right after the "$" opening a word) is part of the word; the whole run joins at once.
      if (!SYMBOLS.has(cps[j] as number)) break;
      let end = j;
      while (end < cps.length && end - j < MAX_SYMBOL_RUN + 1 && SYMBOLS.has(cps[end] as number)) end++;
      if (end - j > MAX_SYMBOL_RUN || !isWordChar(cps[end])) break;
      let email = false;
      for (let k = j; k < end && !email; k++) email = isEmailAt(cps, k);
      if (email) break;
      j = end;
    }
    // "ganamo$": a "$" closing a word of three letters or more stands for "s" too ("300$" has no
    // letters; "US$", "R$", "NZ$" are currencies).
    const closedByDollar = (cps[j] === 0x24 || cps[j] === 0x20ac) && !isWordChar(cps[j + 1]) && lettersAhead(cps, i) >= 3;
    if (closedByDollar) j++;
    let letters = 0;
    let subs = 0;
    for (let k = i; k < j; k++) {
      const cp = cps[k] as number;
      if (isLetter(cp)) letters++;
      else if (DIGITS.has(cp) || SYMBOLS.has(cp)) subs++;
    }
    // "c@s@", "p@g@", "experienci@": an "@" closing a word that already spells letters with a
    // substitute stands for "a" ("me@" alone, or "@" before a name, does not). It is read once
    // the rest of the word is, so it does not count towards the balance.
    if (!closedByDollar && cps[j] === 0x40 && !isWordChar(cps[j + 1]) && subs > 0 && lettersAhead(cps, i) >= 2) j++;
    const leadingDigits = countDigits(cps, i, 1, j);
    const trailingDigits = countDigits(cps, j - 1, -1, i - 1);
    // A number followed by a short suffix is an ordinal or a unit: "3rd", "1er", "5pm", "7min".
    const numberWithSuffix = leadingDigits > 0 && leadingDigits === subs && j - i - leadingDigits <= 3;
    // Letters must outnumber substitutes, or equal them in a word of four or more ("4n0s", "c0d3").
    const dominant = letters > subs || (letters === subs && j - i >= 4);
    if (subs > 0 && letters >= 2 && dominant && leadingDigits < 2 && trailingDigits < 2 && !numberWithSuffix) {
      for (let k = i; k < j; k++) {
        const to = DIGITS.get(cps[k] as number) ?? SYMBOLS.get(cps[k] as number);
        if (to !== undefined) {
          cps[k] = to;
          log.push({ start: text.starts[k] as number, end: text.ends[k] as number });
        }
      }
    }
    i = j;
  }
  return { cps, starts: text.starts, ends: text.ends };
}

/** Letters in the run of word characters and leet symbols starting at `from`. */
function lettersAhead(cps: Int32Array, from: number): number {
  let letters = 0;
  for (let k = from; k < cps.length; k++) {
    const cp = cps[k] as number;
    if (isLetter(cp)) letters++;
    else if (!isDigit(cp) && !SYMBOLS.has(cp)) break;
  }
  return letters;
}

/** An "@" followed by a domain ("@gmail.com") belongs to an e-mail address, not to leetspeak. */
function isEmailAt(cps: Int32Array, at: number): boolean {
  if (cps[at] !== 0x40) return false;
  let k = at + 1;
  while (k < cps.length && isWordChar(cps[k])) k++;
  return cps[k] === 0x2e && isLetter(cps[k + 1] ?? 0);
}

function countDigits(cps: Int32Array, from: number, step: 1 | -1, stop: number): number {
  let n = 0;
  for (let k = from; k !== stop && isDigit(cps[k] as number); k += step) n++;
  return n;
}
