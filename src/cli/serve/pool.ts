/**
 * The worker threads that score for the service. Scoring is CPU-bound, so it never runs on the
 * event loop: `/healthz` answers while a large batch is being scored. A batch is cut into
 * chunks that queue behind each other in the pool, so a single ad sent during a large batch
 * waits for one chunk, not for the whole batch.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AssessOptions, ErrorCode, UserPack } from '../../index.js';
import { UsageError } from '../errors.js';

/**
 * Texts sent to a worker in one task.
 *
 * @example
 * ```ts
 * CHUNK_SIZE; // 16
 * ```
 */
export const CHUNK_SIZE = 16;

/**
 * One task of a worker: texts, and the options with the key the worker caches its assessor by
 * (`''` for the defaults).
 *
 * @example
 * ```ts
 * const task: ChunkTask = { texts: ['Cook wanted'], key: '' };
 * ```
 */
export interface ChunkTask {
  texts: string[];
  options?: AssessOptions;
  key: string;
  /** Set to 1 by the worker when it starts the task. */
  started?: SharedArrayBuffer;
}

/**
 * The outcome for one text: the Assessment as JSON, or the library's coded error.
 *
 * @example
 * ```ts
 * const out: ChunkOutcome = { ok: false, error: { code: 'internal_error', message: '…' } };
 * ```
 */
export type ChunkOutcome = { ok: true; json: string } | { ok: false; error: { code: ErrorCode; message: string } };

/**
 * The scoring pool of the service.
 *
 * @example
 * ```ts
 * const pool = createScoringPool(2);
 * await pool.warm();
 * const [outcome] = await pool.score(['Cook wanted'], { key: '' }, { abort: AbortSignal.timeout(10_000) });
 * await pool.close();
 * ```
 */
export interface ScoringPool {
  readonly threads: number;
  /** Whether every warm-up task has come back (the rules are compiled in the threads). */
  readonly warm: boolean;
  /** Runs one task per thread, so the first requests do not wait for the rules to compile. */
  warmUp(): Promise<void>;
  /**
   * Scores texts in chunks. `abort` ends every chunk — a running one by ending its thread (a new
   * one starts) — and rejects; `cancel` drops only the chunks not yet started (a client that
   * went away: finishing a started chunk is cheaper than compiling the rules in a new thread).
   */
  score(texts: string[], options: { options?: AssessOptions; key: string }, signals: ScoreSignals): Promise<ChunkOutcome[]>;
  close(): Promise<void>;
}

/**
 * How a scoring call can be stopped (see {@link ScoringPool.score}).
 *
 * @example
 * ```ts
 * const signals: ScoreSignals = { abort: AbortSignal.timeout(10_000), cancel: new AbortController().signal };
 * ```
 */
export interface ScoreSignals {
  abort: AbortSignal;
  cancel?: AbortSignal;
}

/** Runs one chunk; a cancel stops it only while it has not started. */
function runChunk(pool: Piscina<ChunkTask, ChunkOutcome[]>, task: ChunkTask, { abort, cancel }: ScoreSignals): Promise<ChunkOutcome[]> {
  if (!cancel) return pool.run(task, { signal: abort });
  const started = new Int32Array(new SharedArrayBuffer(4));
  task.started = started.buffer as SharedArrayBuffer;
  const controller = new AbortController();
  const stop = (): void => controller.abort(abort.reason);
  const drop = (): void => {
    if (Atomics.load(started, 0) === 0) controller.abort(cancel.reason);
  };
  abort.addEventListener('abort', stop, { once: true });
  cancel.addEventListener('abort', drop, { once: true });
  return pool.run(task, { signal: controller.signal }).finally(() => {
    abort.removeEventListener('abort', stop);
    cancel.removeEventListener('abort', drop);
  });
}

/** The worker script next to the built CLI in dist/. */
function workerFile(): string {
  const file = fileURLToPath(new URL('./serve-worker.js', import.meta.url));
  if (!existsSync(file)) throw new UsageError(`worker script not found at ${file}: build the package first (npm run build).`);
  return file;
}

/**
 * What every worker thread starts with: the server's custom packs, applied to every request.
 *
 * @example
 * ```ts
 * const data: WorkerData = { packs: [loadPack(text)] };
 * ```
 */
export interface WorkerData {
  packs: UserPack[];
}

/**
 * A pool of `threads` worker threads, started at once; `packs` are the server's custom packs.
 *
 * @example
 * ```ts
 * const pool = createScoringPool(Math.max(1, availableParallelism() - 1));
 * ```
 */
export function createScoringPool(threads: number, packs: UserPack[] = []): ScoringPool {
  const pool = new Piscina<ChunkTask, ChunkOutcome[]>({
    filename: workerFile(),
    workerData: { packs } satisfies WorkerData,
    minThreads: threads,
    // minThreads = maxThreads: threads are never retired for idleness (a new one would have to
    // compile the rules again).
    maxThreads: threads,
  });
  let warm = false;
  return {
    threads,
    get warm() {
      return warm;
    },
    async warmUp() {
      await Promise.all(Array.from({ length: threads }, () => pool.run({ texts: [''], key: '' })));
      warm = true;
    },
    async score(texts, { options, key }, signals) {
      const chunks: Promise<ChunkOutcome[]>[] = [];
      for (let i = 0; i < texts.length; i += CHUNK_SIZE) {
        const task: ChunkTask = { texts: texts.slice(i, i + CHUNK_SIZE), key };
        if (options) task.options = options;
        chunks.push(runChunk(pool, task, signals));
      }
      // Every chunk settles before this returns, so an abort never leaves a rejection unhandled.
      const settled = await Promise.allSettled(chunks);
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
      return settled.flatMap((s) => (s as PromiseFulfilledResult<ChunkOutcome[]>).value);
    },
    close: () => pool.destroy(),
  };
}
