import type { Runner } from './runner.js';
import type { BatchOutput, InputItem } from './types.js';

/** How the pipeline hands results on and learns it should stop. */
export interface PipelineHooks {
  /** Lowest score worth a report item, sent with each batch. */
  floor(): number;
  /** Takes each batch's results, in input order; may wait (backpressure). */
  consume(out: BatchOutput): Promise<void>;
  /** True when the output has gone away: stop reading and scoring. */
  stopped(): boolean;
}

/**
 * Streams items through the runner in batches, at most two batches per worker in flight, and
 * hands results on strictly in input order. Memory is bounded by the batches in flight, never
 * by the size of the corpus: reading waits while the oldest batch is still being scored.
 */
export async function runPipeline(
  items: AsyncIterable<InputItem>,
  runner: Runner,
  batchSize: number,
  hooks: PipelineHooks,
): Promise<void> {
  const inflight: Promise<BatchOutput>[] = [];
  const limit = Math.max(2, runner.parallelism * 2);
  let batch: InputItem[] = [];
  const submit = (): void => {
    const p = runner.run(batch, hooks.floor());
    // Awaited in order below; this only keeps a failure from counting as unhandled meanwhile.
    p.catch(() => {});
    inflight.push(p);
    batch = [];
  };
  const drain = async (keep: number): Promise<void> => {
    while (inflight.length > keep && !hooks.stopped()) await hooks.consume(await (inflight.shift() as Promise<BatchOutput>));
  };
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= batchSize) {
      submit();
      await drain(limit - 1);
      if (hooks.stopped()) return;
    }
  }
  if (batch.length) submit();
  await drain(0);
}
