/**
 * The options of `serve`, read strictly: every problem is a {@link UsageError} (exit code 2)
 * that says how to fix it.
 */
import { availableParallelism } from 'node:os';
import { choiceOf, intOf, stringOf, type OptionSpec, type Values } from '../args.js';
import { UsageError } from '../errors.js';
import { readPacks, type PackSet } from '../packs.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';

/**
 * The option declarations of `serve`.
 *
 * @example
 * ```ts
 * parseCommand('serve', ['--port', '9000'], SERVE_OPTIONS);
 * ```
 */
export const SERVE_OPTIONS: OptionSpec = {
  port: { type: 'string', short: 'p' },
  host: { type: 'string' },
  workers: { type: 'string', short: 'w' },
  'max-body': { type: 'string' },
  'max-items': { type: 'string' },
  timeout: { type: 'string' },
  queue: { type: 'string' },
  'log-level': { type: 'string' },
  'log-text': { type: 'boolean' },
  pack: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
};

/**
 * Log levels `--log-level` accepts.
 *
 * @example
 * ```ts
 * LOG_LEVELS.includes('silent'); // true
 * ```
 */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'silent'] as const;

/**
 * Everything `serve` was asked to do.
 *
 * @example
 * ```ts
 * const options: ServeOptions = serveOptionsOf({ port: '9000' }, []);
 * ```
 */
export interface ServeOptions {
  port: number;
  host: string;
  workers: number;
  limits: Limits;
  logLevel: (typeof LOG_LEVELS)[number];
  logText: boolean;
  /** Custom rule packs (`--pack FILE`, repeatable), fixed for the life of the server. */
  packs?: PackSet;
}

/**
 * Reads and checks the options of `serve`.
 *
 * @example
 * ```ts
 * serveOptionsOf({ workers: '2', queue: '64' }, []).limits.queue; // 64
 * ```
 */
export function serveOptionsOf(values: Values, positionals: string[]): ServeOptions {
  if (positionals.length) {
    throw new UsageError(`serve takes no arguments, got '${positionals.join(' ')}'. Run 'trafficking-signals serve --help' for the options.`);
  }
  const host = stringOf(values, 'host') ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host must not be empty (127.0.0.1 for this machine only, 0.0.0.0 for every interface).');
  const packs = readPacks(Array.isArray(values.pack) ? values.pack : []);
  return {
    port: intOf(values, 'port', 8080, 0, 65_535),
    host,
    // The same default as `score`: one core is left to the main thread (HTTP, JSON, logs).
    workers: intOf(values, 'workers', Math.max(1, availableParallelism() - 1), 1, 256),
    limits: {
      bodyBytes: intOf(values, 'max-body', DEFAULT_LIMITS.bodyBytes, 1024, 1024 * 1024 * 1024),
      maxItems: intOf(values, 'max-items', DEFAULT_LIMITS.maxItems, 1, 1_000_000),
      timeoutMs: intOf(values, 'timeout', DEFAULT_LIMITS.timeoutMs, 0, 86_400_000),
      queue: intOf(values, 'queue', DEFAULT_LIMITS.queue, 1, 1_000_000),
    },
    logLevel: choiceOf(values, 'log-level', LOG_LEVELS, 'info'),
    logText: values['log-text'] === true,
    ...(packs ? { packs } : {}),
  };
}
