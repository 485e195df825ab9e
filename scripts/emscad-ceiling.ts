/**
 * How far can text rules go on EMSCAD? Compares the library's score with models FITTED to the
 * corpus (5-fold cross-validation, fixed seed), to show what separates its fraudulent and
 * legitimate job ads:
 *
 *   1. the library's `score` (no fitting);
 *   2. logistic regression on the library's 15 category scores (fitted weights);
 *   3. logistic regression on 14 generic job-scam features from consumer-protection advice
 *      (work from home, pay per week, "no experience", urgency, contact by e-mail…) plus length;
 *   4. naive Bayes on the words of the ads (bag of words) — and the words it leans on most.
 *
 * Models 2–4 are measurements only: nothing here is shipped or feeds a rule (the corpus may
 * not be copied into the project, and rules must not be tuned to it).
 *
 *   npx tsx scripts/emscad-ceiling.ts        (skips when ../shared/corpora/ is absent)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS } from '../src/categories.js';
import { createAssessor } from '../src/index.js';
import { auc } from './lib/auc.js';
import { corporaDir } from './lib/corpora.js';

const dir = corporaDir() ?? join(import.meta.dirname, '..', '..', 'shared', 'corpora');
const files = ['emscad-fraud.jsonl', 'emscad-legit.jsonl'].map((f) => join(dir, f));
if (!files.every(existsSync)) {
  console.log(`emscad-ceiling: ${dir} has no EMSCAD files; nothing to measure.`);
  process.exit(0);
}
const read = (path: string): string[] =>
  readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
const [fraud, legit] = files.map(read) as [string[], string[]];
const texts = [...fraud, ...legit];
const y = texts.map((_, i) => (i < fraud.length ? 1 : 0));

// Deterministic folds (mulberry32 shuffle, seed 1).
let seed = 1;
const rand = (): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const order = texts.map((_, i) => i);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [order[i], order[j]] = [order[j] as number, order[i] as number];
}
const FOLDS = 5;
const foldOf = new Array<number>(texts.length);
order.forEach((idx, k) => (foldOf[idx] = k % FOLDS));

/** Cross-validated scores: `fit` sees the training indices, returns a scorer for one index. */
function crossValidate(fit: (train: number[]) => (i: number) => number): number {
  const scores = new Array<number>(texts.length).fill(0);
  for (let f = 0; f < FOLDS; f++) {
    const train = order.filter((i) => foldOf[i] !== f);
    const score = fit(train);
    for (const i of order) if (foldOf[i] === f) scores[i] = score(i);
  }
  return auc(scores.filter((_, i) => y[i] === 1), scores.filter((_, i) => y[i] === 0));
}

/** L2-regularised logistic regression by batch gradient descent. */
function logistic(X: number[][]): (train: number[]) => (i: number) => number {
  return (train) => {
    const d = (X[0] as number[]).length;
    const w = new Array<number>(d).fill(0);
    for (let it = 0; it < 2000; it++) {
      const grad = new Array<number>(d).fill(0);
      for (const i of train) {
        const x = X[i] as number[];
        const p = 1 / (1 + Math.exp(-x.reduce((s, v, k) => s + v * (w[k] as number), 0)));
        for (let k = 0; k < d; k++) grad[k] = (grad[k] as number) + (p - (y[i] as number)) * (x[k] as number);
      }
      for (let k = 0; k < d; k++) w[k] = (w[k] as number) - 0.5 * ((grad[k] as number) / train.length + 0.001 * (w[k] as number));
    }
    return (i) => (X[i] as number[]).reduce((s, v, k) => s + v * (w[k] as number), 0);
  };
}

const assessor = createAssessor();
const results = texts.map((t) => assessor.assess(t));
const libraryAuc = auc(results.filter((_, i) => y[i] === 1).map((r) => r.score), results.filter((_, i) => y[i] === 0).map((r) => r.score));
const categoryAuc = crossValidate(logistic(results.map((r) => [...CATEGORY_IDS.map((c) => r.categories[c].score), 1])));

const GENERIC: RegExp[] = [
  /work(ing)? from home|home[- ]based|telecommut|\bremote(ly)?\b/i,
  /[$£€]\s?\d/,
  /\b(per|a|\/)\s?(week|hour|hr|day)\b|\bweekly\b/i,
  /entry[- ]level|no experience|training (is )?provided|will train|paid training/i,
  /data entry|typing|clerical|administrative assistant|admin assistant|receptionist|customer service/i,
  /\bimmediate(ly)?\b|\burgent(ly)?\b|\basap\b|start (right away|now|today)/i,
  /(send|email|e-mail|forward) (your |a )?(resume|cv)/i,
  /\b(we are|is a (leading|global|premier)|founded in|our (company|mission|team))\b/i,
  /\bearn\b|\bincome\b|extra money|\bcash\b/i,
  /flexible (hours|schedule)|own hours|part[- ]time/i,
  /\bbank account\b|direct deposit|\bssn\b|social security/i,
  /\b(legit|legitimate|genuine|not a scam)\b/i,
  /\b(whatsapp|telegram|skype|hangouts|yahoo)\b/i,
  /@(gmail|yahoo|hotmail|outlook)\./i,
];
const genericAuc = crossValidate(
  logistic(texts.map((t) => [...GENERIC.map((re) => (re.test(t) ? 1 : 0)), Math.min(t.length, 8000) / 8000, 1])),
);

const words = texts.map((t) => new Set(t.toLowerCase().match(/[a-z]{3,}/g) ?? []));
let lastModel = new Map<string, number>();
const bagAuc = crossValidate((train) => {
  const count = [new Map<string, number>(), new Map<string, number>()];
  const n = [0, 0];
  for (const i of train) {
    const c = y[i] as number;
    n[c] = (n[c] as number) + 1;
    for (const w of words[i] as Set<string>) count[c]?.set(w, (count[c]?.get(w) ?? 0) + 1);
  }
  const weight = new Map<string, number>();
  for (const w of new Set([...(count[0]?.keys() ?? []), ...(count[1]?.keys() ?? [])])) {
    const p1 = ((count[1]?.get(w) ?? 0) + 1) / ((n[1] as number) + 2);
    const p0 = ((count[0]?.get(w) ?? 0) + 1) / ((n[0] as number) + 2);
    weight.set(w, Math.log(p1 / p0));
  }
  lastModel = weight;
  return (i) => [...(words[i] as Set<string>)].reduce((s, w) => s + (weight.get(w) ?? 0), 0);
});
const frequent = new Map<string, number>();
for (const ws of words) for (const w of ws) frequent.set(w, (frequent.get(w) ?? 0) + 1);
const leaning = [...lastModel].filter(([w]) => (frequent.get(w) ?? 0) >= 15).sort((a, b) => b[1] - a[1]).slice(0, 20).map(([w]) => w);

const f3 = (n: number): string => n.toFixed(3);
console.log(`EMSCAD: ${fraud.length} fraudulent vs ${legit.length} legitimate job ads; ROC AUC, 5-fold cross-validation for fitted models\n`);
console.log('| model | fitted to EMSCAD | AUC |\n|---|---|---|');
console.log(`| library \`score\` | no | ${f3(libraryAuc)} |`);
console.log(`| logistic regression on the 15 category scores | yes | ${f3(categoryAuc)} |`);
console.log(`| logistic regression on ${GENERIC.length} generic job-scam features + length | yes | ${f3(genericAuc)} |`);
console.log(`| naive Bayes on the ads' words | yes | ${f3(bagAuc)} |`);
console.log(`\nWords the bag-of-words model leans on most (last fold): ${leaning.join(', ')}`);
