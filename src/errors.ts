import type { z } from 'zod';

/**
 * Machine-readable error codes. The wording of `message` may change between versions; the
 * codes do not.
 *
 * @example
 * ```ts
 * import { ERROR_CODES, safeAssess } from 'trafficking-signals';
 * const r = safeAssess(null as never);
 * if (!r.ok) ERROR_CODES.includes(r.error.code); // true
 * ```
 */
export const ERROR_CODES = [
  'invalid_input',
  'invalid_options',
  'invalid_rules',
  'invalid_pack',
  'internal_error',
] as const;

/**
 * An error code of {@link TraffickingSignalsError}.
 *
 * @example
 * ```ts
 * import type { ErrorCode } from 'trafficking-signals';
 * const code: ErrorCode = 'invalid_options';
 * ```
 */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The one error class of the library. `code` says what went wrong; `issues` lists the
 * individual problems (for example each invalid option) when there are several.
 *
 * @example
 * ```ts
 * import { createAssessor, TraffickingSignalsError } from 'trafficking-signals';
 * try {
 *   createAssessor({ thresholds: { low: 2 } } as never);
 * } catch (err) {
 *   if (err instanceof TraffickingSignalsError) console.error(err.code); // "invalid_options"
 * }
 * ```
 */
export class TraffickingSignalsError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly string[];

  constructor(code: ErrorCode, message: string, issues: readonly string[] = []) {
    super(message);
    this.name = 'TraffickingSignalsError';
    this.code = code;
    this.issues = issues;
  }
}

/**
 * The error shape returned by `safeAssess` and written into error records.
 *
 * @example
 * ```ts
 * import { toErrorInfo } from 'trafficking-signals';
 * toErrorInfo(new TypeError('text must be a string')); // { code: 'invalid_input', ... }
 * ```
 */
export function toErrorInfo(err: unknown): { code: ErrorCode; message: string } {
  // Never throws itself: what was thrown may be a Proxy, or have a toString that throws
  // (a hostile options object can make the library throw such a value), and safeAssess and
  // assessBatch rely on this to turn any failure into a result.
  try {
    if (err instanceof TraffickingSignalsError) return { code: err.code, message: err.message };
    if (err instanceof TypeError) return { code: 'invalid_input', message: String(err.message) };
    const message = err instanceof Error ? err.message : err;
    return { code: 'internal_error', message: String(message) };
  } catch {
    return { code: 'internal_error', message: 'an error was thrown whose message cannot be read' };
  }
}

/**
 * Parses options with a zod schema or throws `invalid_options` listing every problem by path.
 * The one place where option problems become a coded error: assess, entities and linking.
 *
 * @example
 * ```ts
 * const opts = parseOptionsOrThrow(AssessOptionsSchema, { language: 'fr' }, 'options');
 * ```
 */
export function parseOptionsOrThrow<S extends z.ZodType>(schema: S, options: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(options ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(options)'}: ${i.message}`);
    throw new TraffickingSignalsError('invalid_options', `Invalid ${what} — ${issues.join('; ')}`, issues);
  }
  return parsed.data;
}

/**
 * Cuts text at `max` UTF-16 units without splitting a surrogate pair.
 *
 * @example
 * ```ts
 * truncateText('ab😀', 3); // "ab" — the emoji's two units are not split
 * ```
 */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
