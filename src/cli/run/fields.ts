/**
 * Reading fields out of input records: dot paths into JSON objects ("ad.body.text"), header
 * names for CSV rows. Only own properties are read, so `__proto__` or `constructor` in a path
 * never reaches the prototype.
 */

/** Reads a dot path from a parsed JSON value; an own key equal to the whole path wins. */
export function getPath(value: unknown, path: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (Object.hasOwn(value, path)) return (value as Record<string, unknown>)[path];
  let current: unknown = value;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, part)) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Reads a CSV cell by header name. */
export function getCell(row: Record<string, string>, name: string): string | undefined {
  return Object.hasOwn(row, name) ? row[name] : undefined;
}

/**
 * The record id: a string or number from the id field, else the line/row number. Returns an
 * error message when the field holds something else.
 */
export function idOf(raw: unknown, fallback: string | number, field: string): { id: string | number } | { error: string } {
  if (raw === undefined || raw === null || raw === '') return { id: fallback };
  if (typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw))) return { id: raw };
  return { error: `id field "${field}" holds ${Array.isArray(raw) ? 'an array' : typeof raw}; expected a string or number` };
}
