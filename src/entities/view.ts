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
 * const view: EntityView = createView('Ｃall');
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

const MARK = /\p{M}/u;
const UTF16 = new TextDecoder('utf-16le');
const ASCII = /^[\x00-\x7f]*$/;
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
 * Builds the {@link EntityView} of a raw string in one pass; ASCII takes a fast path.
 *
 * @example
 * ```ts
 * const v = createView('Ｃall ①②③');
 * v.s; // "call 123"
 * v.raw.slice(v.rs[5], v.re[5]); // "①"
 * ```
 */
export function createView(raw: string): EntityView {
  const n = raw.length;
  if (ASCII.test(raw)) {
    // Nothing to fold but case: offsets are the identity.
    const rs = new Int32Array(n);
    const re = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      rs[i] = i;
      re[i] = i + 1;
    }
    return { raw, s: raw.toLowerCase(), rs, re };
  }
  const codes = new Uint16Array(n);
  const rs = new Int32Array(n);
  const re = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; ) {
    const c = raw.charCodeAt(i);
    if (c < 0x80) {
      codes[k] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      rs[k] = i;
      re[k++] = i + 1;
      i++;
      continue;
    }
    const cp = raw.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const out = isInvisible(cp) ? -1 : foldCp(cp);
    if (out >= 0) {
      if (out > 0xffff) {
        const hi = 0xd800 + ((out - 0x10000) >> 10);
        const lo = 0xdc00 + ((out - 0x10000) & 0x3ff);
        codes[k] = hi;
        rs[k] = i;
        re[k++] = i + width;
        codes[k] = lo;
        rs[k] = i;
        re[k++] = i + width;
      } else {
        codes[k] = out;
        rs[k] = i;
        re[k++] = i + width;
      }
    }
    i += width;
  }
  // The folded units never hold a lone surrogate the raw text did not have, and the decoder
  // keeps one unit per unit, so offsets stay aligned.
  const s = UTF16.decode(codes.subarray(0, k));
  return { raw, s, rs: rs.subarray(0, k), re: re.subarray(0, k) };
}

/** Keycap marks, variation selectors and joiners that belong to the character before them. */
const TRAILING = /^[\u20e3\ufe0e\ufe0f\u200d\u0300-\u036f]+/;

/**
 * The raw span of folded units `[i, j)`, widened over any keycap mark or variation selector
 * that follows, so "1️⃣" is reported whole.
 *
 * @example
 * ```ts
 * const v = createView('1\uFE0F\u20E3');
 * rawSpan(v, 0, 1); // { start: 0, end: 3 }
 * ```
 */
export function rawSpan(view: EntityView, i: number, j: number): { start: number; end: number } {
  const start = view.rs[i] as number;
  let end = view.re[j - 1] as number;
  const rest = TRAILING.exec(view.raw.slice(end, end + 8));
  if (rest) end += rest[0].length;
  return { start, end };
}
