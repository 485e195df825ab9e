/**
 * Calibrates how categories combine, on blind ads rather than fixtures: for each category gain
 * G and `medium`/`high` thresholds of a small grid, re-combines every assessment's category
 * scores (`1 − Π (1 − G × score)`, awareness damping, rule floors) and reports risk ads flagged
 * and benign texts flagged on a blind set, on the fixtures and on the real benign corpora.
 *
 *   npx tsx scripts/calibrate.ts [--set blind/2026-12-07-dev]
 *
 * The rules are not re-run per setting: category scores do not depend on the combination.
 * Never point it at a set that must stay untouched (heldout/, the final batch).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS } from '../src/categories.js';
import { BUILTIN_PACKS, createAssessor } from '../src/index.js';
import type { Assessment } from '../src/schema.js';
import { AWARENESS_DAMPING, AWARENESS_MIN } from '../src/score/index.js';
import { corporaDir } from './lib/corpora.js';
import { type Fixture, loadFixtures } from './lib/fixtures.js';
import { isUntouchable } from './lib/untouched.js';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const setAt = args.indexOf('--set');
const setDir = join(root, setAt >= 0 ? (args[setAt + 1] as string) : 'blind/2026-12-07-dev');
if (isUntouchable(setDir)) {
  process.stderr.write('calibrate: that set must stay untouched\n');
  process.exit(2);
}
const assessor = createAssessor();
const floors = new Map(BUILTIN_PACKS.flatMap((p) => p.rules.filter((r) => r.floor).map((r) => [r.id, r.floor as string])));

interface Scored {
  risk: boolean;
  lang: string;
  a: Assessment;
}
const score = (f: Fixture): Scored => ({ risk: f.set === 'risk', lang: f.lang, a: assessor.assess(f.text) });
const blind = loadFixtures(setDir).map(score);
const fixtures = loadFixtures().map(score);
const corpora: Scored[] = [];
const corporaAt = corporaDir() ?? '/nonexistent';
for (const file of ['emscad-legit.jsonl', 'francetravail-jobs.jsonl', 'okcupid-profiles.jsonl', 'sms-ham.jsonl', 'kenya-sms.jsonl']) {
  const path = join(corporaAt, file);
  if (!existsSync(path)) continue;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line) continue;
    const row = JSON.parse(line) as { label: string; text: string };
    if (row.label === 'benign') corpora.push({ risk: false, lang: file, a: assessor.assess(row.text) });
  }
}

function flagged(s: Scored, gain: number, medium: number, high: number): { flag: boolean; high: boolean } {
  let keep = 1;
  for (const id of CATEGORY_IDS) keep *= 1 - gain * s.a.categories[id].score;
  const combined = 1 - keep;
  const aw = s.a.context.awareness;
  let total = aw >= AWARENESS_MIN ? combined * (1 - AWARENESS_DAMPING * aw) : combined;
  const damped = total < combined;
  if (!damped && s.a.signals.some((x) => floors.get(x.ruleId) === 'high')) total = Math.max(total, high);
  return { flag: total >= medium, high: total >= high };
}

const pct = (a: number, b: number): string => `${((100 * a) / (b || 1)).toFixed(1)}%`;
const rows: string[] = ['| gain | medium | high | blind risk flagged | blind benign flagged | worst language (risk / benign) | blind risk high | fixtures risk / benign | corpora benign |', '|---|---|---|---|---|---|---|---|---|'];
for (const gain of [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7]) {
  for (const [medium, high] of [[0.4, 0.55], [0.4, 0.6], [0.4, 0.7], [0.35, 0.55], [0.45, 0.6]] as const) {
    const f = (s: Scored) => flagged(s, gain, medium, high);
    const br = blind.filter((s) => s.risk);
    const bb = blind.filter((s) => !s.risk);
    const langs = [...new Set(blind.map((s) => s.lang))];
    const worst = langs
      .map((l) => ({
        l,
        r: br.filter((s) => s.lang === l && f(s).flag).length / (br.filter((s) => s.lang === l).length || 1),
        b: bb.filter((s) => s.lang === l && f(s).flag).length / (bb.filter((s) => s.lang === l).length || 1),
      }))
      .sort((a, b) => a.r - b.r)[0];
    rows.push(
      `| ${gain} | ${medium} | ${high} | ${pct(br.filter((s) => f(s).flag).length, br.length)} | ${pct(bb.filter((s) => f(s).flag).length, bb.length)} | ${worst ? `${worst.l} ${pct(worst.r, 1)} / ${pct(worst.b, 1)}` : '–'} | ${pct(br.filter((s) => f(s).high).length, br.length)} | ${pct(fixtures.filter((s) => s.risk && f(s).flag).length, fixtures.filter((s) => s.risk).length)} / ${pct(fixtures.filter((s) => !s.risk && f(s).flag).length, fixtures.filter((s) => !s.risk).length)} | ${pct(corpora.filter((s) => f(s).flag).length, corpora.length)} |`,
    );
  }
}
process.stdout.write(`${rows.join('\n')}\n`);
