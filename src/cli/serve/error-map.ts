/**
 * Turns whatever fastify or a handler threw into a {@link ServeError}: body-size and media-type
 * errors of the framework, JSON Schema violations (naming the field), and anything unexpected
 * (an `internal_error` whose message holds no detail; the detail goes to the log).
 */
import { ServeError } from './errors.js';
import type { Limits } from './limits.js';

/** One JSON Schema violation as fastify reports it (Ajv's error object). */
interface Violation {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string;
}

/** What the error handler receives: an Error, perhaps with fastify's fields. */
type ThrownError = Error & { code?: string; statusCode?: number; validation?: Violation[] };

/**
 * A JSON pointer into the body as a path people read: `/items/3/text` → `items[3].text`.
 *
 * @example
 * ```ts
 * fieldPath('/options/thresholds/low'); // "options.thresholds.low"
 * fieldPath(''); // "body"
 * ```
 */
export function fieldPath(pointer: string, child?: string): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (child !== undefined) parts.push(child);
  let out = '';
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out === '' ? part : `.${part}`;
  return out === '' ? 'body' : out;
}

/**
 * A message naming the field and what is wrong with it.
 *
 * @example
 * ```ts
 * describeViolation({ keyword: 'type', instancePath: '/text', params: { type: 'string' } }); // "text: must be a string"
 * ```
 */
export function describeViolation(v: Violation): string {
  const p = v.params;
  switch (v.keyword) {
    case 'required':
      return `${fieldPath(v.instancePath, String(p.missingProperty))}: is required`;
    case 'additionalProperties':
      return `${fieldPath(v.instancePath, String(p.additionalProperty))}: is not a known field`;
    case 'type':
      return `${fieldPath(v.instancePath)}: must be ${/^[aeiou]/.test(String(p.type)) ? 'an' : 'a'} ${String(p.type)}`;
    case 'enum':
      return `${fieldPath(v.instancePath)}: must be one of ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    default:
      return `${fieldPath(v.instancePath)}: ${v.message ?? 'is not valid'}`;
  }
}

const FRAMEWORK_ERRORS: Record<string, (limits: Limits) => ServeError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: (l) => new ServeError('body_too_large', `the request body is larger than the limit of ${l.bodyBytes} bytes (--max-body)`),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new ServeError('unsupported_media_type', 'send the body as JSON with the header Content-Type: application/json'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => new ServeError('invalid_json', 'the body is empty: send a JSON object'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => new ServeError('invalid_request', 'the body is shorter or longer than its Content-Length header'),
};

/**
 * The {@link ServeError} to answer with for an error thrown while handling a request.
 *
 * @example
 * ```ts
 * toServeError(Object.assign(new Error('x'), { validation: [{ keyword: 'required', instancePath: '', params: { missingProperty: 'text' } }] }), limits);
 * // ServeError invalid_request "text: is required"
 * ```
 */
export function toServeError(err: ThrownError, limits: Limits): ServeError {
  if (err instanceof ServeError) return err;
  const known = err.code ? FRAMEWORK_ERRORS[err.code] : undefined;
  if (known) return known(limits);
  const first = err.validation?.[0];
  if (first) {
    if (first.keyword === 'maxItems' && first.instancePath === '/items') {
      return new ServeError('too_many_items', `items: more than ${limits.maxItems} items in one batch (--max-items); split the batch`);
    }
    return new ServeError('invalid_request', describeViolation(first));
  }
  // Other client errors of the framework (a malformed header, say) keep their status class.
  if (err.statusCode !== undefined && err.statusCode >= 400 && err.statusCode < 500) {
    return new ServeError('invalid_request', err.message);
  }
  return new ServeError('internal_error', 'internal error: the server log has the details');
}
