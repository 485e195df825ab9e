import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startProgress } from '../src/cli/progress.js';

/** A stand-in for a terminal's stderr that records what is written. */
function fakeTerminal(isTTY: boolean, columns = 100) {
  const writes: string[] = [];
  const stream = { isTTY, columns, write: (s: string) => (writes.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('progress line (fake clock, no real timing)', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('shows the share read, records, rate and time left for files', () => {
    const { stream, writes } = fakeTerminal(true);
    const p = startProgress(stream, 1000, {});
    p.addBytes(500);
    p.addRecords(2000);
    vi.advanceTimersByTime(2000); // 2 s: 1,000 records/s, half read → 2 s left
    const last = writes.at(-1) ?? '';
    expect(last.startsWith('\r')).toBe(true);
    expect(last).toContain('[##########----------] 50.0% read');
    expect(last).toContain('2,000 records  1,000/s');
    expect(last).toContain('2s left');
    p.stop();
    expect(writes.at(-1)).toBe('\r\u001b[K');
    const count = writes.length;
    vi.advanceTimersByTime(1000);
    expect(writes.length).toBe(count); // stopped: no more redraws
  });

  it('formats long times left in minutes and hours', () => {
    const { stream, writes } = fakeTerminal(true);
    const p = startProgress(stream, 100, {});
    p.addBytes(1);
    vi.advanceTimersByTime(2000); // 1% in 2 s → 198 s left
    expect(writes.at(-1)).toContain('3m 18s left');
    vi.advanceTimersByTime(98_000); // 1% in 100 s → 9,900 s left
    expect(writes.at(-1)).toContain('2h 45m left');
    p.stop();
  });

  it('shows records and rate only for stdin (unknown size)', () => {
    const { stream, writes } = fakeTerminal(true);
    const p = startProgress(stream, 0, {});
    p.addRecords(10);
    vi.advanceTimersByTime(200);
    expect(writes.at(-1)).toMatch(/^\r10 records {2}50\/s\u001b\[K$/);
    p.stop();
  });

  it('fits the terminal width', () => {
    const { stream, writes } = fakeTerminal(true, 30);
    const p = startProgress(stream, 1000, {});
    vi.advanceTimersByTime(200);
    const visible = (writes.at(-1) ?? '').replace('\r', '').replace('\u001b[K', '');
    expect(visible.length).toBeLessThanOrEqual(29);
    p.stop();
  });

  it('clear() erases a shown line and writes nothing when none is shown', () => {
    const { stream, writes } = fakeTerminal(true);
    const p = startProgress(stream, 1000, {});
    p.clear();
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(200);
    p.clear();
    expect(writes.at(-1)).toBe('\r\u001b[K');
    p.stop();
  });

  it('writes nothing when stderr is not a terminal or CI is set', () => {
    for (const [tty, env] of [[false, {}], [true, { CI: '1' }]] as const) {
      const { stream, writes } = fakeTerminal(tty);
      const p = startProgress(stream, 1000, env);
      p.addRecords(5);
      vi.advanceTimersByTime(1000);
      p.stop();
      expect(writes).toEqual([]);
    }
  });
});
