/**
 * The worker-thread entry of `score` (built as dist/cli-worker.js): one batch processor per
 * thread, configured from the pool's `workerData`.
 */
import Piscina from 'piscina';
import { createBatchProcessor } from './task.js';
import type { BatchOutput, BatchTask, TaskConfig } from './types.js';

const processBatch = createBatchProcessor(Piscina.workerData as TaskConfig);

/** Scores one batch. */
export default function scoreBatch(task: BatchTask): BatchOutput {
  return processBatch(task);
}
