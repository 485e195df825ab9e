/**
 * `score -o FILE` killed at random points (seeded) by SIGINT, SIGTERM or SIGKILL, with 1 and 2
 * workers, then run again with `--resume`: the partial output is always whole records that
 * begin the uninterrupted output (after SIGKILL, at most a half last line that --resume cuts),
 * SIGINT/SIGTERM exit 130/143, and the resumed file is byte for byte the uninterrupted output.
 * The same input gives byte-identical output across runs and worker counts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, cliEnv, requireBuiltCli, ROOT, syntheticAds, tempDir, toJsonl } from './helpers/cli.js';
import { prng } from './helpers/seeded.js';

const RECORDS = 100;
const SEED = 20_261_124;
/** Kill points per worker count; the signals take turns. */
const KILLS_PER_RUN = 3;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGKILL'] as const;
const EXIT_OF = { SIGINT: 130, SIGTERM: 143 } as const;

let tmp: ReturnType<typeof tempDir>;
let input: string;
const reference: Record<'jsonl' | 'csv', string> = { jsonl: '', csv: '' };


const baseArgs = (out: string, workers: number, format: 'jsonl' | 'csv'): string[] => [
  CLI, 'score', input, '-o', out, '--workers', String(workers), '--batch-size', '4', '--format', format, '--text-field', 'text',
];

function runToEnd(args: string[]): number | null {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, env: cliEnv(), encoding: 'utf8' });
  if (r.error) throw r.error;
  if (r.status !== 0 && r.status !== 1) throw new Error(`score exited ${r.status}: ${r.stderr}`);
  return r.status;
}

const newlines = (path: string): number => {
  if (!existsSync(path)) return -1;
  const text = readFileSync(path, 'utf8');
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/**
 * Starts `score` and sends `signal` once the output holds at least `lines` lines (0: as soon
 * as the file exists); resolves with how the process ended.
 */
function killAt(args: string[], out: string, lines: number, signal: (typeof SIGNALS)[number]): Promise<{ code: number | null; signal: NodeJS.Signals | null; sent: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: cliEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sent = false;
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const poll = setInterval(() => {
      if (!sent && newlines(out) >= lines) {
        sent = true;
        child.kill(signal);
      }
    }, 10);
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, sent, stderr });
    });
  });
}

beforeAll(() => {
  requireBuiltCli();
  tmp = tempDir();
  input = join(tmp.dir, 'ads.jsonl');
  const ads = syntheticAds(RECORDS, 5).map((a, i) => (i % 37 === 7 ? { text: a.text } : a));
  // An unreadable line and a record without text become error records in their place.
  const lines = toJsonl(ads).split('\n');
  lines.splice(30, 0, '{"id": "broken", "text": ');
  lines.splice(70, 0, '{"id": "no-text"}');
  writeFileSync(input, lines.join('\n'));
  for (const format of ['jsonl', 'csv'] as const) {
    const out = join(tmp.dir, `reference.${format}`);
    runToEnd(baseArgs(out, 1, format));
    reference[format] = readFileSync(out, 'utf8');
  }
});
afterAll(() => tmp?.cleanup());

describe('score output is deterministic', () => {
  it('gives byte-identical output across runs and worker counts', () => {
    expect(reference.jsonl.split('\n')).toHaveLength(RECORDS + 2 + 1);
    for (const workers of [2, 1]) {
      const out = join(tmp.dir, `again-${workers}.jsonl`);
      runToEnd(baseArgs(out, workers, 'jsonl'));
      expect(readFileSync(out, 'utf8') === reference.jsonl, `--workers ${workers}`).toBe(true);
    }
  }, 300_000);
});

describe('score interrupted and resumed', () => {
  const random = prng(SEED);
  type Plan = { workers: number; format: 'jsonl' | 'csv'; signal: (typeof SIGNALS)[number]; lines: number };
  const plans: Plan[] = [1, 2].flatMap((workers) =>
    Array.from({ length: KILLS_PER_RUN }, (_, k): Plan => ({
      workers,
      format: 'jsonl',
      signal: SIGNALS[(k + workers) % SIGNALS.length] as Plan['signal'],
      // The first kill of each comes as soon as the output exists (while the threads start).
      lines: k === 0 ? 0 : 1 + Math.floor(random() * (RECORDS - 1)),
    })),
  );
  plans.push({ workers: 2, format: 'csv', signal: 'SIGINT', lines: 1 + Math.floor(random() * RECORDS) });

  it.each(plans)('--workers $workers, $format, $signal after $lines lines: a valid partial output that --resume completes exactly', async ({ workers, format, signal, lines }) => {
    const out = join(tmp.dir, `killed-${workers}-${signal}-${lines}.${format}`);
    rmSync(out, { force: true });
    const ended = await killAt(baseArgs(out, workers, format), out, lines, signal);
    const full = reference[format];
    const partial = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (!ended.sent || ended.code === 0 || ended.code === 1) {
      // It finished before the signal went out.
      expect(partial).toBe(full);
      return;
    }
    if (signal === 'SIGKILL') {
      expect(ended.signal).toBe('SIGKILL');
      // Whole records begin the full output; a half last line may follow (resume cuts it).
      const whole = partial.slice(0, partial.lastIndexOf('\n') + 1);
      expect(full.startsWith(whole)).toBe(true);
    } else {
      // Stopped cleanly (or, before the handler is installed, by the signal itself with nothing written).
      if (ended.code === null) {
        // Killed by the signal itself: before the handler is installed (nothing written), or
        // after the run wrote everything and removed it, on its way out (the whole output).
        expect(ended.signal).toBe(signal);
        expect(partial === '' || partial === full, 'an empty or a whole output').toBe(true);
      } else {
        expect(ended.code, ended.stderr).toBe(EXIT_OF[signal]);
        expect(ended.stderr).toMatch(new RegExp(`stopped by ${signal}: [\\d,]+ records written`));
      }
      expect(partial === '' || partial.endsWith('\n')).toBe(true);
      expect(full.startsWith(partial)).toBe(true);
    }
    runToEnd([...baseArgs(out, workers, format), '--resume']);
    expect(readFileSync(out, 'utf8') === full, 'the resumed output equals the uninterrupted one').toBe(true);
  }, 300_000);
});
