import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TraffickingSignalsError } from './errors.js';

/**
 * Reads a data file that ships beside the code, as text. The built-in rule packs and the
 * wording model are data: reading and `JSON.parse`-ing a data file is far cheaper at start-up
 * than compiling the same data written as JavaScript source. `url` is resolved by the caller
 * against its own `import.meta.url`, so it names `src/…/generated/<file>` when the sources run
 * and `dist/<file>` in the built package (`npm run build` copies the files there).
 *
 * @throws {TraffickingSignalsError} `internal_error` when the file is missing or unreadable
 *   (a package built without its data files): the message says to run `npm run build`.
 *
 * @example
 * ```ts
 * const json = readDataText(new URL('./wording.json', import.meta.url));
 * ```
 */
export function readDataText(url: URL): string {
  try {
    return readFileSync(url, 'utf8');
  } catch (err) {
    const path = url.protocol === 'file:' ? fileURLToPath(url) : url.href;
    throw new TraffickingSignalsError(
      'internal_error',
      `trafficking-signals: the data file ${path} is missing or unreadable (${(err as NodeJS.ErrnoException).code ?? String(err)}): run \`npm run build\``,
    );
  }
}

/**
 * Reads and parses a JSON data file that ships beside the code (see {@link readDataText}).
 *
 * @throws {TraffickingSignalsError} `internal_error` when the file is missing, unreadable or
 *   not JSON: the message says to run `npm run build`.
 *
 * @example
 * ```ts
 * const packs = readDataFile(new URL('./builtin.json', import.meta.url)) as Pack[];
 * ```
 */
export function readDataFile(url: URL): unknown {
  const text = readDataText(url);
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new TraffickingSignalsError('internal_error', `trafficking-signals: the data file ${url.href} is not valid JSON (${String(err)}): run \`npm run build\``);
  }
}
