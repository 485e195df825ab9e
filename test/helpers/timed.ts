/**
 * Runs `assess()` of the built library in a worker thread and times it there, terminating the
 * thread when a call does not come back in time. A test timeout cannot interrupt a synchronous
 * call that is stuck; terminating its thread can.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AssessOptions } from '../../src/index.js';
import { ROOT } from './cli.js';

/** The fastest of `repeat` calls: its CPU time (user + system) and wall time, in ms. */
export interface Timing {
  cpuMs: number;
  wallMs: number;
  level: string;
  signals: number;
  warnings: string[];
}

const LIBRARY = join(ROOT, 'dist', 'index.js');

/** A worker thread with the built library, restarted after it is terminated. */
export class TimedAssess {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private next = 0;
  private readonly waiting = new Map<number, (t: Timing) => void>();

  private start(): Promise<void> {
    if (!existsSync(LIBRARY)) throw new Error('dist/index.js is missing: build first (npm run build; npm test does it)');
    const worker = new Worker(new URL('./time-worker.mjs', import.meta.url), { workerData: { library: pathToFileURL(LIBRARY).href } });
    this.worker = worker;
    worker.unref();
    this.ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (m: { ready?: boolean; id?: number } & Timing) => {
        if (m.ready) resolve();
        else if (m.id !== undefined) this.waiting.get(m.id)?.(m);
      });
      worker.on('error', reject);
    });
    return this.ready;
  }

  /**
   * Times `assess(text)` (the fastest of `repeat` calls); resolves to `'terminated'` when no
   * answer came within `limitMs` of wall time, after ending the thread.
   */
  async time(text: string, options: AssessOptions | undefined, repeat: number, limitMs: number): Promise<Timing | 'terminated'> {
    if (!this.worker) await this.start();
    await this.ready;
    const id = this.next++;
    const worker = this.worker as Worker;
    const answer = new Promise<Timing>((resolve) => this.waiting.set(id, resolve));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'terminated'>((resolve) => {
      timer = setTimeout(() => resolve('terminated'), limitMs);
    });
    worker.postMessage({ id, text, options, repeat });
    const result = await Promise.race([answer, late]);
    clearTimeout(timer);
    this.waiting.delete(id);
    if (result === 'terminated') {
      this.worker = undefined;
      await worker.terminate();
    }
    return result;
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }
}
