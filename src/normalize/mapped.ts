/**
 * Text as code points, each carrying the half-open UTF-16 span of the raw input it came from.
 * Every normalisation step maps one code point to one or zero code points, so spans compose
 * and no input can make the text grow.
 */
export interface MappedText {
  cps: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
}

/** A half-open span of UTF-16 offsets into the raw input. */
export interface RawSpan {
  start: number;
  end: number;
}

/** What a step changed, by kind, in raw coordinates; detectors read these. */
export type TransformKind =
  | 'zero_width'
  | 'fancy_unicode'
  | 'homoglyphs'
  | 'leetspeak'
  | 'spaced_letters'
  | 'repeated_letters';

/** Raw spans touched by each kind of transform. */
export type TransformLog = Record<TransformKind, RawSpan[]>;

/** Keeps the code points whose `keep` flag is set (typed arrays: no per-element allocation). */
export function compact(text: MappedText, cps: Int32Array, drop: Uint8Array | undefined): MappedText {
  if (!drop) return { cps, starts: text.starts, ends: text.ends };
  const n = cps.length;
  const outCps = new Int32Array(n);
  const outStarts = new Int32Array(n);
  const outEnds = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (drop[i]) continue;
    outCps[k] = cps[i] as number;
    outStarts[k] = text.starts[i] as number;
    outEnds[k] = text.ends[i] as number;
    k++;
  }
  return { cps: outCps.subarray(0, k), starts: outStarts.subarray(0, k), ends: outEnds.subarray(0, k) };
}

/** Builds the next text from a per-code-point mapper returning a code point or `-1` to drop. */
export function mapEach(text: MappedText, fn: (cp: number, i: number) => number): MappedText {
  const n = text.cps.length;
  const cps = new Int32Array(n);
  let drop: Uint8Array | undefined;
  for (let i = 0; i < n; i++) {
    const next = fn(text.cps[i] as number, i);
    if (next < 0) {
      drop ??= new Uint8Array(n);
      drop[i] = 1;
    } else cps[i] = next;
  }
  return compact(text, cps, drop);
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const letterCache = new Map<number, boolean>();

/** True for a letter code point (cached: the same few code points recur in every ad). */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  let hit = letterCache.get(cp);
  if (hit === undefined) {
    hit = LETTER.test(String.fromCodePoint(cp));
    if (letterCache.size < 65536) letterCache.set(cp, hit);
  }
  return hit;
}

const digitCache = new Map<number, boolean>();

/** True for a decimal digit code point. */
export function isDigit(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  let hit = digitCache.get(cp);
  if (hit === undefined) {
    hit = DIGIT.test(String.fromCodePoint(cp));
    if (digitCache.size < 65536) digitCache.set(cp, hit);
  }
  return hit;
}

/** True for a letter or digit. */
export const isAlnum = (cp: number | undefined): boolean => cp !== undefined && (isLetter(cp) || isDigit(cp));

/** Merges adjacent or overlapping spans; the input need not be sorted. */
export function mergeSpans(spans: RawSpan[]): RawSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: RawSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
