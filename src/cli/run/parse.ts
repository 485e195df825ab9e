import type { RecordError } from '../errors.js';
import { getCell, getPath, idOf } from './fields.js';
import type { InputItem, TaskConfig } from './types.js';

/** A record read from its input item: its id, text and kept fields, or why it cannot be used. */
export interface Parsed {
  id: string | number;
  text?: string;
  kept?: unknown[];
  error?: RecordError;
}

function describe(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
}

/** The id of a record whose own id is missing or unreadable: its line, with its file if several. */
export const fallbackId = (item: InputItem): string | number => (item.source ? `${item.source}:${item.line}` : item.line);

/**
 * Reads a record from a JSONL line or CSV row: the id (or the line-number fallback), the text
 * and the kept fields. Never throws: a problem is returned as `error`.
 */
export function parseItem(item: InputItem, config: Pick<TaskConfig, 'idField' | 'textField' | 'keepFields'>): Parsed {
  const fallback = fallbackId(item);
  if ('error' in item) return { id: fallback, error: item.error };
  let get: (name: string) => unknown;
  if ('json' in item) {
    let value: unknown;
    try {
      value = JSON.parse(item.json);
    } catch (err) {
      return { id: fallback, error: { code: 'invalid_json', message: (err as Error).message } };
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { id: fallback, error: { code: 'invalid_record', message: `line holds ${describe(value)}, expected a JSON object` } };
    }
    get = (name) => getPath(value, name);
  } else {
    get = (name) => getCell(item.row, name);
  }
  const id = idOf(get(config.idField), fallback, config.idField);
  if ('error' in id) return { id: fallback, error: { code: 'invalid_record', message: id.error } };
  const text = get(config.textField);
  const kept = config.keepFields.length ? config.keepFields.map((f) => get(f) ?? null) : undefined;
  if (typeof text !== 'string') {
    const message =
      text === undefined
        ? `no text field "${config.textField}" (set it with --text-field)`
        : `text field "${config.textField}" holds ${describe(text)}, expected a string`;
    return { id: id.id, kept, error: { code: 'invalid_record', message } };
  }
  return { id: id.id, text, kept };
}
