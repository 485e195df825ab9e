/**
 * Throughput of `trafficking-signals score` on a generated corpus, in-process (--workers 1) and
 * with worker threads. Runs the built CLI (build first: npx tsup).
 *
 *   npx tsx bench/cli.ts [records=20000] [workers=1,2,…]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PIECES as BASE_PIECES } from '../test/helpers/cli.js';

const CLI = resolve(import.meta.dirname, '..', 'dist', 'cli.js');
if (!existsSync(CLI)) {
  process.stderr.write('bench/cli.ts: dist/cli.js is missing — build first (npx tsup).\n');
  process.exit(1);
}

const n = Number(process.argv[2] ?? 20_000);
const cores = availableParallelism();
const workerCounts = (process.argv[3] ?? [...new Set([1, 2, Math.max(1, cores - 1), cores])].join(','))
  .split(',')
  .map(Number);

// Synthetic ads only: phones +1 555 01xx, example.com. Lengths from one sentence to a few hundred words.
const PIECES = [...BASE_PIECES, 'Se buscan chicas para trabajar en el extranjero, pasaje pagado.'];
let seed = 1;
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const dir = mkdtempSync(join(tmpdir(), 'ts-bench-'));
const input = join(dir, 'ads.jsonl');
const lines: string[] = [];
for (let i = 1; i <= n; i++) {
  const k = 1 + Math.floor(rnd() * rnd() * 24);
  const text = Array.from({ length: k }, () => PIECES[Math.floor(rnd() * PIECES.length)]).join(' ');
  lines.push(JSON.stringify({ id: `ad-${i}`, text }));
}
writeFileSync(input, `${lines.join('\n')}\n`);
const mb = statSync(input).size / 1e6;
process.stdout.write(`${n} records, ${mb.toFixed(1)} MB, ${cores} cores (${cpus()[0]?.model ?? 'cpu'})\n`);

try {
  for (const workers of workerCounts) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [CLI, 'score', input, '-o', join(dir, 'out.jsonl'), '--workers', String(workers)], {
      env: { ...process.env, CI: '1' },
      encoding: 'utf8',
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.status !== 0) throw new Error(`workers=${workers} exited ${r.status}: ${r.stderr}`);
    process.stdout.write(
      `--workers ${String(workers).padEnd(3)} ${seconds.toFixed(2).padStart(7)} s  ${Math.round(n / seconds).toLocaleString('en-US').padStart(7)} records/s (start-up included)\n`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
