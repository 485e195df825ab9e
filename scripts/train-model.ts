/**
 * Trains the wording model (src/model/generated/wording.json, read by wording.ts beside it): one logistic-regression head per
 * category and one for awareness text, over the features of src/model/features.ts, read from
 * the engine's own tokens. Deterministic: the same data gives the same file.
 *
 * Training data: `fixtures/` and every blind batch under `blind/` except the running round's
 * final batch (scripts/lib/untouched.ts) — never `heldout/`.
 *
 * - category head c: risk ads labelled c are positives; benign ads are negatives (weight 1);
 *   risk ads not labelled c are negatives of weight 0.3 (labels name the clearest 1–3
 *   categories, so an unlabelled one may still be present);
 * - awareness head: benign texts of kind news or awareness are positives; risk ads are
 *   negatives; other benign texts are negatives of weight 0.3.
 *
 *   npx tsx scripts/train-model.ts                    write the model
 *   npx tsx scripts/train-model.ts --hold-out SET     train without blind/SET, write nothing,
 *                                                     print what the model adds on SET
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS } from '../src/categories.js';
import { STEM_LENGTH, wordingFeatures } from '../src/model/features.js';
import type { WordingModelData } from '../src/model/wording.js';
import { normalizeText } from '../src/normalize/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { type Fixture, loadFixtures } from './lib/fixtures.js';
import { isUntouchable } from './lib/untouched.js';

const root = join(import.meta.dirname, '..');
const out = join(root, 'src', 'model', 'generated', 'wording.ts');
const args = process.argv.slice(2);
const holdAt = args.indexOf('--hold-out');
const holdOut = holdAt >= 0 ? (args[holdAt + 1] as string) : undefined;

const EPOCHS = 30;
const RATE = 1;
const L2 = 1e-4;
const OTHER_RISK_WEIGHT = 0.3;
const MIN_DOCS = 2;
const AWARE_KINDS = new Set(['news', 'awareness']);
/** A word stem in more than this share of one language's training ads is too common to be evidence. */
const MAX_LANGUAGE_SHARE = 0.12;

/**
 * Function words are no evidence a reviewer can read ("our", "this", "all"): natural's stop
 * word lists (en fr es it pt; it has none for German, whose function words the frequency cut
 * catches). Only words of up to five letters are dropped: a feature keeps a word's first five
 * letters, so a longer stop word's key would also stand for content words ("contre", "contrat").
 */
const require = createRequire(import.meta.url);
const STOP_KEYS = new Set(
  ['stopwords', 'stopwords_fr', 'stopwords_es', 'stopwords_it', 'stopwords_pt'].flatMap((file) =>
    (require(`natural/lib/natural/util/${file}.js`) as { words: string[] }).words
      .map((w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
      .filter((w) => w.length <= STEM_LENGTH)
      .map((w) => `w:${w}`),
  ),
);

/** The training sets, by name. */
export function trainingSets(exclude?: string): { set: string; ads: Fixture[] }[] {
  const sets = [{ set: 'fixtures', ads: loadFixtures() }];
  const blind = join(root, 'blind');
  if (existsSync(blind)) {
    for (const d of readdirSync(blind).sort()) {
      const dir = join(blind, d);
      if (!statSync(dir).isDirectory() || isUntouchable(dir) || d === exclude) continue;
      sets.push({ set: `blind/${d}`, ads: loadFixtures(dir) });
    }
  }
  return sets;
}

const featuresOf = (text: string): string[] => wordingFeatures(tokenize(normalizeText(text), text)).keys;

interface Doc {
  f: number[];
  /**
   * Value of each feature: 1/√(the ad's features in the vocabulary), so a long text's many weak
   * words average out, and padding the model never saw (emoji floods, base64) dilutes nothing.
   */
  x: number;
  y: number;
  w: number;
}

/** Logistic regression by SGD with L2, a seeded shuffle, dense weights over the vocabulary. */
function train(docs: Doc[], vocab: number): { w: Float64Array; b: number } {
  const w = new Float64Array(vocab);
  let b = 0;
  const order = docs.map((_, i) => i);
  let seed = 1;
  const rnd = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let e = 0; e < EPOCHS; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const i of order) {
      const d = docs[i] as Doc;
      let z = b;
      for (const f of d.f) z += (w[f] as number) * d.x;
      const g = (1 / (1 + Math.exp(-z)) - d.y) * d.w * RATE;
      b -= g;
      for (const f of d.f) w[f] = (w[f] as number) - g * d.x - RATE * L2 * (w[f] as number);
    }
  }
  return { w, b };
}

const round = (n: number): number => Math.round(n * 1e3) / 1e3;
/** Weights smaller than this are dropped: they change no decision and would double the file. */
const MIN_WEIGHT = 0.05;

/**
 * Trains the model on the given sets; the same sets give the same model, id included (a hash
 * of everything else).
 */
export function buildModel(sets: { set: string; ads: Fixture[] }[]): WordingModelData {
  const ads = sets.flatMap((s) => s.ads);
  const feats = ads.map((a) => featuresOf(a.text));
  const df = new Map<string, number>();
  for (const f of feats) for (const k of f) df.set(k, (df.get(k) ?? 0) + 1);
  // Word stems too common in one language to be evidence.
  const common = new Set<string>(STOP_KEYS);
  for (const lang of new Set(ads.map((a) => a.lang))) {
    const mine = feats.filter((_, i) => ads[i]?.lang === lang);
    const ldf = new Map<string, number>();
    for (const f of mine) for (const k of f) if (k.startsWith('w:')) ldf.set(k, (ldf.get(k) ?? 0) + 1);
    for (const [k, n] of ldf) if (n > MAX_LANGUAGE_SHARE * mine.length) common.add(k);
  }
  const features = [...df.entries()].filter(([k, n]) => n >= MIN_DOCS && !common.has(k)).map(([k]) => k).sort();
  const index = new Map(features.map((k, i) => [k, i]));
  const ids = feats.map((f) => f.flatMap((k) => (index.has(k) ? [index.get(k) as number] : [])));
  const heads = [...CATEGORY_IDS, 'awareness'];
  const bias: number[] = [];
  const weights: number[][] = [];
  for (const head of heads) {
    const docs: Doc[] = [];
    ads.forEach((a, i) => {
      const f = ids[i] as number[];
      const x = 1 / Math.sqrt(Math.max(1, f.length));
      if (head === 'awareness') {
        if (a.set === 'risk') docs.push({ f, x, y: 0, w: 1 });
        else docs.push({ f, x, y: AWARE_KINDS.has(a.kind) ? 1 : 0, w: AWARE_KINDS.has(a.kind) ? 1 : OTHER_RISK_WEIGHT });
      } else if (a.set === 'benign') docs.push({ f, x, y: 0, w: 1 });
      else if (a.categories.includes(head as (typeof CATEGORY_IDS)[number])) docs.push({ f, x, y: 1, w: 1 });
      else docs.push({ f, x, y: 0, w: OTHER_RISK_WEIGHT });
    });
    const m = train(docs, features.length);
    bias.push(round(m.b));
    const pairs: number[] = [];
    m.w.forEach((v, i) => {
      const r = round(v);
      if (Math.abs(r) >= MIN_WEIGHT) pairs.push(i, r);
    });
    weights.push(pairs);
  }
  // Every feature of the vocabulary stays (each counts in an ad's 1/√n), its weights one int8 row of every head.
  const scale = weights.map((pairs) => {
    let max = 0;
    for (let k = 1; k < pairs.length; k += 2) max = Math.max(max, Math.abs(pairs[k] as number));
    return max / 127 || 1;
  });
  const rows = new Int8Array(features.length * heads.length);
  weights.forEach((pairs, head) => {
    for (let k = 0; k < pairs.length; k += 2) {
      rows[(pairs[k] as number) * heads.length + head] = Math.round((pairs[k + 1] as number) / (scale[head] as number));
    }
  });
  const data: WordingModelData = {
    format: 1,
    id: '',
    stemLength: STEM_LENGTH,
    trainedOn: sets.map((s) => ({ set: s.set, ads: s.ads.length })),
    heads,
    bias,
    scale: scale.map((x) => Number(x.toPrecision(6))),
    features,
    weights: Buffer.from(rows.buffer).toString('base64'),
  };
  data.id = `wording-${createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 12)}`;
  return data;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sets = trainingSets(holdOut);
  const t0 = performance.now();
  const data = buildModel(sets);
  const ms = Math.round(performance.now() - t0);
  {
    const json = JSON.stringify(data);
    if (holdOut) process.stderr.write(`trained WITHOUT blind/${holdOut}: an experiment — retrain without --hold-out before committing\n`);
    // The JSON is a data file beside the module (read at run time, far cheaper than compiling it as source).
    writeFileSync(out.replace(/\.ts$/, '.json'), json);
    writeFileSync(
      out,
      `// Generated by scripts/train-model.ts — do not edit. ${data.features.length} features, ${data.heads.length} heads,\n// trained on ${data.trainedOn.map((s) => `${s.set} (${s.ads})`).join(', ')}.\n\n/** Where the model is: ./wording.json beside this module (dist/wording.json in the built package). */\nexport const WORDING_MODEL_URL: URL = new URL('./wording.json', import.meta.url);\n`,
    );
    process.stdout.write(`wrote ${out}: ${data.features.length} features, ${json.length} bytes, in ${ms} ms\n`);
  }
}
