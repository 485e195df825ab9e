/**
 * Load test of `trafficking-signals serve` on 127.0.0.1 with autocannon, bounded in time:
 * requests/s, p50/p99 latency and errors for single 400-character ads (cut from the fixtures)
 * and for batches of 20 of them at 1, 10 and 100 connections, then the server's RSS before and
 * after a soak of single ads at 10 connections (after 10 s at that load, so the soak starts
 * from a settled heap). Writes its table into BENCHMARKS.md between the bench:serve markers.
 * Runs the built program (npm run build first).
 *
 *   npm run bench:serve                       # 10 s per run, 120 s soak
 *   npx tsx bench/serve.ts 3 20 --no-write    # a quick look: 3 s runs, 20 s soak, nothing written
 */
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { loadFixtures } from '../scripts/lib/fixtures.js';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');
if (!existsSync(CLI)) {
  process.stderr.write('bench/serve.ts: dist/cli.js is missing — build first (npm run build).\n');
  process.exit(1);
}
const args = process.argv.slice(2);
const [duration = 10, soakSeconds = 120] = args.filter((a) => /^\d+$/.test(a)).map(Number);
const write = !args.includes('--no-write');
const BATCH = 20;
const AD_LENGTH = 400;

/**
 * Ads of exactly 400 characters from the project's fixtures (synthetic risk and benign ads in
 * six languages; phones +1 555 01xx, example.com): consecutive fixtures joined and cut.
 */
function ads(n: number): string[] {
  const texts = loadFixtures().map((f) => f.text);
  const out: string[] = [];
  for (let k = 0; out.length < n; ) {
    let text = '';
    while (text.length < AD_LENGTH) text += `${texts[k++ % texts.length]}\n`;
    // 400 characters counted in code points, so no emoji is cut in half.
    out.push(Array.from(text).slice(0, AD_LENGTH).join(''));
  }
  return out;
}

const freePort = (): Promise<number> =>
  new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });

const rssMiB = (pid: number): number => {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return kb / 1024;
};

const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const load: { start: string; end?: string } = { start: loadavg().map((x) => x.toFixed(2)).join(' ') };
// Logs on (the service's real cost), written to /dev/null.
const server = spawn(process.execPath, [CLI, 'serve', '--port', String(port)], { cwd: ROOT, stdio: ['ignore', openSync('/dev/null', 'w'), 'inherit'] });
const stopServer = (): void => {
  if (server.exitCode === null) server.kill('SIGTERM');
};
process.on('exit', stopServer);
for (;;) {
  const ready = await fetch(`${url}/readyz`).then((r) => r.status === 200, () => false);
  if (ready) break;
  if (server.exitCode !== null) throw new Error('the server exited before it was ready');
  await new Promise((r) => setTimeout(r, 100));
}
const workers = ((await (await fetch(`${url}/readyz`)).json()) as { workers: number }).workers;

const texts = ads(200);
const json = { 'content-type': 'application/json' };
const single = texts.slice(0, 50).map((text) => ({ method: 'POST', path: '/v1/assess', headers: json, body: JSON.stringify({ text }) }));
const batch = Array.from({ length: 10 }, (_, b) => ({
  method: 'POST',
  path: '/v1/assess/batch',
  headers: json,
  body: JSON.stringify({ items: texts.slice(b * BATCH, (b + 1) * BATCH).map((text, i) => ({ id: i, text })) }),
}));

interface Row {
  what: string;
  connections: number;
  rps: number;
  adsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function run(what: string, requests: typeof single, connections: number, seconds: number, adsPerRequest: number): Promise<Row> {
  const r = await autocannon({ url, connections, duration: seconds, timeout: 30, requests });
  const total = Object.values(r.statusCodeStats).reduce((n, s) => n + Number(s.count), 0);
  const row = {
    what,
    connections,
    rps: total / r.duration,
    adsPerSecond: (total * adsPerRequest) / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
  };
  process.stderr.write(`${what} × ${connections}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${row.errors}\n`);
  return row;
}

// Warm-up (not reported): JIT, the pool's first tasks.
await run('warm-up', single, 10, Math.min(5, duration), 1);
const rows: Row[] = [];
for (const c of [1, 10, 100]) rows.push(await run('single ad (400 chars)', single, c, duration, 1));
for (const c of [1, 10, 100]) rows.push(await run(`batch of ${BATCH} ads`, batch, c, duration, BATCH));

await run('settle', single, 10, Math.min(10, soakSeconds), 1);
const rssBefore = rssMiB(server.pid as number);
const samples: number[] = [];
const sampler = setInterval(() => samples.push(rssMiB(server.pid as number)), 5000);
const soak = await run('soak: single ad', single, 10, soakSeconds, 1);
clearInterval(sampler);
const rssAfter = rssMiB(server.pid as number);
load.end = loadavg().map((x) => x.toFixed(2)).join(' ');
stopServer();

const growth = ((rssAfter - rssBefore) / rssBefore) * 100;
const day = new Date().toISOString().slice(0, 10);
const table = [
  `Measured ${day} with \`npm run bench:serve\`: ${cpus().length} cores (${availableParallelism()} available), Node ${process.version},`,
  `\`serve\` with ${workers} worker thread(s) (the default), logs on (to /dev/null); autocannon in the same machine,`,
  `${duration} s per row after a warm-up; ads of exactly ${AD_LENGTH} characters cut from the fixtures. Load average (1, 5, 15 min) at the start: ${load.start}; at the end: ${load.end}.`,
  '',
  '| request | connections | requests/s | ads/s | p50 ms | p99 ms | errors |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.what} | ${r.connections} | ${r.rps.toFixed(0)} | ${r.adsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} |`),
  '',
  `Soak: single ads at 10 connections for ${soakSeconds} s: ${soak.rps.toFixed(0)} requests/s, p50 ${soak.p50} ms, p99 ${soak.p99} ms, ${soak.errors} errors;`,
  `RSS of the server process (main thread and workers) ${rssBefore.toFixed(0)} MiB before, ${rssAfter.toFixed(0)} MiB after (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%),`,
  `lowest and highest of the samples every 5 s: ${Math.min(rssBefore, ...samples, rssAfter).toFixed(0)} and ${Math.max(rssBefore, ...samples, rssAfter).toFixed(0)} MiB.`,
  '',
  `Targets: 0 errors; p99 < 50 ms for single ads at 10 connections (measured: ${rows[1]?.p99} ms); RSS growth < 10% over the soak (measured: ${growth.toFixed(1)}%).`,
].join('\n');
process.stdout.write(`${table}\n`);

if (write) {
  const file = join(ROOT, 'BENCHMARKS.md');
  const block = `<!-- bench:serve:start -->\n${table}\n<!-- bench:serve:end -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\n## Service\n\n<!-- bench:serve:start -->\n<!-- bench:serve:end -->\n';
  if (!current.includes('<!-- bench:serve:start -->')) throw new Error('BENCHMARKS.md has no bench:serve markers');
  writeFileSync(file, current.replace(/<!-- bench:serve:start -->[\s\S]*?<!-- bench:serve:end -->/, block));
  process.stderr.write('bench/serve.ts: table written to BENCHMARKS.md\n');
}
