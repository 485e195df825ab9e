import type { ErrorCode } from '../index.js';

/**
 * Errors of the command-line program. A {@link UsageError} ends the run with exit code 2 and a
 * message that says how to fix the command; record-level problems never throw, they become
 * error records with one of {@link RECORD_ERROR_CODES}.
 */

/** Exit codes, as documented in `--help`. */
export const EXIT = { ok: 0, recordsFailed: 1, usage: 2, internal: 70 } as const;

/**
 * Codes of error records written by `score` (in addition to the library's `invalid_input` and
 * `internal_error`).
 */
export const RECORD_ERROR_CODES = [
  'invalid_json',
  'invalid_csv',
  'invalid_record',
  'line_too_long',
  'timeout',
  'worker_failed',
] as const;

/** A code of an error record. */
export type RecordErrorCode = (typeof RECORD_ERROR_CODES)[number] | ErrorCode;

/** A problem with the command line or its configuration: exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The error part of an error record. */
export interface RecordError {
  code: RecordErrorCode;
  message: string;
}
