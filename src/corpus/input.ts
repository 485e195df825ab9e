import { TraffickingSignalsError } from '../errors.js';
import type { SkippedItem } from './schema.js';

/**
 * An item that passed the checks.
 *
 * @example
 * ```ts
 * const item = readItem({ id: 'a', text: 'x' }, 0, new Map()); // { id: 'a', text: 'x', time: NaN, dateInvalid: false }
 * ```
 */
export interface ReadItem {
  id: string;
  text: string;
  /** Milliseconds since the epoch, or NaN. */
  time: number;
  dateInvalid: boolean;
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Checks one corpus item: an object with a non-empty string (or finite number) `id` not seen
 * before, a string `text` and an optional `date`. Returns the item, or the skip record that
 * says why not.
 *
 * @example
 * ```ts
 * readItem({ id: 'a', text: 42 }, 0, new Map()); // { skip: { index: 0, id: "a", error: { code: "invalid_input", … } } }
 * ```
 */
export function readItem(item: unknown, index: number, seen: Map<string, number>): ReadItem | { skip: SkippedItem } {
  const fail = (message: string, id?: string): { skip: SkippedItem } => ({
    skip: id === undefined ? { index, error: { code: 'invalid_input', message } } : { index, id, error: { code: 'invalid_input', message } },
  });
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return fail(`item must be an object { id, text, date? }, got ${describe(item)}`);
  }
  const { id: rawId, text, date } = item as { id?: unknown; text?: unknown; date?: unknown };
  let id: string | undefined;
  if (typeof rawId === 'string' && rawId !== '') id = rawId;
  else if (typeof rawId === 'number' && Number.isFinite(rawId)) id = String(rawId);
  if (id === undefined) return fail(`id must be a non-empty string, got ${rawId === '' ? 'an empty string' : describe(rawId)}`);
  if (typeof text !== 'string') return fail(`text must be a string, got ${describe(text)}`, id);
  const first = seen.get(id);
  if (first !== undefined) return fail(`duplicate id "${id}" (first seen at index ${first})`, id);
  seen.set(id, index);
  let time = Number.NaN;
  let dateInvalid = false;
  if (date !== undefined && date !== null) {
    time = typeof date === 'string' ? Date.parse(date) : Number.NaN;
    dateInvalid = Number.isNaN(time);
  }
  return { id, text, time, dateInvalid };
}

/**
 * How `items` can be read: synchronously (arrays, iterables — read without awaiting, which is
 * faster), asynchronously (async iterables, streams), or not at all.
 *
 * @example
 * ```ts
 * iterationOf([1, 2]); // "sync"
 * ```
 */
export function iterationOf(items: unknown): 'sync' | 'async' | 'invalid' {
  if (items === null || typeof items !== 'object') return 'invalid';
  if (Symbol.asyncIterator in items) return 'async';
  if (Symbol.iterator in items) return 'sync';
  return 'invalid';
}

/**
 * The error for an `items` argument that cannot be iterated.
 *
 * @example
 * ```ts
 * throw notIterable(42); // TraffickingSignalsError, code "invalid_input"
 * ```
 */
export function notIterable(items: unknown): TraffickingSignalsError {
  return new TraffickingSignalsError(
    'invalid_input',
    `items must be an array, an iterable or an async iterable of { id, text, date? }, got ${describe(items)}`,
  );
}
