/**
 * A hook for the CLI's own tests, off unless the environment variable
 * `TRAFFICKING_SIGNALS_TEST_HANG` is set: a record whose text contains its value then spins for
 * up to a minute, standing in for a pathological ad so the time limit can be tested without
 * depending on how fast the machine is.
 */
const marker = process.env.TRAFFICKING_SIGNALS_TEST_HANG;

/** Spins when the text contains the test marker; otherwise does nothing. */
export function testHang(text: string): void {
  if (!marker || !text.includes(marker)) return;
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    // busy: the worker thread is stuck as it would be in a runaway match
  }
}
