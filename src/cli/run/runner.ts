import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { UsageError } from '../errors.js';
import { createBatchProcessor, errorResult, timeoutError } from './task.js';
import type { BatchOutput, BatchTask, InputItem, RecordResult, TaskConfig } from './types.js';

/** Scores batches, in this thread or in a pool of worker threads. */
export interface Runner {
  /** How many batches may usefully be in flight at once. */
  readonly parallelism: number;
  run(items: InputItem[], floor: number): Promise<BatchOutput>;
  close(): Promise<void>;
}

const EMPTY: BatchOutput = { results: [], otherShard: 0, resumed: 0 };

/**
 * Runs batches in the calling thread (`--workers 1`). A record is timed after the fact: one
 * that took longer than the limit becomes a `timeout` error record, but a record that never
 * finishes cannot be interrupted here — use two or more workers for hostile input.
 */
export function createInProcessRunner(config: TaskConfig): Runner {
  const processBatch = createBatchProcessor(config);
  return {
    parallelism: 1,
    run: async (items, floor) => processBatch({ items, floor }),
    close: async () => {},
  };
}

function concat(parts: BatchOutput[], middle: RecordResult[] = []): BatchOutput {
  const [first = EMPTY, ...rest] = parts;
  const results = [...first.results, ...middle, ...rest.flatMap((p) => p.results)];
  return {
    results,
    otherShard: parts.reduce((n, p) => n + p.otherShard, 0),
    resumed: parts.reduce((n, p) => n + p.resumed, 0),
  };
}

interface Watched {
  watch: BigInt64Array;
  controller: AbortController;
  culprit: number;
}

/** The worker script next to this file in dist/. */
function workerFile(): string {
  const file = fileURLToPath(new URL('./cli-worker.js', import.meta.url));
  if (!existsSync(file)) {
    throw new UsageError(`worker script not found at ${file}: build the package (npx tsup) or use --workers 1.`);
  }
  return file;
}

/**
 * Runs batches on `workers` threads. Each task shares a two-slot counter with the main thread:
 * the index of the record being scored and when it started. A watchdog aborts a task whose
 * current record has run past the time limit (Piscina then terminates that thread and starts a
 * new one); the record becomes a `timeout` error record and the records before and after it
 * are scored again as two smaller batches. A batch whose worker dies for another reason is
 * retried record by record, so one bad record costs only itself.
 */
export function createPoolRunner(config: TaskConfig, workers: number): Runner {
  const pool = new Piscina<BatchTask, BatchOutput>({
    filename: workerFile(),
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
    workerData: config,
  });
  // Ending a thread while it is still loading its module can crash Node 20 (a V8 fatal error in
  // require(esm)), which a signal early in a run would do: an empty task per thread tells when
  // they have loaded, and close() waits for that before ending them.
  const loaded = Promise.allSettled(Array.from({ length: workers }, () => pool.run({ items: [], floor: 0 })));
  const limit = config.timeoutMs;
  const active = new Set<Watched>();
  const timer =
    limit > 0
      ? setInterval(
          () => {
            const now = Date.now();
            for (const t of active) {
              // Read the index first: the worker writes the start time before the index.
              const index = Number(Atomics.load(t.watch, 0));
              if (index < 0) continue;
              if (now - Number(Atomics.load(t.watch, 1)) > limit) {
                t.culprit = index;
                t.controller.abort();
              }
            }
          },
          Math.max(10, Math.min(250, Math.floor(limit / 4))),
        )
      : undefined;
  timer?.unref();

  let resumed: Set<string> | undefined;
  let closed = false;
  // Workers that fail on every record (a broken install) should end the run, not be retried forever.
  let failuresInARow = 0;
  const run = async (items: InputItem[], floor: number): Promise<BatchOutput> => {
    if (items.length === 0) return EMPTY;
    const progress = new SharedArrayBuffer(16);
    const watched: Watched = { watch: new BigInt64Array(progress), controller: new AbortController(), culprit: -1 };
    Atomics.store(watched.watch, 0, -1n);
    active.add(watched);
    try {
      const out = await pool.run({ items, floor, progress }, { signal: watched.controller.signal });
      failuresInARow = 0;
      return out;
    } catch (err) {
      // Closing the pool (the reader went away) rejects what is in flight: nothing to retry.
      if (closed) return EMPTY;
      if (watched.culprit >= 0) {
        const k = watched.culprit;
        const [before, after] = await Promise.all([run(items.slice(0, k), floor), run(items.slice(k + 1), floor)]);
        const timedOut = errorResult(items[k] as InputItem, config, timeoutError(limit));
        return concat([before, after], timedOut ? [timedOut] : []);
      }
      if (items.length > 1) return concat(await Promise.all(items.map((item) => run([item], floor))));
      const message = err instanceof Error ? err.message : String(err);
      if (++failuresInARow >= 20) throw new Error(`worker threads keep failing (${message}); try --workers 1`);
      const error = { code: 'worker_failed' as const, message: `worker thread failed: ${message}` };
      resumed ??= new Set(config.resumeIds);
      const failed = errorResult(items[0] as InputItem, config, error, (id) => resumed?.has(id) ?? false);
      return { results: failed ? [failed] : [], otherShard: 0, resumed: 0 };
    } finally {
      active.delete(watched);
    }
  };

  return {
    parallelism: workers,
    run,
    close: async () => {
      closed = true;
      if (timer) clearInterval(timer);
      await Promise.race([loaded, new Promise((r) => setTimeout(r, 60_000).unref())]);
      await pool.destroy();
    },
  };
}
