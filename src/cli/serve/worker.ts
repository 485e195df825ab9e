/**
 * The worker-thread entry of `serve` (built as dist/serve-worker.js). It keeps one assessor per
 * option set (the default one compiled at start), scores a chunk of texts and returns each
 * Assessment already serialized, so the main thread only joins strings.
 */
import { workerData } from 'node:worker_threads';
import { createAssessor, toErrorInfo, type Assessor } from '../../index.js';
import { waitAtTestGate } from './test-hooks.js';
import type { ChunkOutcome, ChunkTask, WorkerData } from './pool.js';

/** Option sets kept compiled per thread; compiling the rules takes about a third of a second. */
const CACHE_LIMIT = 8;
// The server's custom packs (`serve --pack`) apply to every option set; requests cannot change them.
const packs = (workerData as WorkerData | null)?.packs ?? [];
const assessors = new Map<string, Assessor>([['', createAssessor(packs.length ? { packs } : undefined)]]);

function assessorFor(task: ChunkTask): Assessor {
  let assessor = assessors.get(task.key);
  if (assessor) {
    // Most recently used last, so the oldest is dropped first.
    assessors.delete(task.key);
  } else {
    assessor = createAssessor(packs.length ? { ...task.options, packs } : task.options);
    if (assessors.size > CACHE_LIMIT) {
      const oldest = [...assessors.keys()].find((k) => k !== '');
      if (oldest !== undefined) assessors.delete(oldest);
    }
  }
  assessors.set(task.key, assessor);
  return assessor;
}

/**
 * Scores one chunk: one outcome per text, in order; never throws for a text.
 *
 * @example
 * ```ts
 * scoreChunk({ texts: ['Cook wanted'], key: '' }); // [{ ok: true, json: '{"schemaVersion":…}' }]
 * ```
 */
export default function scoreChunk(task: ChunkTask): ChunkOutcome[] {
  if (task.started) Atomics.store(new Int32Array(task.started), 0, 1);
  const assessor = assessorFor(task);
  return task.texts.map((text) => {
    try {
      waitAtTestGate(text);
      return { ok: true, json: JSON.stringify(assessor.assess(text)) };
    } catch (err) {
      return { ok: false, error: toErrorInfo(err) };
    }
  });
}
