/**
 * A CPU-profile driver for assess(): scores ~400-character mixed-language ads (synthetic ones
 * joined from fixtures/, plus real texts from ../shared/corpora when present) in a loop, for a
 * profiler to sample. Run under `node --cpu-prof`, then summarise with bench/profile-summary.ts:
 *
 * Real texts are read from $CORPORA, or ../shared/corpora beside the repository.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/profile.ts [seconds] [length]
 *   npx tsx bench/profile-summary.ts /tmp/prof/<file>.cpuprofile
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAssessor } from '../src/index.js';
import { loadFixtures } from '../scripts/lib/fixtures.js';

const seconds = Number(process.argv[2] ?? 10);
const length = Number(process.argv[3] ?? 400);
let seed = 11;
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const fixtureTexts = loadFixtures().map((f) => f.text);
const ads: string[] = [];
for (let i = 0; i < 600; i++) {
  let text = '';
  while (text.length < length) text += `${fixtureTexts[Math.floor(rnd() * fixtureTexts.length)]} `;
  ads.push(text.slice(0, length));
}
const corpora = process.env.CORPORA ?? join(import.meta.dirname, '..', '..', 'shared', 'corpora');
if (existsSync(corpora)) {
  const real: string[] = [];
  for (const f of readdirSync(corpora).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(corpora, f), 'utf8').trim().split('\n')) {
      const t = (JSON.parse(line) as { text: string }).text;
      if (t.length >= length) real.push(t.slice(0, length));
    }
  }
  for (let i = 0; i < 600 && real.length; i++) ads.push(real[Math.floor(rnd() * real.length)] as string);
}
const assessor = createAssessor();
for (const ad of ads) assessor.assess(ad);
let n = 0;
const start = performance.now();
const cpu = process.cpuUsage().user;
while (performance.now() - start < seconds * 1000) {
  for (const ad of ads) assessor.assess(ad);
  n += ads.length;
}
const ms = performance.now() - start;
process.stdout.write(`${n} ads of ~${length} characters in ${(ms / 1000).toFixed(1)} s: ${((1000 * ms) / n).toFixed(1)} µs per ad (mean), ${((process.cpuUsage().user - cpu) / n).toFixed(1)} µs CPU\n`);
