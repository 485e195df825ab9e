/**
 * The `options` of a request, checked in the main thread before anything is queued: a bad option
 * costs the client a 400 at once, not a worker's time. Checked options get a canonical key, by
 * which worker threads keep their compiled assessors.
 */
import { listRules, type AssessOptions } from '../../index.js';
import { ServeError } from './errors.js';
import { RequestOptionsSchema } from './schemas.js';

let builtin: Set<string> | undefined;
const DEFAULT_KEY = JSON.stringify(RequestOptionsSchema.parse({}));

/**
 * Options as the workers take them: `key` is `''` for the defaults.
 *
 * @example
 * ```ts
 * const checked: CheckedOptions = { key: '' };
 * ```
 */
export interface CheckedOptions {
  options?: AssessOptions;
  key: string;
}

/**
 * Checks a request's options (schema, thresholds in order, rule ids that exist); a problem is a
 * `ServeError('invalid_options')` naming the option. `ruleIds` are the rule ids the server
 * knows (the built-in ones unless `serve --pack` added some).
 *
 * @example
 * ```ts
 * checkOptions({ flagLevel: 'high' }); // { options: { …, flagLevel: 'high' }, key: '{"language":"auto",…}' }
 * checkOptions(undefined); // { key: '' }
 * ```
 */
export function checkOptions(raw: unknown, ruleIds?: ReadonlySet<string>): CheckedOptions {
  if (raw === undefined) return { key: '' };
  const parsed = RequestOptionsSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['options', ...(issue?.path ?? []).map(String)].join('.');
    throw new ServeError('invalid_options', `${path}: ${issue?.message ?? 'invalid'}`);
  }
  const resolved = { ...parsed.data, disabledRules: [...new Set(parsed.data.disabledRules)].sort() };
  const known = ruleIds ?? (builtin ??= new Set(listRules().map((r) => r.id)));
  const unknown = resolved.disabledRules.filter((id) => !known?.has(id));
  if (unknown.length) {
    throw new ServeError('invalid_options', `options.disabledRules: unknown rule id(s) ${unknown.join(', ')}; GET /v1/rules lists every id`);
  }
  const key = JSON.stringify(resolved);
  return key === DEFAULT_KEY ? { key: '' } : { options: resolved, key };
}
