import type { Assessment } from '../../index.js';
import type { RecordError } from '../errors.js';

/**
 * One scored record as a JSONL line: `{ id, fields?, ...assessment }`. Kept input fields go
 * under `fields` so they can never overwrite a key of the assessment.
 */
export function jsonlRecord(id: string | number, fields: Record<string, unknown> | undefined, a: Assessment): string {
  return `${JSON.stringify(fields ? { id, fields, ...a } : { id, ...a })}\n`;
}

/**
 * One error record as a JSONL line: `{ id, line, error: { code, message } }`; `id` falls back
 * to the line/row number when the record's own id cannot be read.
 */
export function jsonlError(id: string | number, line: number, error: RecordError): string {
  return `${JSON.stringify({ id, line, error })}\n`;
}
