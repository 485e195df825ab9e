/**
 * A hook for the service's own tests, off unless the environment variable
 * `TRAFFICKING_SIGNALS_TEST_GATE` names a file: a text containing {@link TEST_GATE_MARKER} then
 * waits in its worker thread until that file exists (at most a minute). Tests use it to hold
 * requests in flight for as long as they need — to fill the queue, to time a request out, to
 * shut down with work in flight — without depending on how fast the machine is.
 */
import { existsSync } from 'node:fs';

/**
 * The text that makes a worker wait for the gate file.
 *
 * @example
 * ```ts
 * const held = { text: `${TEST_GATE_MARKER} Hostess job abroad` };
 * ```
 */
export const TEST_GATE_MARKER = '[[test-gate]]';

const gate = process.env.TRAFFICKING_SIGNALS_TEST_GATE;
const nap = new Int32Array(new SharedArrayBuffer(4));

/**
 * Waits while the text holds the marker and the gate file does not exist; otherwise returns at once.
 *
 * @example
 * ```ts
 * waitAtTestGate(text); // a no-op unless TRAFFICKING_SIGNALS_TEST_GATE is set
 * ```
 */
export function waitAtTestGate(text: string): void {
  if (!gate || !text.includes(TEST_GATE_MARKER)) return;
  const until = Date.now() + 60_000;
  // Short naps, so a terminated worker (time limit) stops promptly.
  while (!existsSync(gate) && Date.now() < until) Atomics.wait(nap, 0, 0, 10);
}
