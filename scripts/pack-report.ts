/**
 * One language pack at a glance, for whoever edits it: its rule and lexicon examples, its
 * fixtures, a blind set's flagging for that language, and the real corpora in that language.
 * Run `npm run build:rules` first: it reads the generated rule module.
 *
 *   npx tsx scripts/pack-report.ts fr                         summary
 *   npx tsx scripts/pack-report.ts fr --misses                also every blind ad scored wrongly, with its signals
 *   npx tsx scripts/pack-report.ts fr --set blind/2026-12-07-dev   which blind set (default: the dev batch)
 *   npx tsx scripts/pack-report.ts fr --rules-only            without the wording model (`model: false`): what
 *                                                             the rules alone see, on sets the model was trained on
 *
 * Never use it on a set that is meant to stay untouched (heldout/, the final batch).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PACKS, createAssessor } from '../src/index.js';
import type { PackId } from '../src/rules/schema.js';
import { corporaDir as findCorpora } from './lib/corpora.js';
import { loadFixtures } from './lib/fixtures.js';
import { checkLexiconExamples } from './lib/lexicon-examples.js';
import { isUntouchable } from './lib/untouched.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const lang = args[0] as PackId | undefined;
if (!lang || !BUILTIN_PACKS.some((p) => p.pack === lang)) {
  process.stderr.write(`usage: npx tsx scripts/pack-report.ts <${BUILTIN_PACKS.map((p) => p.pack).join('|')}> [--misses] [--set DIR] [--rules-only]\n`);
  process.exit(2);
}
const setAt = args.indexOf('--set');
const setDir = join(root, setAt >= 0 ? (args[setAt + 1] as string) : 'blind/2026-12-07-dev');
if (isUntouchable(setDir)) {
  process.stderr.write('pack-report: that set must stay untouched; read it only through `npm run eval`\n');
  process.exit(2);
}
const model = !args.includes('--rules-only');
const assessor = createAssessor({ model });
const language = lang === 'xx' ? 'auto' : lang;
const forced = createAssessor({ language, model });
const pack = BUILTIN_PACKS.find((p) => p.pack === lang) ?? BUILTIN_PACKS[0];
const universal = BUILTIN_PACKS.find((p) => p.pack === 'xx');
const line = (s = ''): boolean => process.stdout.write(`${s}\n`);

// Examples of rules, cues and lexicons.
const exampleFailures: string[] = [];
for (const rule of pack?.rules ?? []) {
  for (const text of rule.examples.match) {
    if (!forced.assess(text).signals.some((s) => s.ruleId === rule.id)) {
      exampleFailures.push(`${rule.id} should match: ${text}`);
    }
  }
  for (const text of rule.examples.noMatch) {
    if (forced.assess(text).signals.some((s) => s.ruleId === rule.id)) exampleFailures.push(`${rule.id} should not match: ${text}`);
  }
}
if (pack) for (const f of checkLexiconExamples(pack, universal)) exampleFailures.push(`@${f.lexicon} ${f.expected === 'match' ? 'should match' : 'should not match'}: ${f.text}`);
line(`# ${lang}: ${pack?.rules.length ?? 0} rules, ${pack?.lexicons.length ?? 0} lexicons, ${pack?.awareness.length ?? 0} awareness cues`);
line(`examples failing: ${exampleFailures.length}`);
for (const f of exampleFailures.slice(0, 30)) line(`  - ${f}`);

// Fixtures of this language.
const fixtures = loadFixtures().filter((f) => f.lang === lang);
const wrong = fixtures.filter((f) => !f.levels.includes(assessor.assess(f.text).level) || f.categories.some((c) => !(assessor.assess(f.text).categories[c].score > 0)));
line(`fixtures: ${fixtures.length}, wrong level or missing category: ${wrong.length}`);
for (const f of wrong.slice(0, 20)) {
  const r = assessor.assess(f.text);
  line(`  - ${f.id} want ${f.levels.join('/')} got ${r.level} ${r.score}; missing ${f.categories.filter((c) => !(r.categories[c].score > 0)).join(',') || '-'}; ${r.signals.map((s) => s.ruleId).join(' ')}`);
}

// The blind set, this language.
const blind = existsSync(setDir) ? loadFixtures(setDir).filter((f) => f.lang === lang) : [];
if (blind.length) {
  const risk = blind.filter((f) => f.set === 'risk');
  const benign = blind.filter((f) => f.set === 'benign');
  let tp = 0;
  let fp = 0;
  let cats = 0;
  let catsFound = 0;
  let high = 0;
  let highReached = 0;
  const misses: string[] = [];
  for (const f of blind) {
    const r = assessor.assess(f.text);
    if (f.set === 'risk' && r.flagged) tp++;
    if (f.set === 'benign' && r.flagged) fp++;
    const missing = f.categories.filter((c) => !(r.categories[c].score > 0));
    cats += f.categories.length;
    catsFound += f.categories.length - missing.length;
    if (f.levels.length === 1 && f.levels[0] === 'high') {
      high++;
      if (r.level === 'high') highReached++;
    }
    if (!f.levels.includes(r.level) || missing.length) {
      misses.push(
        [
          `### ${f.id} want ${f.levels.join('/')} got ${r.level} ${r.score}${missing.length ? ` | missing ${missing.join(',')}` : ''}`,
          f.text,
          ...r.signals.map((s) => `   + ${s.ruleId} ${s.weight} ${JSON.stringify(s.evidence.map((e) => e.text))}`),
          ...(r.context.reported.length ? [`   ~ reported: ${r.context.reported.map((x) => x.ruleId).join(' ')}`] : []),
          ...(r.context.cues.length ? [`   ~ awareness ${r.context.awareness}: ${r.context.cues.map((c) => c.id).join(' ')}`] : []),
          '',
        ].join('\n'),
      );
    }
  }
  const pct = (a: number, b: number): string => `${((100 * a) / (b || 1)).toFixed(1)}%`;
  line(`blind ${setDir.slice(root.length + 1)}: risk flagged ${tp}/${risk.length} (${pct(tp, risk.length)}), benign flagged ${fp}/${benign.length} (${pct(fp, benign.length)}), expected categories ${pct(catsFound, cats)}, high-labelled reaching high ${highReached}/${high}`);
  if (args.includes('--misses')) for (const m of misses) line(m);
}

// Real corpora in this language (benign texts flagged, and the rules that fire most on them).
const corporaDir = findCorpora() ?? '/nonexistent';
if (existsSync(corporaDir) && lang !== 'xx') {
  const fires = new Map<string, number>();
  let n = 0;
  let flagged = 0;
  for (const file of ['emscad-legit.jsonl', 'francetravail-jobs.jsonl', 'okcupid-profiles.jsonl', 'sms-ham.jsonl', 'kenya-sms.jsonl']) {
    const path = join(corporaDir, file);
    if (!existsSync(path)) continue;
    for (const l of readFileSync(path, 'utf8').split('\n')) {
      if (!l) continue;
      const row = JSON.parse(l) as { lang?: string; label: string; text: string };
      if (row.label !== 'benign') continue;
      const r = assessor.assess(row.text);
      if (r.language.code !== lang) continue;
      n++;
      if (r.flagged) flagged++;
      for (const s of r.signals) if (s.ruleId.startsWith(`${lang}.`)) fires.set(s.ruleId, (fires.get(s.ruleId) ?? 0) + 1);
    }
  }
  const top = [...fires.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
  line(`real benign texts detected as ${lang}: ${n}, flagged ${flagged}; rules firing most: ${top.map(([id, c]) => `${id} ${c}`).join(', ') || '-'}`);
}
