import { isLetter, type MappedText, type RawSpan } from '../normalize/mapped.js';
import { isInvisible } from '../normalize/steps/invisible.js';

/**
 * The text entity detectors read: the raw ad lower-cased, accents and combining marks removed,
 * invisible characters dropped and compatibility forms folded (full-width, mathematical and
 * circled digits and letters become plain ones), one code point to one or none, so every
 * UTF-16 unit of `s` knows the raw span it came from. Leetspeak and spaced letters are *not*
 * folded here: they would damage e-mail addresses and handles ("anna@ex" is not "annaaex").
 *
 * @example
 * ```ts
 * const view: EntityView = foldRaw('Ｃall').view;
 * view.s; // "call"
 * ```
 */
export interface EntityView {
  /** The original input. */
  raw: string;
  /** Folded text. */
  s: string;
  /** Raw start of each UTF-16 unit of `s`. */
  rs: Int32Array;
  /** Raw end of each UTF-16 unit of `s`. */
  re: Int32Array;
}

/** The one folded view of an ad and what folding it noticed. */
export interface Folded {
  /** The folded text as a string, with the raw span of each UTF-16 unit: every entity finder reads it. */
  view: EntityView;
  /** The same text as code points with raw spans: the rule normaliser's further steps start here. */
  text: MappedText;
  /** Invisible characters between two letters (evasion), in raw coordinates. */
  zeroWidth: RawSpan[];
  /** Full-width, mathematical, circled and other compatibility letters that were folded. */
  fancy: RawSpan[];
}

/** Compatibility ranges whose folding counts as "fancy Unicode" styling. */
function isFancyRange(cp: number): boolean {
  return (
    (cp >= 0xff01 && cp <= 0xff5e) ||
    (cp >= 0x1d400 && cp <= 0x1d7ff) ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x1f100 && cp <= 0x1f1ff) ||
    (cp >= 0x2070 && cp <= 0x209f)
  );
}

const compatCache = new Map<number, boolean>();

/** Does NFKC turn this code point into a different single code point? */
function compatChanges(cp: number): boolean {
  let hit = compatCache.get(cp);
  if (hit === undefined) {
    const nf = String.fromCodePoint(cp).normalize('NFKC');
    const first = nf.codePointAt(0);
    hit = first !== undefined && first !== cp && nf.length === (first > 0xffff ? 2 : 1);
    if (compatCache.size < 65536) compatCache.set(cp, hit);
  }
  return hit;
}

const MARK = /\p{M}/u;
const ASCII = /^[\x00-\x7f]*$/;
const UTF16 = new TextDecoder('utf-16le');
const foldCache = new Map<number, number>();

/**
 * Code points whose NFKC form is not a single digit but which people use as one: dingbat and
 * negative circled digits ("❶", "➀", "➊") and double-circled ones ("⓵").
 */
const EXTRA_DIGITS: readonly (readonly [number, number])[] = [
  [0x2776, 0x277e], // ❶–❾
  [0x2780, 0x2788], // ➀–➈
  [0x278a, 0x2792], // ➊–➒
  [0x24f5, 0x24fd], // ⓵–⓽
];

/** Folds one code point for the view (-1: dropped). */
function foldCp(cp: number): number {
  let out = foldCache.get(cp);
  if (out !== undefined) return out;
  out = cp;
  if (MARK.test(String.fromCodePoint(cp))) out = -1;
  else {
    for (const [from, to] of EXTRA_DIGITS) if (cp >= from && cp <= to) out = 0x31 + cp - from;
    if (out === cp) {
      const nf = String.fromCodePoint(cp).normalize('NFKC');
      const first = nf.codePointAt(0) as number;
      const single = nf.length === (first > 0xffff ? 2 : 1) ? first : cp;
      const lower = String.fromCodePoint(single).toLowerCase().normalize('NFD');
      const base = lower.codePointAt(0) as number;
      out = lower.length === (base > 0xffff ? 2 : 1) || MARK.test(lower.slice(base > 0xffff ? 2 : 1)) ? base : single;
    }
    if (cp === 0x24ea || cp === 0x24ff || cp === 0x1f100) out = 0x30; // ⓪ ⓿ 🄀
  }
  if (foldCache.size < 65536) foldCache.set(cp, out);
  return out;
}


/**
 * Folds raw text once, one code point to one or none: invisible characters dropped,
 * compatibility forms folded (full-width, mathematical, circled and dingbat digits and
 * letters), lower case, diacritics and combining marks removed. The result is the single view
 * every stage reads — language detection and rule tokens through the further normalisation
 * steps, entity finders directly — each unit and code point knowing its raw span.
 *
 * @example
 * ```ts
 * const f = foldRaw('Ｃall ①②③');
 * f.view.s; // "call 123"
 * ```
 */
export function foldRaw(raw: string): Folded {
  const n = raw.length;
  if (ASCII.test(raw)) return foldAscii(raw);
  const cps = new Int32Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const units = new Uint16Array(n);
  const rs = new Int32Array(n);
  const re = new Int32Array(n);
  const zeroWidth: RawSpan[] = [];
  const fancy: RawSpan[] = [];
  let k = 0; // code points out
  let u = 0; // UTF-16 units out
  // Invisible characters seen since the last visible one, and whether that one was a letter:
  // a zero-width character counts as evasion only between two letters.
  let lastVisibleLetter = false;
  const pending: RawSpan[] = [];
  for (let i = 0; i < n; ) {
    const cp = raw.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (isInvisible(cp)) {
      if (cp !== 0x00ad && cp < 0xfe00 && lastVisibleLetter) pending.push({ start: i, end: i + width });
      i += width;
      continue;
    }
    if (pending.length) {
      if (isLetter(cp)) zeroWidth.push(...pending);
      pending.length = 0;
    }
    lastVisibleLetter = isLetter(cp);
    const out = foldCp(cp);
    if (out >= 0) {
      if (isFancyRange(cp) && compatChanges(cp)) fancy.push({ start: i, end: i + width });
      cps[k] = out;
      starts[k] = i;
      ends[k++] = i + width;
      if (out > 0xffff) {
        units[u] = 0xd800 + ((out - 0x10000) >> 10);
        rs[u] = i;
        re[u++] = i + width;
        units[u] = 0xdc00 + ((out - 0x10000) & 0x3ff);
      } else units[u] = out;
      rs[u] = i;
      re[u++] = i + width;
    }
    i += width;
  }
  const s = UTF16.decode(units.subarray(0, u));
  return {
    view: { raw, s, rs: rs.subarray(0, u), re: re.subarray(0, u) },
    text: { cps: cps.subarray(0, k), starts: starts.subarray(0, k), ends: ends.subarray(0, k) },
    zeroWidth,
    fancy,
  };
}

function foldAscii(raw: string): Folded {
  const n = raw.length;
  const s = raw.toLowerCase();
  const cps = new Int32Array(n);
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    cps[i] = s.charCodeAt(i);
    starts[i] = i;
    ends[i] = i + 1;
  }
  // Units and code points coincide: the view shares the offset arrays.
  return { view: { raw, s, rs: starts, re: ends }, text: { cps, starts, ends }, zeroWidth: [], fancy: [] };
}
