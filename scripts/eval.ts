/**
 * Accuracy report. `npm run eval` prints, per language and per category, precision / recall /
 * F1 of flagging and of category detection on the project's fixtures, the confusion of
 * expected vs predicted level, and — when ../shared/corpora/ exists — for each real corpus the
 * share of benign texts flagged and the ROC AUC of `score` between its labelled classes; and,
 * when heldout/ exists, the same flagging table for the held-out test set written blind.
 *
 *   npm run eval                     print the tables (Markdown)
 *   npm run eval -- --update-readme  also rewrite the README's Accuracy tables
 *   npm run eval -- --json FILE      also write every number as JSON
 *   npm run eval -- --score-final    also score the running round's final blind batch (FINAL_BATCH
 *                                    in scripts/lib/untouched.ts): once, at the end of the round;
 *                                    without it that batch is named but left unread
 *   TS_CORPORA_DIR=/path npm run eval   read the real corpora from elsewhere
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS, type CategoryId } from '../src/categories.js';
import { BUILTIN_PACKS, createAssessor } from '../src/index.js';
import type { Assessment } from '../src/schema.js';
import { LEVELS } from '../src/score/index.js';
import { auc } from './lib/auc.js';
import { corporaDir as findCorpora } from './lib/corpora.js';
import { type Fixture, loadFixtures } from './lib/fixtures.js';
import { FINAL_BATCH, NEXT_BATCH } from './lib/untouched.js';

const root = join(import.meta.dirname, '..');
const corporaDir = findCorpora() ?? join(root, '..', 'shared', 'corpora');
const assessor = createAssessor();
const args = process.argv.slice(2);

const pct = (n: number): string => (Number.isFinite(n) ? `${(n * 100).toFixed(1)}%` : '–');
const f3 = (n: number): string => (Number.isFinite(n) ? n.toFixed(3) : '–');
const prf = (tp: number, fp: number, fn: number) => {
  const p = tp / (tp + fp);
  const r = tp / (tp + fn);
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r) };
};
const table = (head: string[], rows: (string | number)[][]): string =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

// ---- fixtures -----------------------------------------------------------------------------
const fixtures = loadFixtures();
const results = new Map<Fixture, Assessment>(fixtures.map((f) => [f, assessor.assess(f.text)]));
const langs = [...new Set(fixtures.map((f) => f.lang))].sort();
const benignFires = new Map<string, number>();
const out: string[] = [];
// Blind sets are reported first: they are the fair measure; fixtures were written by the rule authors.
const blindOut: string[] = [];
const json: Record<string, unknown> = { date: new Date().toISOString().slice(0, 10), ruleset: assessor.assess('').ruleset };

/** Flagging per language and in all: counts, precision / recall / F1, level as labelled. */
function flagging(set: Fixture[], scored: Map<Fixture, Assessment>): { rows: (string | number)[][]; json: Record<string, unknown> } {
  const rows: (string | number)[][] = [];
  const byLang: Record<string, unknown> = {};
  const langsOf = [...new Set(set.map((f) => f.lang))].sort();
  for (const lang of [...langsOf, 'all']) {
    const sub = set.filter((f) => lang === 'all' || f.lang === lang);
    const risk = sub.filter((f) => f.set === 'risk');
    const benign = sub.filter((f) => f.set === 'benign');
    const tp = risk.filter((f) => scored.get(f)?.flagged).length;
    const fp = benign.filter((f) => scored.get(f)?.flagged).length;
    const inRange = sub.filter((f) => f.levels.includes(scored.get(f)?.level ?? 'none')).length;
    const m = prf(tp, fp, risk.length - tp);
    rows.push([lang, risk.length, benign.length, pct(tp / risk.length), pct(fp / benign.length), f3(m.precision), f3(m.recall), f3(m.f1), pct(inRange / sub.length)]);
    byLang[lang] = { risk: risk.length, benign: benign.length, riskFlagged: tp, benignFlagged: fp, ...m, levelInRange: inRange / sub.length };
  }
  return { rows, json: byLang };
}
const FLAG_HEAD = ['lang', 'risk ads', 'benign ads', 'risk flagged', 'benign flagged', 'precision', 'recall', 'F1', 'level as labelled'];
const flags = flagging(fixtures, results);
json.flagging = flags.json;
out.push('### Flagging on the project fixtures (flagged = level medium or high)\n');
out.push(table(FLAG_HEAD, flags.rows));

const confusion: (string | number)[][] = [];
for (const set of ['risk', 'benign'] as const) {
  const row: (string | number)[] = [set === 'risk' ? 'risk (expected medium+)' : 'benign (expected low-)'];
  for (const level of LEVELS) row.push(fixtures.filter((f) => f.set === set && results.get(f)?.level === level).length);
  confusion.push(row);
}
out.push('\n### Expected vs predicted level (all languages)\n');
out.push(table(['fixtures', ...LEVELS], confusion));
json.confusion = confusion;

// Category detection on risk fixtures: labels list the categories that must be detected, so
// a predicted category that is not labelled counts against precision even when it is right.
const catRows: (string | number)[][] = [];
const catJson: Record<string, unknown> = {};
/** Detection of one category on risk fixtures: labelled ads and precision / recall / F1. */
function categoryDetection(id: CategoryId, set: Fixture[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const f of set) {
    if (f.set !== 'risk') continue;
    const predicted = (results.get(f)?.categories[id].score ?? 0) > 0;
    const expected = f.categories.includes(id);
    if (predicted && expected) tp++;
    else if (predicted) fp++;
    else if (expected) fn++;
  }
  return { labelled: tp + fn, ...prf(tp, fp, fn) };
}
for (const id of CATEGORY_IDS) {
  const m = categoryDetection(id, fixtures);
  catRows.push([id, m.labelled, f3(m.precision), f3(m.recall), f3(m.f1)]);
  catJson[id] = m;
}
json.categories = catJson;
out.push('\n### Category detection on risk fixtures (all languages)\n');
out.push(table(['category', 'labelled ads', 'precision', 'recall', 'F1'], catRows));

// The same per language: F1 of each category (labelled ads in brackets; – when none is labelled).
const perLang: (string | number)[][] = [];
const perLangJson: Record<string, Record<string, unknown>> = {};
for (const id of CATEGORY_IDS) {
  const row: (string | number)[] = [id];
  for (const lang of langs) {
    const m = categoryDetection(id, fixtures.filter((x) => x.lang === lang));
    row.push(m.labelled ? `${f3(m.f1)} (${m.labelled})` : '–');
    (perLangJson[lang] ??= {})[id] = m;
  }
  perLang.push(row);
}
json.categoriesPerLanguage = perLangJson;
out.push('\n### Category detection F1 per language (risk fixtures; labelled ads in brackets)\n');
out.push(table(['category', ...langs], perLang));

for (const f of fixtures.filter((x) => x.set === 'benign')) {
  for (const s of results.get(f)?.signals ?? []) benignFires.set(s.ruleId, (benignFires.get(s.ruleId) ?? 0) + 1);
}
const riskFires = new Map<string, number>();
for (const f of fixtures.filter((x) => x.set === 'risk')) {
  for (const s of results.get(f)?.signals ?? []) riskFires.set(s.ruleId, (riskFires.get(s.ruleId) ?? 0) + 1);
}

// Rule packs: size, coverage, and rules that never fire on a risk fixture (dead on our data).
const packRows: (string | number)[][] = [];
for (const pack of BUILTIN_PACKS) {
  const cats = new Set(pack.rules.map((r) => r.category));
  const dead = pack.rules.filter((r) => !riskFires.has(r.id) && !r.detector).length;
  packRows.push([
    `\`${pack.pack}\` ${pack.name}`,
    pack.rules.length,
    `${cats.size}/${CATEGORY_IDS.length}`,
    pack.awareness.length,
    pack.negation.cues.length,
    fixtures.filter((f) => f.lang === pack.pack).length,
    dead,
  ]);
}
json.packs = packRows;
out.push('\n### Rule packs\n');
out.push(table(['pack', 'rules', 'categories covered', 'awareness cues', 'negation cues', 'fixtures', 'rules silent on every risk fixture'], packRows));

// ---- blind sets ----------------------------------------------------------------------------
// heldout/ and blind/<set>/: ads written blind (the writer had not seen the rules), committed
// before the change they measure; the fair measure of recall. Each set is its own table. Not
// part of `npm test`: misses here are expected.
const blindSets: { name: string; dir: string }[] = [];
/** The running round's final batch when it is left unread (no --score-final). */
let pendingFinal: string | undefined;
/** The next round's final batch, committed early and left unread. */
let pendingNext: string | undefined;
if (existsSync(join(root, 'heldout'))) blindSets.push({ name: 'heldout', dir: join(root, 'heldout') });
const blindRoot = join(root, 'blind');
if (existsSync(blindRoot)) {
  for (const name of readdirSync(blindRoot).sort()) {
    const dir = join(blindRoot, name);
    if (statSync(dir).isDirectory() && readdirSync(dir).some((d) => /^[a-z]{2}$/.test(d))) {
      if (name === FINAL_BATCH && !args.includes('--score-final')) {
        pendingFinal = `blind/${name}`;
        continue;
      }
      if (name === NEXT_BATCH) {
        pendingNext = `blind/${name}`;
        continue;
      }
      blindSets.push({ name: `blind/${name}`, dir: join(blindRoot, name) });
    }
  }
}
const blindJson: Record<string, unknown> = {};
for (const set of blindSets) {
  const ads = loadFixtures(set.dir);
  if (!ads.length) continue;
  const scored = new Map<Fixture, Assessment>(ads.map((f) => [f, assessor.assess(f.text)]));
  const held = flagging(ads, scored);
  // Expected categories detected, per language and in all.
  const found: Record<string, [number, number]> = {};
  for (const f of ads.filter((x) => x.set === 'risk')) {
    for (const key of [f.lang, 'all']) {
      const cell = (found[key] ??= [0, 0]);
      cell[0] += f.categories.filter((c) => (scored.get(f)?.categories[c].score ?? 0) > 0).length;
      cell[1] += f.categories.length;
    }
  }
  const high = ads.filter((f) => f.set === 'risk' && f.levels.length === 1 && f.levels[0] === 'high');
  const highReached = high.filter((f) => scored.get(f)?.level === 'high').length;
  blindJson[set.name] = {
    ...held.json,
    categoriesFound: Object.fromEntries(Object.entries(found).map(([k, [a, b]]) => [k, a / b])),
    labelledHigh: high.length,
    labelledHighReached: highReached,
  };
  const rows = held.rows.map((r) => {
    const cell = found[r[0] as string];
    return [...r, cell ? `${pct(cell[0] / cell[1])} (${cell[0]}/${cell[1]})` : '–'];
  });
  blindOut.push(`${blindOut.length ? '\n' : ''}### Blind set \`${set.name}/\` (written blind; see blind/README.md)\n`);
  blindOut.push(table([...FLAG_HEAD, 'expected categories detected'], rows));
  if (high.length) blindOut.push(`\nRisk ads labelled \`high\` (stated ages under 18 in an availability context) that reach \`high\`: ${highReached} of ${high.length}.`);
}
json.blind = blindJson;
if (pendingFinal) {
  blindOut.push(
    `${blindOut.length ? '\n' : ''}### Blind set \`${pendingFinal}/\` — not scored yet\n\nThe running round's final batch, committed before the round's changes: it is scored once, at the end of the round, by \`npm run eval -- --score-final --update-readme\`, and left unread until then.`,
  );
}
if (pendingNext) {
  blindOut.push(
    `${blindOut.length ? '\n' : ''}### Blind set \`${pendingNext}/\` — not scored yet\n\nThe next round's final batch, written and committed before this round ends, so before any change it will measure; left unread until that round is scored.`,
  );
}

// ---- real corpora -------------------------------------------------------------------------
interface Row {
  id: string;
  label: string;
  text: string;
}
if (existsSync(corporaDir)) {
  const rows: (string | number)[][] = [];
  const corpJson: Record<string, unknown> = {};
  const scores: Record<string, { label: string; score: number }[]> = {};
  for (const file of readdirSync(corporaDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const items = readFileSync(join(corporaDir, file), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Row);
    const scored = items.map((it) => {
      const r = assessor.assess(it.text);
      if (it.label === 'benign') for (const s of r.signals) benignFires.set(s.ruleId, (benignFires.get(s.ruleId) ?? 0) + 1);
      return { label: it.label, score: r.score, flagged: r.flagged };
    });
    scores[file] = scored;
    const benign = scored.filter((s) => s.label === 'benign');
    const other = scored.filter((s) => s.label !== 'benign');
    const a = auc(other.map((s) => s.score), benign.map((s) => s.score));
    rows.push([file, items.length, benign.length ? pct(benign.filter((s) => s.flagged).length / benign.length) : '–', other.length ? pct(other.filter((s) => s.flagged).length / other.length) : '–', f3(a)]);
    corpJson[file] = { n: items.length, benignFlagged: benign.filter((s) => s.flagged).length / (benign.length || 1), otherFlagged: other.filter((s) => s.flagged).length / (other.length || 1), auc: a };
  }
  const fraud = scores['emscad-fraud.jsonl'] ?? [];
  const legit = scores['emscad-legit.jsonl'] ?? [];
  const emscadAuc = auc(fraud.map((s) => s.score), legit.map((s) => s.score));
  json.corpora = { ...corpJson, emscadAuc };
  out.push('\n### Real corpora (`../shared/corpora/`, text written by others; none is a trafficking data set)\n');
  out.push(table(['corpus', 'texts', 'benign flagged', 'fraud/scam flagged', 'AUC within file'], rows));
  out.push(`\nEMSCAD fraudulent vs legitimate job ads, ROC AUC of \`score\`: **${f3(emscadAuc)}** (${fraud.length} vs ${legit.length} ads).`);
} else {
  out.push(`\n(Real corpora skipped: ${corporaDir} not found.)`);
}

const noisy = [...benignFires.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
json.benignFires = Object.fromEntries(noisy);
out.push('\n### Rules firing most on benign text (fixtures and real benign corpora)\n');
out.push(table(['rule', 'benign texts'], noisy.map(([id, n]) => [id, n])));

const report = [...blindOut, '', ...out].join('\n');
process.stdout.write(`${report}\n`);

const jsonAt = args.indexOf('--json');
if (jsonAt >= 0 && args[jsonAt + 1]) writeFileSync(args[jsonAt + 1] as string, `${JSON.stringify(json, null, 2)}\n`);
if (args.includes('--update-readme')) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- eval:start -->';
  const end = '<!-- eval:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) {
    process.stderr.write(`eval: README.md has no ${start} … ${end} block to update\n`);
    process.exit(2);
  }
  const block = `${start}\nMeasured on ${json.date as string} with ruleset ${(json.ruleset as { version: string; sha256: string }).version} (sha256 ${(json.ruleset as { sha256: string }).sha256.slice(0, 12)}…) by \`npm run eval\`.\n\n${report}\n${end}`;
  writeFileSync(readmePath, readme.slice(0, a) + block + readme.slice(b + end.length));
  process.stderr.write('eval: README.md Accuracy tables updated\n');
}
