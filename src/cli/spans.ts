/** A span of the original text with the names of what found it. */
export interface LabelledSpan {
  start: number;
  end: number;
  labels: string[];
}

/**
 * Merges overlapping or touching evidence spans so highlighting never nests, keeping every
 * label. Spans outside the text are clipped.
 *
 * @example
 * ```ts
 * mergeSpans([{ start: 0, end: 4, label: 'a' }, { start: 2, end: 6, label: 'b' }], 10);
 * // [{ start: 0, end: 6, labels: ['a', 'b'] }]
 * ```
 */
export function mergeSpans(spans: { start: number; end: number; label: string }[], length: number): LabelledSpan[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(length, s.end), label: s.label }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: LabelledSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) {
      last.end = Math.max(last.end, s.end);
      if (!last.labels.includes(s.label)) last.labels.push(s.label);
    } else out.push({ start: s.start, end: s.end, labels: [s.label] });
  }
  return out;
}

/** Rebuilds the text with each merged span passed through `mark` and the rest through `plain`. */
export function renderSpans<S extends LabelledSpan>(
  text: string,
  spans: readonly S[],
  mark: (s: string, span: S) => string,
  plain: (s: string) => string,
): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += plain(text.slice(at, s.start)) + mark(text.slice(s.start, s.end), s);
    at = s.end;
  }
  return out + plain(text.slice(at));
}
