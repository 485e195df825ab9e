import { closeSync, createReadStream, existsSync, fstatSync, ftruncateSync, openSync, readSync, statSync } from 'node:fs';
import { readCsv } from '../io/csv.js';
import { readLines } from '../io/lines.js';

/**
 * Cuts a partly written last record (no final newline, as after a crash) so appending starts on
 * a fresh line. Returns how many bytes were cut.
 */
export function trimPartialLine(path: string): number {
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const chunk = Buffer.alloc(64 * 1024);
    let end = size;
    while (end > 0) {
      const start = Math.max(0, end - chunk.length);
      const n = readSync(fd, chunk, 0, end - start, start);
      const nl = chunk.subarray(0, n).lastIndexOf(0x0a);
      if (nl !== -1) {
        const keep = start + nl + 1;
        if (keep < size) ftruncateSync(fd, keep);
        return size - keep;
      }
      end = start;
    }
    if (size > 0) ftruncateSync(fd, 0);
    return size;
  } finally {
    closeSync(fd);
  }
}

/** Undoes the CSV formula guard on an id cell. */
const unguard = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/**
 * Ids already present in an earlier run's output (JSONL or CSV), as strings; error records
 * count too, so a resumed run neither repeats nor retries them. A missing file gives none.
 */
export async function readDoneIds(path: string, format: 'jsonl' | 'csv'): Promise<{ ids: string[]; hadHeader: boolean; cut: number }> {
  if (!existsSync(path)) return { ids: [], hadHeader: false, cut: 0 };
  const cut = trimPartialLine(path);
  const ids: string[] = [];
  // Output files always start with the CSV header, so any content means a header is there.
  const hadHeader = statSync(path).size > 0;
  if (format === 'jsonl') {
    for await (const line of readLines(createReadStream(path))) {
      if (!('text' in line)) continue;
      try {
        const value = JSON.parse(line.text) as { id?: unknown };
        if (typeof value.id === 'string' || typeof value.id === 'number') ids.push(String(value.id));
      } catch {
        // A damaged line names no id: its record is scored again.
      }
    }
  } else {
    for await (const row of readCsv(createReadStream(path), ',')) {
      if ('row' in row && typeof row.row.id === 'string') ids.push(unguard(row.row.id));
    }
  }
  return { ids, hadHeader, cut };
}
