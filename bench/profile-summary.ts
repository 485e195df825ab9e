/**
 * Summarises a `.cpuprofile` written while bench/profile.ts ran: self time per function and
 * per stage (a frame outside the stage modules — a builtin, a dependency without a stage of its
 * own — counts for the stage of the nearest caller that has one).
 *
 *   npx tsx bench/profile-summary.ts <file.cpuprofile> [top]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** The stage of a frame's script, or undefined to inherit the caller's. */
function stageOf(url: string, name: string): string | undefined {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(idle)' || name === '(program)') return name;
  if (/\/src\/rules\/(automaton|match|stem)\.ts/.test(url) || /node_modules\/natural\//.test(url)) return 'matching';
  if (/\/src\/rules\/evaluate\.ts/.test(url)) return 'rule logic';
  if (/\/src\/entities\//.test(url) || /libphonenumber/.test(url)) return 'entities';
  if (/\/src\/(prepare|normalize)\//.test(url)) return 'normalisation/folding';
  if (/\/src\/tokenize\//.test(url)) return 'tokenising';
  if (/\/src\/detect\//.test(url) || /node_modules\/(franc|trigram-utils|n-gram|collapse-white-space)/.test(url)) return 'language';
  if (/\/src\/(assess|score\/|schema|errors)/.test(url)) return 'result building';
  if (/\/bench\//.test(url)) return 'driver';
  return undefined;
}

const file = process.argv[2];
if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
const top = Number(process.argv[3] ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const stage = new Map<number, string>();
const visit = (id: number, inherited: string): void => {
  const node = byId.get(id) as Node;
  const s = stageOf(node.callFrame.url, node.callFrame.functionName) ?? inherited;
  stage.set(id, s);
  for (const c of node.children ?? []) visit(c, s);
};
visit(profile.nodes[0]?.id as number, 'other');
const self = new Map<number, number>();
let total = 0;
for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  const id = profile.samples[i] as number;
  self.set(id, (self.get(id) ?? 0) + dt);
}
const byStage = new Map<string, number>();
const byFn = new Map<string, number>();
for (const [id, t] of self) {
  const node = byId.get(id) as Node;
  const s = stage.get(id) as string;
  if (s === '(idle)') continue;
  total += t;
  byStage.set(s, (byStage.get(s) ?? 0) + t);
  const where = node.callFrame.url ? `${node.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${node.callFrame.lineNumber + 1}` : '';
  const key = `${node.callFrame.functionName || '(anonymous)'} ${where} [${s}]`;
  byFn.set(key, (byFn.get(key) ?? 0) + t);
}
const pct = (t: number): string => `${((100 * t) / total).toFixed(1)}%`.padStart(6);
process.stdout.write(`total ${(total / 1e6).toFixed(2)} s sampled (idle excluded)\n\nper stage:\n`);
for (const [s, t] of [...byStage].sort((a, b) => b[1] - a[1])) process.stdout.write(`${pct(t)}  ${(t / 1e3).toFixed(0).padStart(7)} ms  ${s}\n`);
process.stdout.write(`\nself time, top ${top} functions:\n`);
for (const [k, t] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, top)) process.stdout.write(`${pct(t)}  ${k}\n`);
