/**
 * Start-up and memory of the built package, split by phase, each in a fresh process — the same
 * probes as the start-up lines of `npm run bench` (bench/lib/startup-probes.ts), phase by phase:
 * import of dist/index.js, createAssessor(), the first assess(); wall (performance.now) and CPU
 * (process.cpuUsage, user + system) per phase, medians over the runs. Then the RSS and heap of a
 * warmed assessor (200 ads scored, after a full GC), median over the runs.
 *
 *   npx tsx bench/startup.ts [--runs 9] [dist-dir …]
 *
 * With several dist folders the runs are interleaved (A B A B …), so a before/after comparison
 * is measured in the same minutes on a shared machine.
 */
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { runProbe, type StartupPhases, startupProbe, warmProbe } from './lib/startup-probes.js';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 9;
const dirs = args.filter((a, i) => !a.startsWith('--') && (runsAt < 0 || i !== runsAt + 1));
if (dirs.length === 0) dirs.push(join(import.meta.dirname, '..', 'dist'));

const results = dirs.map(() => ({ first: [] as StartupPhases[], warm: [] as { rss: number; heap: number }[] }));
const load0 = loadavg()[0] as number;
for (let i = 0; i < runs; i++) {
  dirs.forEach((dir, d) => {
    const dist = join(resolve(dir), 'index.js');
    results[d]!.first.push(runProbe<StartupPhases>(startupProbe(dist)));
    results[d]!.warm.push(runProbe<{ rss: number; heap: number }>(warmProbe(dist), ['--expose-gc']));
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
