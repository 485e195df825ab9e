/** Runs the built CLI (dist/cli.js) as a subprocess, and makes synthetic ads for its tests. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/** Fails with a clear message when the package has not been built. */
export function requireBuiltCli(): void {
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'dist', 'cli-worker.js'))) {
    throw new Error(`dist/cli.js or dist/cli-worker.js is missing: build first (npm run build, or npx tsup) — the CLI tests run the built package.`);
  }
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for the CLI: no colour, no progress bar, no test hooks unless asked. */
export function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.TRAFFICKING_SIGNALS_TEST_HANG;
  return { ...env, NO_COLOR: '1', CI: '1', ...extra };
}

/** Runs `node dist/cli.js …args` with optional stdin; waits for it to exit. */
export function runCli(args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    env: cliEnv(options.env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a shell pipeline (for `| head`). */
export function runShell(script: string, env: Record<string, string> = {}): Run {
  const r = spawnSync('/bin/sh', ['-c', script], { cwd: ROOT, env: cliEnv(env), encoding: 'utf8' });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary directory and a function that removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ts-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Synthetic ad sentences (phones +1 555 01xx, example.com); the CLI benchmark reuses them. */
export const PIECES = [
  'Hostess job in Dubai, $5000/month, no experience needed.',
  'Agency keeps your passport for safety.',
  'WhatsApp only +1 555 0142.',
  'Cleaner wanted for weekday mornings, references required.',
  'New in town, sweet young girl, incall outcall, text +1 555 0117.',
  'Flight and visa free, costs deducted from your first salaries.',
  'Details at https://example.com/jobs.',
  'Nous recrutons des serveuses, logement fourni, passeport gardé par le patron.',
  'Kidney donors wanted, we pay well, Telegram only.',
  'Gardener needed on Saturdays, call +1 555 0199.',
];

/** Deterministic synthetic ads `{ id, text, meta }` (phones +1 555 01xx, example.com only). */
export function syntheticAds(n: number, seed = 7): { id: string; text: string; meta: { n: number } }[] {
  let s = seed;
  const next = (): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  return Array.from({ length: n }, (_, i) => {
    const k = 1 + Math.floor(next() * 4);
    const text = Array.from({ length: k }, () => PIECES[Math.floor(next() * PIECES.length)]).join(' ');
    return { id: `ad-${i + 1}`, text, meta: { n: i + 1 } };
  });
}

/** Records as JSONL text. */
export const toJsonl = (records: unknown[]): string => records.map((r) => `${JSON.stringify(r)}\n`).join('');

/** Parses JSONL output. */
export const parseJsonl = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
