import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { UsageError } from '../errors.js';

/** Input formats of `score` and `link`. */
export type InputFormat = 'jsonl' | 'csv' | 'tsv';

/** One input: a file or stdin, with its format and size (0 when unknown). */
export interface Source {
  name: string;
  format: InputFormat;
  size: number;
  /** Opens the decoded stream; `onBytes` counts raw bytes read, for progress. */
  open(onBytes: (n: number) => void): Readable;
}

function formatOf(name: string): InputFormat | undefined {
  const base = name.toLowerCase().replace(/\.gz$/, '');
  if (/\.(jsonl|ndjson|json)$/.test(base)) return 'jsonl';
  if (base.endsWith('.csv')) return 'csv';
  if (base.endsWith('.tsv')) return 'tsv';
  return undefined;
}

function decoded(raw: Readable, gzip: boolean, onBytes: (n: number) => void): Readable {
  raw.on('data', (chunk: Buffer | string) => onBytes(chunk.length));
  if (!gzip) return raw;
  const gunzip = createGunzip();
  raw.on('error', (err) => gunzip.destroy(err));
  return raw.pipe(gunzip);
}

/**
 * Resolves the inputs: files by extension (`.jsonl`/`.ndjson`/`.json`, `.csv`, `.tsv`, each
 * optionally `.gz`), stdin (no files, or `-`) as JSONL unless `--input-format` says otherwise.
 * Missing files and unknown extensions are usage errors, found before any work starts.
 */
export function resolveSources(files: string[], forced: InputFormat | undefined, stdin: Readable): Source[] {
  const names = files.length ? files : ['-'];
  if (names.filter((n) => n === '-').length > 1) throw new UsageError("stdin ('-') can be read only once.");
  return names.map((name) => {
    if (name === '-') {
      if ((stdin as { isTTY?: boolean }).isTTY && files.length === 0) {
        throw new UsageError('no input: give files (score ads.jsonl) or pipe records on stdin (… | trafficking-signals score).');
      }
      return { name: '<stdin>', format: forced ?? 'jsonl', size: 0, open: (onBytes) => decoded(stdin, false, onBytes) };
    }
    let size: number;
    try {
      const stat = statSync(name);
      if (!stat.isFile()) throw new UsageError(`input '${name}' is not a file.`);
      size = stat.size;
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw new UsageError(`cannot read input '${name}': ${(err as NodeJS.ErrnoException).code ?? String(err)}. Check the path.`);
    }
    const format = forced ?? formatOf(name);
    if (!format) {
      throw new UsageError(
        `cannot tell the format of '${name}' from its extension (.jsonl, .ndjson, .json, .csv, .tsv, optionally .gz): use --input-format jsonl|csv|tsv.`,
      );
    }
    const gzip = name.toLowerCase().endsWith('.gz');
    return { name, format, size, open: (onBytes) => decoded(createReadStream(name), gzip, onBytes) };
  });
}
