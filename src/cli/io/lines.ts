import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

/** Longest line read into memory; longer lines are skipped and reported. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

/** A line of input, or a marker for a line too long to hold. */
export type Line = { lineNo: number; text: string } | { lineNo: number; tooLong: number };

/**
 * Splits a byte stream into lines without holding more than one line: UTF-8 decoded across
 * chunk boundaries, `\r\n` accepted, a leading BOM dropped, blank lines skipped (they still
 * count for line numbers). A line longer than {@link MAX_LINE_CHARS} is not buffered: it is
 * reported by length and skipped.
 */
export async function* readLines(stream: Readable, maxChars = MAX_LINE_CHARS): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let partial = '';
  let discarding = 0;
  let lineNo = 0;
  let first = true;
  const emit = function* (text: string): Generator<Line> {
    lineNo++;
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() !== '') yield { lineNo, text };
  };
  const flush = function* (chunk: string): Generator<Line> {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      const piece = chunk.slice(start, nl);
      start = nl + 1;
      if (discarding) {
        lineNo++;
        first = false;
        yield { lineNo, tooLong: discarding + piece.length };
        discarding = 0;
      } else {
        const text = partial + piece;
        partial = '';
        yield* emit(text);
      }
    }
    const rest = chunk.slice(start);
    if (discarding) discarding += rest.length;
    else if (partial.length + rest.length > maxChars) {
      discarding = partial.length + rest.length;
      partial = '';
    } else partial += rest;
  };
  for await (const chunk of stream) {
    yield* flush(typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
  }
  yield* flush(decoder.end());
  if (discarding) yield { lineNo: lineNo + 1, tooLong: discarding };
  else if (partial !== '') yield* emit(partial);
}
