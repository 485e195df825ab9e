/**
 * Scores a batch of ads written in the fixture format and reports what the rules miss — for
 * rule authors checking a new (held-out) batch before it becomes fixtures.
 *
 *   npx tsx scripts/check-ads.ts FILE [--lang en] [--quiet]
 *
 * FILE uses the format of `fixtures/<lang>/{risk,benign}.txt` (see scripts/lib/fixtures.ts);
 * its name must contain `risk` or `benign`. The language defaults to the name of FILE's folder.
 * Reads the rules compiled into src/rules/generated/builtin.ts: run `npm run build:rules`
 * after editing rules/. Exit code 0; the numbers are the output.
 */
import { basename, dirname, resolve } from 'node:path';
import { createAssessor } from '../src/index.js';
import { parseFixtureFile } from './lib/fixtures.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npx tsx scripts/check-ads.ts FILE [--lang en] [--quiet]   (FILE name contains "risk" or "benign")');
  process.exit(2);
}
const name = basename(file);
const set = name.includes('benign') ? 'benign' : name.includes('risk') ? 'risk' : undefined;
if (!set) {
  console.error(`check-ads: cannot tell whether ${name} holds risk or benign ads: put "risk" or "benign" in its name`);
  process.exit(2);
}
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? (args[langAt + 1] ?? '') : basename(dirname(resolve(file)));
const quiet = args.includes('--quiet');

const assessor = createAssessor();
const ads = parseFixtureFile(file, lang, set);
let levelOk = 0;
let flagged = 0;
let catExpected = 0;
let catFound = 0;
for (const ad of ads) {
  const r = assessor.assess(ad.text);
  if (r.flagged) flagged++;
  const ok = ad.levels.includes(r.level);
  if (ok) levelOk++;
  const missing = ad.categories.filter((c) => !(r.categories[c].score > 0));
  catExpected += ad.categories.length;
  catFound += ad.categories.length - missing.length;
  if (quiet && ok && !missing.length) continue;
  const rules = r.signals.map((s) => s.ruleId.replace(/^[a-z]+\./, '')).join(', ') || '–';
  console.log(`${ok ? 'ok  ' : 'MISS'} ${ad.id} level ${r.level} (${r.score.toFixed(2)}), want ${ad.levels.join('/')}` +
    `${missing.length ? `; categories missing: ${missing.join(', ')}` : ''}\n     rules: ${rules}`);
}
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
console.log(`\n${name} (${lang}, ${set}): ${ads.length} ads; expected level ${levelOk}/${ads.length} (${pct(levelOk, ads.length)}); ` +
  `flagged medium+ ${flagged}/${ads.length} (${pct(flagged, ads.length)})` +
  (catExpected ? `; expected categories found ${catFound}/${catExpected} (${pct(catFound, catExpected)})` : ''));
