import { readCsv } from './csv.js';
import { readLines } from './lines.js';
import type { Source } from './sources.js';
import type { InputItem } from '../run/types.js';

/**
 * Streams input items from the sources in order. `line` is the line number (JSONL) or the
 * data-row number (CSV) within its source; with several sources each item also names its
 * source, so fallback ids (`file:line`) stay unique.
 */
export async function* readItems(sources: Source[], onBytes: (n: number) => void): AsyncGenerator<InputItem> {
  let seq = 0;
  const named = sources.length > 1;
  for (const source of sources) {
    const tag = named ? { source: source.name } : {};
    const stream = source.open(onBytes);
    try {
      if (source.format === 'jsonl') {
        for await (const line of readLines(stream)) {
          seq++;
          if ('text' in line) yield { seq, line: line.lineNo, json: line.text, ...tag };
          else {
            const message = `line of ${line.tooLong} characters is longer than the limit; it was skipped`;
            yield { seq, line: line.lineNo, error: { code: 'line_too_long', message }, ...tag };
          }
        }
      } else {
        let row = 0;
        for await (const r of readCsv(stream, source.format === 'tsv' ? '\t' : ',')) {
          seq++;
          row++;
          if ('row' in r) yield { seq, line: row, row: r.row, ...tag };
          else yield { seq, line: row, error: { code: 'invalid_csv', message: r.error }, ...tag };
        }
      }
    } finally {
      stream.destroy();
    }
  }
}
