import { isDigit, isLetter, type MappedText } from '../normalize/mapped.js';

/**
 * A token of normalised text with its span in the raw input.
 *
 * @example
 * ```ts
 * import { normalizeText, tokenize, type Token } from 'trafficking-signals';
 * const raw = 'ＷｈａｔｓＡｐｐ only';
 * const [first]: Token[] = tokenize(normalizeText(raw), raw);
 * first?.text; // "whatsapp" — and raw.slice(first.rawStart, first.rawEnd) is the full-width original
 * ```
 */
export interface Token {
  /** Normalised text of the token. */
  text: string;
  kind: 'word' | 'number' | 'emoji' | 'symbol';
  /** Half-open UTF-16 span in the raw input. */
  rawStart: number;
  rawEnd: number;
  /** Sentence number: patterns and gaps never cross a sentence boundary. */
  sentence: number;
  /** Clause number (sentences cut further at commas, colons, brackets, dashes): negation scope. */
  clause: number;
  /**
   * What stemmers read: the raw word in lower case with its accents when it differs from the
   * normalised token only by case and accents (Snowball stemmers need "logée", not "logee");
   * otherwise the normalised text.
   */
  stemSource: string;
  /**
   * The word with every doubled letter single, when normalisation squeezed a run of repeated
   * letters in it ("gooorgeous" → text "goorgeous", alt "gorgeous"); rules match either.
   */
  alt?: string;
  /** Index of the first normalised code point, for the transform log. */
  cpStart: number;
  cpEnd: number;
}

const PICTO = /\p{Extended_Pictographic}/u;
const SYMBOLS = new Set([0x24, 0x20ac, 0xa3, 0xa5, 0x20bf, 0x20bd, 0x20b9, 0x2b, 0x25, 0x23, 0x40, 0x26, 0x2192, 0x21d2]);
/** Regional indicator letters: two of them make a flag ("🇫🇷"), one emoji token. */
const isRegional = (cp: number | undefined): boolean => cp !== undefined && cp >= 0x1f1e6 && cp <= 0x1f1ff;
const BOUNDARIES = new Set([0x2e, 0x21, 0x3f, 0x3b, 0x0a, 0x0d, 0x2026, 0x2022, 0x7c, 0xa1, 0xbf]);
const CLAUSE_BREAKS = new Set([0x2c, 0x3a, 0x28, 0x29, 0x5b, 0x5d, 0x2013, 0x2014, 0x2f, 0xff0c, 0x3001]);
const pictoCache = new Map<number, boolean>();

function isPicto(cp: number): boolean {
  if (cp < 0xa9) return false;
  let hit = pictoCache.get(cp);
  if (hit === undefined) {
    hit = PICTO.test(String.fromCodePoint(cp));
    if (pictoCache.size < 65536) pictoCache.set(cp, hit);
  }
  return hit;
}

const MARKS = /\p{M}/gu;
const LETTERS_ONLY = /^\p{L}+$/u;

/** The raw word lower-cased with accents kept, if it folds to exactly the normalised token. */
export function accented(rawWord: string, normalized: string): string {
  if (rawWord.length > normalized.length * 2 + 4) return normalized;
  const lower = rawWord.toLowerCase();
  if (lower === normalized) return normalized; // the common case: plain ASCII
  return accentedSlow(lower.normalize('NFC'), normalized);
}

function accentedSlow(lower: string, normalized: string): string {
  if (!LETTERS_ONLY.test(lower)) return normalized;
  return lower.normalize('NFD').replace(MARKS, '') === normalized ? lower : normalized;
}

const SPACE = new Set([0x20, 0x09, 0x0d, 0xa0]);

/**
 * True when the line break at `i` only wraps a sentence: the line before ends with a word or
 * a comma and the next line starts with a lower-case letter in the raw text.
 */
function isWrappedLine(cps: Int32Array, starts: Int32Array, raw: string, i: number): boolean {
  let before = i - 1;
  while (before >= 0 && SPACE.has(cps[before] as number)) before--;
  let after = i + 1;
  while (after < cps.length && SPACE.has(cps[after] as number)) after++;
  const prev = cps[before];
  if (prev === undefined || after >= cps.length) return false;
  if (!(isWordCp(prev) || prev === 0x2c)) return false;
  const next = raw.codePointAt(starts[after] as number) ?? 0;
  const ch = String.fromCodePoint(next);
  return isLetter(next) && ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

const ABBREVIATIONS = new Set(['no', 'nr', 'num', 'tel', 'mob', 'ca', 'approx', 'mr', 'mrs', 'ms', 'dr', 'st', 'ref', 'n', 'nro', 'sr', 'sra', 'tlf']);
/** Abbreviations that never end a sentence, whatever follows (German nouns are capitalised): "mind. 18", "inkl. Unterkunft". */
const ALWAYS_ABBREVIATED = new Set(['mind', 'bzw', 'ggf', 'inkl', 'zzgl', 'exkl', 'std', 'evtl', 'usw', 'etc', 'vs', 'ca', 'tel', 'nr', 'str', 'max', 'min', 'approx', 'incl', 'excl', 'env', 'aprox', 'pag', 'ecc']);
/** Words before a German ordinal ("vom 1. Lohn", "im 1. Stock", "ab dem 2. Monat"): its full stop does not end a sentence. */
const BEFORE_ORDINAL = new Set(['vom', 'im', 'am', 'zum', 'zur', 'ab', 'bis', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einem', 'einen', 'einer', 'seit', 'nach', 'vor', 'jeden', 'jedem', 'jede']);

/** True when the full stop at `i` closes an abbreviation and the text goes on in lower case or digits. */
function isAbbreviation(tokens: Token[], cps: Int32Array, starts: Int32Array, raw: string, i: number): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || last.cpEnd !== i) return false;
  // "350.-": a price's full stop before a dash.
  if (last.kind === 'number' && cps[i + 1] === 0x2d) return true;
  if (ALWAYS_ABBREVIATED.has(last.text) && i + 1 < cps.length && cps[i + 1] !== 0x0a) return true;
  // "vom 1. Lohn": a one- or two-digit ordinal after a preposition or article.
  if (last.kind === 'number' && last.text.length <= 2 && BEFORE_ORDINAL.has(tokens[tokens.length - 2]?.text ?? '') && SPACE.has(cps[i + 1] ?? 0)) return true;
  if (!ABBREVIATIONS.has(last.text)) return false;
  let after = i + 1;
  while (after < cps.length && SPACE.has(cps[after] as number)) after++;
  if (after >= cps.length) return false;
  const next = raw.codePointAt(starts[after] as number) ?? 0;
  if (isDigit(next) || next === 0x2b) return true;
  const ch = String.fromCodePoint(next);
  return isLetter(next) && ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

const isWordCp = (cp: number | undefined): boolean => cp !== undefined && (isLetter(cp) || isDigit(cp));

const DOUBLED = /(\p{L})\1/u;
const TRIPLED = /(\p{L})\1\1/u;
const DOUBLES = /(\p{L})\1+/gu;

/** The word with doubled letters single, when its raw spelling stretched a letter to three or more. */
function squeezed(word: string, rawWord: string): string | undefined {
  if (!DOUBLED.test(word) || !TRIPLED.test(rawWord.toLowerCase())) return undefined;
  return word.replace(DOUBLES, '$1');
}

const UTF16 = new TextDecoder('utf-16le');

/**
 * The code points as one string, with the UTF-16 offset of each code point (and of the end), so
 * that a word's text is one slice. Only lone surrogates may read differently (U+FFFD, one unit
 * for one), and they are never part of a word or number.
 */
function spell(cps: Int32Array): { spelled: string; unitAt: Int32Array } {
  const n = cps.length;
  const units = new Uint16Array(2 * n);
  const unitAt = new Int32Array(n + 1);
  let u = 0;
  for (let i = 0; i < n; i++) {
    unitAt[i] = u;
    const cp = cps[i] as number;
    if (cp > 0xffff) {
      units[u++] = 0xd800 + ((cp - 0x10000) >> 10);
      units[u++] = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else units[u++] = cp;
  }
  unitAt[n] = u;
  return { spelled: UTF16.decode(units.subarray(0, u)), unitAt };
}

/**
 * Cuts normalised text into word, number, emoji and currency/symbol tokens. Apostrophes,
 * hyphens and other punctuation separate words ("l'employeur" → "l", "employeur"); sentence
 * punctuation and line breaks start a new sentence, except a full stop between two word
 * characters ("wa.me", "3.5"); commas, colons, brackets, slashes and dashes start a new
 * clause (not between digits: "1,500").
 *
 * @example
 * ```ts
 * import { normalizeText, tokenize } from 'trafficking-signals';
 * tokenize(normalizeText("Visa & flight: $0, 18yo")).map((t) => t.text);
 * // ["visa", "&", "flight", "$", "0", "18", "yo"]
 * ```
 */
export function tokenize(text: MappedText, raw?: string): Token[] {
  const { cps, starts, ends } = text;
  const tokens: Token[] = [];
  const { spelled: whole, unitAt } = spell(cps);
  let sentence = 0;
  let clause = 0;
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i] as number;
    if (isWordCp(cp)) {
      // Letters and digits split into separate tokens: "18yo" → "18", "yo"; "trc20" → "trc", "20".
      const digit = isDigit(cp);
      let j = i;
      while (j < cps.length && isWordCp(cps[j]) && isDigit(cps[j] as number) === digit) j++;
      // "ß" is read as "ss" ("heiß" = "heiss"): token text may differ in length from its code
      // points; offsets come from the view, never from the text.
      const spelled = whole.slice(unitAt[i], unitAt[j]);
      const word = digit || !spelled.includes('ß') ? spelled : spelled.replaceAll('ß', 'ss');
      const rawStart = starts[i] as number;
      const rawEnd = ends[j - 1] as number;
      const alt = digit || raw === undefined || rawEnd - rawStart <= j - i ? undefined : squeezed(word, raw.slice(rawStart, rawEnd));
      tokens.push({
        text: word,
        kind: digit ? 'number' : 'word',
        rawStart,
        rawEnd,
        stemSource: digit || raw === undefined ? word : accented(raw.slice(rawStart, rawEnd), word),
        sentence,
        clause,
        cpStart: i,
        cpEnd: j,
        ...(alt === undefined ? {} : { alt }),
      });
      i = j;
      continue;
    }
    if (isRegional(cp) && isRegional(cps[i + 1])) {
      tokens.push({
        text: String.fromCodePoint(cp, cps[i + 1] as number),
        kind: 'emoji',
        rawStart: starts[i] as number,
        rawEnd: ends[i + 1] as number,
        stemSource: '',
        sentence,
        clause,
        cpStart: i,
        cpEnd: i + 2,
      });
      i += 2;
      continue;
    }
    if (isPicto(cp) || SYMBOLS.has(cp)) {
      tokens.push({
        text: String.fromCodePoint(cp),
        kind: SYMBOLS.has(cp) ? 'symbol' : 'emoji',
        rawStart: starts[i] as number,
        rawEnd: ends[i] as number,
        stemSource: String.fromCodePoint(cp),
        sentence,
        clause,
        cpStart: i,
        cpEnd: i + 1,
      });
    } else if (cp === 0x0a && raw !== undefined && isWrappedLine(cps, starts, raw, i)) {
      // A hard-wrapped line ("…de ônibus,\nque depois…") continues its sentence.
    } else if (cp === 0x2e && raw !== undefined && isAbbreviation(tokens, cps, starts, raw, i)) {
      // "No. in pics", "Tel. 555…": an abbreviation's full stop does not end the sentence.
    } else if (BOUNDARIES.has(cp) && !(cp === 0x2e && isWordCp(cps[i - 1]) && isWordCp(cps[i + 1]))) {
      sentence++;
      clause++;
    } else if (CLAUSE_BREAKS.has(cp) && !(cp === 0x2c && isDigit(cps[i - 1] ?? -1) && isDigit(cps[i + 1] ?? -1))) {
      clause++;
    }
    i++;
  }
  return tokens;
}
