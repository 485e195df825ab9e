import { CATEGORY_IDS, type CategoryId } from '../categories.js';
import type { Token } from '../tokenize/index.js';
import { STEM_LENGTH, wordingFeatures } from './features.js';
import { WORDING_MODEL_JSON } from './generated/wording.js';

/**
 * The wording model as stored (`src/model/generated/wording.ts`, written by
 * `scripts/train-model.ts`): one logistic-regression head per category plus one for awareness
 * text, over the features of {@link wordingFeatures}, trained on the project's fixtures and its
 * blind development batches (never on the running round's final batch or `heldout/`).
 *
 * @example
 * ```ts
 * const data: WordingModelData = JSON.parse(WORDING_MODEL_JSON);
 * data.heads; // ["deceptive_recruitment", …, "awareness"]
 * ```
 */
export interface WordingModelData {
  format: 1;
  /** Name and date of the model, e.g. "wording-2026-12-07". */
  id: string;
  stemLength: number;
  /** What it was trained on: set name and number of ads. */
  trainedOn: { set: string; ads: number }[];
  heads: string[];
  bias: number[];
  /** Per head: the weight of one int8 step. */
  scale: number[];
  /** Vocabulary. */
  features: string[];
  /** Base64 of an Int8Array: one row of every head's weight per feature (weight = value × scale). */
  weights: string;
}

/** The heads' probabilities for one ad and the features behind them. */
export interface WordingScores {
  /** Probability per head, in the order of `heads`. */
  p: Float64Array;
  /** Vocabulary index per feature of the ad (−1 when unknown). */
  index: Int32Array;
  features: ReturnType<typeof wordingFeatures>;
}

/** A loaded model: vocabulary and weights in flat arrays. */
export class WordingModel {
  readonly id: string;
  readonly heads: readonly string[];
  readonly trainedOn: readonly { set: string; ads: number }[];
  /** Head index of each category, and of awareness. */
  readonly categoryHead: ReadonlyMap<CategoryId, number>;
  readonly awarenessHead: number;
  private readonly vocab: Map<string, number>;
  private readonly w: Float32Array;
  private readonly bias: Float64Array;

  constructor(data: WordingModelData) {
    if (data.format !== 1 || data.stemLength !== STEM_LENGTH) {
      throw new Error(`wording model ${data.id}: format ${data.format} / stem length ${data.stemLength} is not what this engine reads (1 / ${STEM_LENGTH}): run npx tsx scripts/train-model.ts`);
    }
    this.id = data.id;
    this.heads = data.heads;
    this.trainedOn = data.trainedOn;
    this.vocab = new Map(data.features.map((f, i) => [f, i]));
    const h = data.heads.length;
    const bytes = base64Bytes(data.weights);
    if (bytes.length !== data.features.length * h) {
      throw new Error(`wording model ${data.id}: ${bytes.length} weights for ${data.features.length} features × ${h} heads: run npx tsx scripts/train-model.ts`);
    }
    this.w = new Float32Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) this.w[i] = ((bytes[i] as number) << 24 >> 24) * (data.scale[i % h] as number);
    this.bias = Float64Array.from(data.bias);
    this.categoryHead = new Map(CATEGORY_IDS.filter((c) => data.heads.includes(c)).map((c) => [c, data.heads.indexOf(c)]));
    this.awarenessHead = data.heads.indexOf('awareness');
  }

  /** Probabilities of every head for an ad's tokens. */
  score(tokens: readonly Token[]): WordingScores {
    const features = wordingFeatures(tokens);
    const h = this.heads.length;
    const z = Float64Array.from(this.bias);
    const index = new Int32Array(features.keys.length);
    const sum = new Float64Array(h);
    for (let i = 0; i < features.keys.length; i++) {
      const v = this.vocab.get(features.keys[i] as string);
      index[i] = v ?? -1;
      if (v === undefined) continue;
      const base = v * h;
      for (let k = 0; k < h; k++) sum[k] = (sum[k] as number) + (this.w[base + k] as number);
    }
    // Each feature counts 1/√n (n: the ad's features in the vocabulary), as in training: a long
    // text's many weak words average out, and padding the model never saw dilutes nothing.
    let known = 0;
    for (let i = 0; i < index.length; i++) if ((index[i] as number) >= 0) known++;
    const x = 1 / Math.sqrt(Math.max(1, known));
    for (let k = 0; k < h; k++) z[k] = 1 / (1 + Math.exp(-((z[k] as number) + (sum[k] as number) * x)));
    return { p: z, index, features };
  }

  /**
   * The features of an ad that pushed a head up most, strongest first, as token spans
   * (`start` inclusive, `end` exclusive): the words a reviewer reads as the evidence.
   */
  evidence(s: WordingScores, head: number, max: number): { start: number; end: number }[] {
    const h = this.heads.length;
    const picks: { i: number; w: number }[] = [];
    for (let i = 0; i < s.index.length; i++) {
      const v = s.index[i] as number;
      if (v < 0) continue;
      const w = this.w[v * h + head] as number;
      if (w > 0) picks.push({ i, w });
    }
    picks.sort((a, b) => b.w - a.w || a.i - b.i);
    return picks.slice(0, max).map(({ i }) => {
      const start = s.features.at[i] as number;
      return { start, end: start + (s.features.len[i] as number) };
    });
  }
}

/** Bytes of base64 text, without Node's Buffer (the library also runs in browsers and workers). */
function base64Bytes(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

let loaded: WordingModel | undefined;

/**
 * The shipped wording model, parsed on first use.
 *
 * @example
 * ```ts
 * wordingModel().id; // "wording-2026-12-07"
 * ```
 */
export function wordingModel(): WordingModel {
  loaded ??= new WordingModel(JSON.parse(WORDING_MODEL_JSON) as WordingModelData);
  return loaded;
}
