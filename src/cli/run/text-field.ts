/**
 * Finding the text column when `--text-field` is not given: the first record that can be read
 * (a JSON object, a CSV row) names its fields, and the one of {@link TEXT_FIELD_NAMES} among
 * them is the text. None, or several, and the command stops with the fields it saw, so a wrong
 * guess never scores the wrong column in silence.
 */
import { UsageError } from '../errors.js';
import type { InputItem } from './types.js';

/**
 * Field names taken for the ad text, compared without regard to case.
 *
 * @example
 * ```ts
 * TEXT_FIELD_NAMES.includes('body'); // true
 * ```
 */
export const TEXT_FIELD_NAMES = ['text', 'body', 'description', 'content', 'message', 'ad'] as const;

/** Records read before giving up on finding one whose fields can be listed. */
const PEEK_LIMIT = 1000;

/** The top-level field names of a record, or undefined when it cannot be read. */
function fieldsOf(item: InputItem): string[] | undefined {
  if ('row' in item) return Object.keys(item.row);
  if (!('json' in item)) return undefined;
  try {
    const value: unknown = JSON.parse(item.json);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The text field among `fields`, or a {@link UsageError} listing what was seen.
 *
 * @example
 * ```ts
 * chooseTextField(['ad_id', 'Body', 'site']); // "Body"
 * ```
 */
export function chooseTextField(fields: string[]): string {
  const matches = fields.filter((f) => (TEXT_FIELD_NAMES as readonly string[]).includes(f.trim().toLowerCase()));
  if (matches.length === 1) return matches[0] as string;
  const seen = fields.length ? fields.map((f) => JSON.stringify(f)).join(', ') : 'none';
  const why = matches.length ? `it has several of ${TEXT_FIELD_NAMES.join(', ')}` : `it has none of ${TEXT_FIELD_NAMES.join(', ')}`;
  throw new UsageError(`cannot tell which field holds the ad text: ${why}. Fields of the first record: ${seen}. Name it with --text-field.`);
}

/**
 * Reads records until one whose fields can be listed, chooses the text field from it, and
 * returns the records again from the start. With no readable record the field stays `text`
 * (the records then become error records as usual).
 *
 * @example
 * ```ts
 * const { field, items } = await detectTextField(readItems(sources, onBytes));
 * ```
 */
export async function detectTextField(source: AsyncIterable<InputItem>): Promise<{ field: string; found: boolean; items: AsyncIterable<InputItem> }> {
  const iterator = source[Symbol.asyncIterator]();
  const peeked: InputItem[] = [];
  let fields: string[] | undefined;
  let done = false;
  while (!fields && peeked.length < PEEK_LIMIT) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    peeked.push(next.value);
    fields = fieldsOf(next.value);
  }
  let field = 'text';
  try {
    if (fields) field = chooseTextField(fields);
  } catch (err) {
    await iterator.return?.();
    throw err;
  }
  async function* replay(): AsyncGenerator<InputItem> {
    try {
      yield* peeked;
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      // Closes the inputs also when the reader stops early.
      await iterator.return?.();
    }
  }
  return { field, found: fields !== undefined, items: replay() };
}
