/**
 * Text as code points, each carrying the half-open UTF-16 span of the raw input it came from.
 * Every normalisation step maps one code point to one or zero code points, so spans compose
 * and no input can make the text grow.
 */
export interface MappedText {
  cps: number[];
  starts: number[];
  ends: number[];
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
  | 'spaced_letters';

/** Raw spans touched by each kind of transform. */
export type TransformLog = Record<TransformKind, RawSpan[]>;

/** Cuts a string into code points with their raw spans. */
export function fromRaw(raw: string): MappedText {
  const cps: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    cps.push(cp);
    starts.push(i);
    ends.push(i + width);
    i += width;
  }
  return { cps, starts, ends };
}

/** Builds the next text from a per-code-point mapper returning a code point or `-1` to drop. */
export function mapEach(text: MappedText, fn: (cp: number, i: number) => number): MappedText {
  const out: MappedText = { cps: [], starts: [], ends: [] };
  for (let i = 0; i < text.cps.length; i++) {
    const next = fn(text.cps[i] as number, i);
    if (next < 0) continue;
    out.cps.push(next);
    out.starts.push(text.starts[i] as number);
    out.ends.push(text.ends[i] as number);
  }
  return out;
}

const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const letterCache = new Map<number, boolean>();

/** True for a letter code point (cached: the same few code points recur in every ad). */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a);
  let hit = letterCache.get(cp);
  if (hit === undefined) {
    hit = LETTER.test(String.fromCodePoint(cp));
    if (letterCache.size < 65536) letterCache.set(cp, hit);
  }
  return hit;
}

/** True for a decimal digit code point. */
export function isDigit(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return DIGIT.test(String.fromCodePoint(cp));
}

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
