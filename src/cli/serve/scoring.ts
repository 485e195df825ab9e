/**
 * Scoring one request within the limits: admitted or refused (`queue_full`), scored on the pool
 * under the request's time limit (`timeout`, which ends even a running chunk), and given up when
 * the client goes away (its chunks not yet started are dropped from the queue).
 */
import type { ServerResponse } from 'node:http';
import { ServeError } from './errors.js';
import type { Admission, Limits } from './limits.js';
import type { ChunkOutcome, ScoringPool } from './pool.js';
import type { CheckedOptions } from './request-options.js';

/**
 * What scoring a request needs from the server.
 *
 * @example
 * ```ts
 * const scorer: Scorer = { pool, admission, limits };
 * ```
 */
export interface Scorer {
  pool: ScoringPool;
  admission: Admission;
  limits: Limits;
}

/**
 * Thrown when the client closed the connection before the answer was ready; nobody reads the
 * reply (the server logs the request with status 499).
 *
 * @example
 * ```ts
 * if (err instanceof ClientGoneError) return reply.code(499).send();
 * ```
 */
export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the connection before the answer was ready');
    this.name = 'ClientGoneError';
  }
}

const TIMED_OUT = Symbol('timed out');
const CLIENT_GONE = Symbol('client gone');

/**
 * Scores texts for one request: one outcome per text, in order.
 *
 * @example
 * ```ts
 * const outcomes = await scoreWithinLimits(scorer, reply.raw, ['Cook wanted'], { key: '' });
 * ```
 */
export async function scoreWithinLimits(
  scorer: Scorer,
  response: ServerResponse,
  texts: string[],
  options: CheckedOptions,
): Promise<ChunkOutcome[]> {
  const { pool, admission, limits } = scorer;
  admission.enter();
  const timeout = new AbortController();
  const gone = new AbortController();
  const timer = limits.timeoutMs > 0 ? setTimeout(() => timeout.abort(TIMED_OUT), limits.timeoutMs) : undefined;
  const onClose = (): void => {
    if (!response.writableFinished) gone.abort(CLIENT_GONE);
  };
  response.once('close', onClose);
  try {
    const outcomes = await pool.score(texts, options, { abort: timeout.signal, cancel: gone.signal });
    if (gone.signal.aborted) throw new ClientGoneError();
    return outcomes;
  } catch (err) {
    if (timeout.signal.reason === TIMED_OUT) {
      throw new ServeError(
        'timeout',
        `scoring took longer than the limit of ${limits.timeoutMs} ms (--timeout), waiting for a worker included; retry later, or send fewer or shorter texts`,
      );
    }
    if (gone.signal.aborted) throw new ClientGoneError();
    throw err;
  } finally {
    if (timer) clearTimeout(timer);
    response.off('close', onClose);
    admission.leave();
  }
}
