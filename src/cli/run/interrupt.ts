/**
 * SIGINT and SIGTERM during `score`. The first signal stops the run cleanly: nothing more is
 * written after the batches already handed to the output, the output is flushed and closed
 * (whole lines only, so `--resume` can complete it) and the exit code is 128 + the signal's
 * number: 130 for SIGINT, 143 for SIGTERM. A second signal exits at once with the same code;
 * a half-written last line it may leave is cut by `--resume`.
 */

/** Exit codes of a run stopped by a signal (the shell convention, 128 + signal number). */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

type StopSignal = keyof typeof SIGNAL_EXIT;

/** A watch on SIGINT and SIGTERM for one run. */
export interface Interrupt {
  /** The first signal received, if any. */
  readonly signal: StopSignal | undefined;
  /** Resolves with the first signal. */
  readonly received: Promise<StopSignal>;
  /** Stops watching (the default behaviour of the signals comes back). */
  dispose(): void;
}

/** Watches SIGINT and SIGTERM; `onSecond` runs on a second signal, before the process exits. */
export function watchSignals(onSecond: (signal: StopSignal) => void = () => {}): Interrupt {
  let signal: StopSignal | undefined;
  let resolve: (s: StopSignal) => void = () => {};
  const received = new Promise<StopSignal>((r) => (resolve = r));
  const handler = (s: NodeJS.Signals): void => {
    const which = s === 'SIGTERM' ? 'SIGTERM' : 'SIGINT';
    if (signal !== undefined) {
      onSecond(which);
      process.exit(SIGNAL_EXIT[which]);
    }
    signal = which;
    resolve(which);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return {
    get signal() {
      return signal;
    },
    received,
    dispose() {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    },
  };
}
