/**
 * The coded errors of the HTTP service. Every error response is `{ error: { code, message } }`
 * with one of {@link SERVE_ERROR_CODES}; the status follows from the code, and the message says
 * what to change. Stack traces go to the log, never into a response.
 */

/**
 * Codes of error responses, with their HTTP status.
 *
 * @example
 * ```ts
 * SERVE_ERROR_STATUS.queue_full; // 503
 * ```
 */
export const SERVE_ERROR_STATUS = {
  invalid_json: 400,
  invalid_request: 400,
  invalid_options: 400,
  not_found: 404,
  body_too_large: 413,
  too_many_items: 413,
  unsupported_media_type: 415,
  internal_error: 500,
  queue_full: 503,
  shutting_down: 503,
  timeout: 504,
} as const;

/**
 * A code of an error response.
 *
 * @example
 * ```ts
 * const code: ServeErrorCode = 'timeout';
 * ```
 */
export type ServeErrorCode = keyof typeof SERVE_ERROR_STATUS;

/**
 * Every code of an error response, for schemas and documentation.
 *
 * @example
 * ```ts
 * SERVE_ERROR_CODES.includes('invalid_json'); // true
 * ```
 */
export const SERVE_ERROR_CODES = Object.keys(SERVE_ERROR_STATUS) as [ServeErrorCode, ...ServeErrorCode[]];

/**
 * Codes of the error results of a batch: an item that is not `{ id?, text }`, and the library's
 * own codes for an item that could not be scored.
 *
 * @example
 * ```ts
 * BATCH_ITEM_ERROR_CODES; // ['invalid_item', 'invalid_input', 'internal_error']
 * ```
 */
export const BATCH_ITEM_ERROR_CODES = ['invalid_item', 'invalid_input', 'internal_error'] as const;

/**
 * An error the service answers with: a code (which fixes the status) and a message for people.
 *
 * @example
 * ```ts
 * throw new ServeError('too_many_items', 'items: 1200 items, the limit is 1000 (--max-items)');
 * ```
 */
export class ServeError extends Error {
  readonly code: ServeErrorCode;
  readonly status: number;

  constructor(code: ServeErrorCode, message: string) {
    super(message);
    this.name = 'ServeError';
    this.code = code;
    this.status = SERVE_ERROR_STATUS[code];
  }
}

/**
 * The JSON body of an error response.
 *
 * @example
 * ```ts
 * errorBody(new ServeError('not_found', 'no route GET /v2')); // { error: { code: 'not_found', … } }
 * ```
 */
export function errorBody(err: ServeError): { error: { code: ServeErrorCode; message: string } } {
  return { error: { code: err.code, message: err.message } };
}
