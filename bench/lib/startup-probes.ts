/**
 * The fresh-process probes of start-up and memory, shared by `npm run bench` (bench/assess.ts)
 * and the phase-by-phase comparison of dist folders (bench/startup.ts), so both measure the same
 * thing. Each probe is a script for `node -e` that imports the built package at `dist` and
 * prints one JSON object.
 */
import { spawnSync } from 'node:child_process';

/** Wall (performance.now) and CPU (user + system) in ms: import, createAssessor(), first assess(), total. */
export interface StartupPhases {
  wall: [number, number, number, number];
  cpu: [number, number, number, number];
}

/** Import + createAssessor() + the first assess(), timed phase by phase. */
export const startupProbe = (dist: string): string =>
  `const cpu=()=>{const u=process.cpuUsage();return (u.user+u.system)/1000};const t=[performance.now()];const c=[cpu()];const mark=()=>{t.push(performance.now());c.push(cpu())};` +
  `import(${JSON.stringify(dist)}).then((m)=>{mark();const a=m.createAssessor();mark();a.assess('Waitress wanted abroad, flight paid, passport kept by the agency.');mark();` +
  `process.stdout.write(JSON.stringify({wall:[t[1]-t[0],t[2]-t[1],t[3]-t[2],t[3]-t[0]],cpu:[c[1]-c[0],c[2]-c[1],c[3]-c[2],c[3]-c[0]]}))})`;

/** RSS and heap (MB) of a warmed assessor: 200 ads scored, then a full GC (run with --expose-gc). */
export const warmProbe = (dist: string): string =>
  `import(${JSON.stringify(dist)}).then((m)=>{const a=m.createAssessor();a.assess('Waitress wanted abroad, flight paid, passport kept by the agency. WhatsApp +1 555 0142');for(let i=0;i<200;i++)a.assess('new in town, young and sweet, 150 roses, text only '+i);globalThis.gc?.();const r=process.memoryUsage();process.stdout.write(JSON.stringify({rss:r.rss/1e6,heap:r.heapUsed/1e6}))})`;

/** Runs a probe in a fresh Node process and parses what it printed; throws with its stderr if it failed. */
export function runProbe<T>(script: string, flags: string[] = []): T {
  const r = spawnSync(process.execPath, [...flags, '-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as T;
}
