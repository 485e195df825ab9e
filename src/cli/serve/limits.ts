/**
 * The limits of the service and the admission counter that enforces the queue limit. A request
 * that would score something is admitted only while fewer than `queue` such requests are in
 * flight (scoring or waiting for a worker); otherwise it is refused at once with `queue_full`,
 * so a burst costs the clients a retry rather than the server its memory.
 */
import { ServeError } from './errors.js';

/**
 * What one request may cost.
 *
 * @example
 * ```ts
 * const limits: Limits = { ...DEFAULT_LIMITS, maxItems: 100 };
 * ```
 */
export interface Limits {
  /** Largest request body in bytes (413 `body_too_large` above it). */
  bodyBytes: number;
  /** Most items in one batch (413 `too_many_items` above it). */
  maxItems: number;
  /** Time limit of one request in ms, waiting included (504 `timeout`); 0 for none. */
  timeoutMs: number;
  /** Requests admitted at once (503 `queue_full` above it). */
  queue: number;
}

/**
 * The limits when no option changes them.
 *
 * @example
 * ```ts
 * DEFAULT_LIMITS.bodyBytes; // 1048576
 * ```
 */
export const DEFAULT_LIMITS: Limits = { bodyBytes: 1_048_576, maxItems: 1000, timeoutMs: 10_000, queue: 256 };

/**
 * Seconds a client refused with `queue_full` or `shutting_down` is asked to wait (`Retry-After`).
 *
 * @example
 * ```ts
 * reply.header('retry-after', String(RETRY_AFTER_SECONDS));
 * ```
 */
export const RETRY_AFTER_SECONDS = 1;

/**
 * Counts the scoring requests in flight.
 *
 * @example
 * ```ts
 * const admission = createAdmission(256);
 * admission.enter(); // throws ServeError('queue_full') when 256 are in flight
 * try { … } finally { admission.leave(); }
 * ```
 */
export interface Admission {
  readonly inFlight: number;
  readonly limit: number;
  /** Whether another request would be refused. */
  readonly full: boolean;
  /** Admits a request or throws `queue_full`. */
  enter(): void;
  leave(): void;
  /** Resolves when no request is in flight. */
  drained(): Promise<void>;
}

/**
 * An admission counter for at most `limit` requests in flight.
 *
 * @example
 * ```ts
 * const admission = createAdmission(DEFAULT_LIMITS.queue);
 * ```
 */
export function createAdmission(limit: number): Admission {
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  return {
    get inFlight() {
      return inFlight;
    },
    limit,
    get full() {
      return inFlight >= limit;
    },
    enter() {
      if (inFlight >= limit) {
        throw new ServeError('queue_full', `the server is busy: ${limit} requests are already being scored or waiting (--queue); retry shortly`);
      }
      inFlight++;
    },
    leave() {
      inFlight--;
      if (inFlight === 0) {
        for (const wake of waiters) wake();
        waiters = [];
      }
    },
    drained() {
      return inFlight === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}
