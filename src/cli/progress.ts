/** A progress line on stderr: records done, rate, and for files the share read and time left. */
export interface Progress {
  addRecords(n: number): void;
  addBytes(n: number): void;
  /** Erases the line (before other output reaches the same terminal). */
  clear(): void;
  stop(): void;
}

const NONE: Progress = { addRecords() {}, addBytes() {}, clear() {}, stop() {} };

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '–';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/**
 * Starts the progress line when stderr is a terminal and `CI` is not set; otherwise returns a
 * no-op. `totalBytes` is the size of the input files (0 for stdin: no share or time left).
 */
export function startProgress(
  stderr: NodeJS.WriteStream,
  totalBytes: number,
  env: NodeJS.ProcessEnv = process.env,
): Progress {
  if (!stderr.isTTY || env.CI) return NONE;
  const start = Date.now();
  let records = 0;
  let bytes = 0;
  let shown = false;
  const render = (): void => {
    const elapsed = (Date.now() - start) / 1000;
    const rate = elapsed > 0 ? records / elapsed : 0;
    let line = `${records.toLocaleString('en-US')} records  ${Math.round(rate).toLocaleString('en-US')}/s`;
    if (totalBytes > 0) {
      const share = Math.min(1, bytes / totalBytes);
      const width = 20;
      const filled = Math.round(share * width);
      const left = share > 0 ? (elapsed * (1 - share)) / share : Infinity;
      line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(1)}% read  ${line}  ${duration(left)} left`;
    }
    stderr.write(`\r${line.slice(0, Math.max(20, (stderr.columns || 80) - 1))}\u001b[K`);
    shown = true;
  };
  const timer = setInterval(render, 200);
  timer.unref();
  const clear = (): void => {
    if (shown) stderr.write('\r\u001b[K');
    shown = false;
  };
  return {
    addRecords: (n) => {
      records += n;
    },
    addBytes: (n) => {
      bytes += n;
    },
    clear,
    stop: () => {
      clearInterval(timer);
      clear();
    },
  };
}
