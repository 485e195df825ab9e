/**
 * Start-up and memory of the built package, split by phase, each in a fresh process — the same
 * method as the start-up lines of `npm run bench` (bench/assess.ts), with the phases timed apart:
 * import of dist/index.js, createAssessor(), the first assess(); wall (performance.now) and CPU
 * (process.cpuUsage, user + system) per phase, medians over the runs. Then the RSS and heap of a
 * warmed assessor (200 ads scored, after a full GC), median over the runs.
 *
 *   npx tsx bench/startup.ts [--runs 9] [dist-dir …]
 *
 * With several dist folders the runs are interleaved (A B A B …), so a before/after comparison
 * is measured in the same minutes on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const dirs = args.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
if (dirs.length === 0) dirs.push(join(import.meta.dirname, '..', 'dist'));

const firstScript = (dist: string): string =>
  `const cpu=()=>{const u=process.cpuUsage();return (u.user+u.system)/1000};const t=[performance.now()];const c=[cpu()];const mark=()=>{t.push(performance.now());c.push(cpu())};` +
  `import(${JSON.stringify(dist)}).then((m)=>{mark();const a=m.createAssessor();mark();a.assess('Waitress wanted abroad, flight paid, passport kept by the agency.');mark();` +
  `process.stdout.write(JSON.stringify({wall:[t[1]-t[0],t[2]-t[1],t[3]-t[2],t[3]-t[0]],cpu:[c[1]-c[0],c[2]-c[1],c[3]-c[2],c[3]-c[0]]}))})`;
const warmScript = (dist: string): string =>
  `import(${JSON.stringify(dist)}).then((m)=>{const a=m.createAssessor();a.assess('Waitress wanted abroad, flight paid, passport kept by the agency. WhatsApp +1 555 0142');for(let i=0;i<200;i++)a.assess('new in town, young and sweet, 150 roses, text only '+i);globalThis.gc?.();const r=process.memoryUsage();process.stdout.write(JSON.stringify({rss:r.rss/1e6,heap:r.heapUsed/1e6}))})`;

interface First {
  wall: number[];
  cpu: number[];
}
const results = dirs.map(() => ({ first: [] as First[], warm: [] as { rss: number; heap: number }[] }));
const run = (flags: string[], script: string): unknown => {
  const r = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
};
const load0 = loadavg()[0] as number;
for (let i = 0; i < runs; i++) {
  dirs.forEach((dir, d) => {
    const dist = join(resolve(dir), 'index.js');
    results[d]!.first.push(run([], firstScript(dist)) as First);
    results[d]!.warm.push(run(['--expose-gc'], warmScript(dist)) as { rss: number; heap: number });
  });
}
const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
process.stdout.write(`median of ${runs} fresh processes each, interleaved; load average ${load0.toFixed(1)} → ${(loadavg()[0] as number).toFixed(1)}\n`);
dirs.forEach((dir, d) => {
  const { first, warm } = results[d]!;
  const phase = (k: 'wall' | 'cpu', i: number): string => med(first.map((f) => f[k][i] as number)).toFixed(0);
  process.stdout.write(
    `${dir}: import ${phase('wall', 0)}/${phase('cpu', 0)}, create ${phase('wall', 1)}/${phase('cpu', 1)}, first assess ${phase('wall', 2)}/${phase('cpu', 2)}, total ${phase('wall', 3)}/${phase('cpu', 3)} ms (wall/CPU); ` +
      `warmed RSS ${med(warm.map((w) => w.rss)).toFixed(0)} MB, heap ${med(warm.map((w) => w.heap)).toFixed(0)} MB\n`,
  );
});
