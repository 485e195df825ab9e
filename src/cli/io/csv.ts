import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';

/** A CSV data row by header name, or a row the parser had to skip. */
export type CsvRow = { row: Record<string, string> } | { error: string };

/**
 * Reads CSV (or TSV) rows as objects keyed by the header line. Quotes are relaxed and rows with
 * missing or extra cells are accepted, so a messy row costs only itself: what the parser still
 * cannot read comes out, in order, as an `{ error }` row.
 */
export async function* readCsv(stream: Readable, delimiter: ',' | '\t'): AsyncGenerator<CsvRow> {
  const skipped: { lines: number; message: string }[] = [];
  const parser = stream.pipe(
    parse({
      columns: true,
      bom: true,
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (err) => {
        const lines = (err as { lines?: number } | undefined)?.lines ?? 0;
        // One broken row can raise several errors at the same line: report it once.
        if (skipped[skipped.length - 1]?.lines !== lines) skipped.push({ lines, message: err?.message ?? 'unreadable row' });
        return undefined;
      },
    }),
  );
  stream.on('error', (err) => parser.destroy(err));
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
    while (skipped.length && (skipped[0]?.lines ?? 0) < info.lines) yield { error: skipped.shift()?.message ?? '' };
    yield { row: record };
  }
  for (const s of skipped) yield { error: s.message };
}
