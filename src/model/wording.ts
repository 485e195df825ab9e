import { CATEGORY_IDS, type CategoryId } from '../categories.js';
import type { Token } from '../tokenize/index.js';
import { LONG_WORD, STEM_LENGTH, wordingFeatures } from './features.js';
import { readDataText } from '../data.js';
import { WORDING_MODEL_URL } from './generated/wording.js';

/**
 * The wording model as stored (`src/model/generated/wording.json`, written by
 * `scripts/train-model.ts`): one logistic-regression head per category plus one for awareness
 * text, over the features of {@link wordingFeatures}, trained on the project's fixtures and its
 * blind development batches (never on the running round's final batch or `heldout/`).
 *
 * @example
 * ```ts
 * const data: WordingModelData = JSON.parse(readDataText(WORDING_MODEL_URL));
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
  /** Vocabulary index of each feature of the ad the model knows, in order of first occurrence. */
  index: Int32Array;
  /** First token of each of those features, and its number of tokens. */
  at: Int32Array;
  len: Int32Array;
}

/** What the model knows of one distinct word: its stem id and the features it gives alone. */
interface WordInfo {
  /** Id of the word's stem among the stems of the vocabulary, −1 when none. */
  stem: number;
  /** Vocabulary index of the stem (`w:`/`n:`) feature, and of the word-end (`s:`) one; −1 when unknown. */
  unigram: number;
  suffix: number;
}

/** Distinct words remembered per model before the memo starts again. */
const WORD_MEMO_LIMIT = 50_000;

/**
 * A loaded model: vocabulary and weights in flat arrays. Scoring reads the tokens directly:
 * each distinct word is looked up once (memoised), stem pairs by integer key, and features
 * are de-duplicated by a stamp per vocabulary entry — no strings built per ad. It gives exactly
 * the features of {@link wordingFeatures}, which training reads (a test compares the two).
 */
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
  private readonly stems = new Map<string, number>();
  private readonly stemUnigram: number[] = [];
  private readonly pairs = new Map<number, number>();
  private readonly words = new Map<string, WordInfo>();
  private readonly stamp: Uint32Array;
  private generation = 0;

  constructor(data: WordingModelData) {
    if (data.format !== 1 || data.stemLength !== STEM_LENGTH) {
      throw new Error(`wording model ${data.id}: format ${data.format} / stem length ${data.stemLength} is not what this engine reads (1 / ${STEM_LENGTH}): run npx tsx scripts/train-model.ts`);
    }
    this.id = data.id;
    this.heads = data.heads;
    this.trainedOn = data.trainedOn;
    this.vocab = new Map();
    for (let i = 0; i < data.features.length; i++) this.vocab.set(data.features[i] as string, i);
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
    this.stamp = new Uint32Array(data.features.length);
    data.features.forEach((key, i) => {
      if (key.startsWith('w:') || key.startsWith('n:')) this.stemUnigram[this.stemId(key.slice(2))] = i;
    });
    data.features.forEach((key, i) => {
      if (!key.startsWith('b:')) return;
      // Stems are letters, or "#" and a digit: the one "_" splits the pair.
      const cut = key.indexOf('_', 2);
      this.pairs.set(this.pairKey(this.stemId(key.slice(2, cut)), this.stemId(key.slice(cut + 1))), i);
    });
  }

  private stemId(stem: string): number {
    let id = this.stems.get(stem);
    if (id === undefined) {
      id = this.stems.size;
      this.stems.set(stem, id);
    }
    return id;
  }

  private pairKey(a: number, b: number): number {
    return a * 1_048_576 + b;
  }

  /** What the model knows of a word or number token (memoised per distinct text). */
  private wordInfo(t: Token): WordInfo {
    const key = t.kind === 'number' ? `#${Math.min(t.text.length, 4)}` : t.text;
    let info = this.words.get(key);
    if (info) return info;
    const stemText = t.kind === 'number' ? key : t.text.slice(0, STEM_LENGTH);
    const stem = this.stems.get(stemText) ?? -1;
    const suffix = t.kind === 'word' && t.text.length >= LONG_WORD ? (this.vocab.get(`s:${t.text.slice(-STEM_LENGTH)}`) ?? -1) : -1;
    info = { stem, unigram: stem >= 0 ? (this.stemUnigram[stem] ?? -1) : -1, suffix };
    if (this.words.size >= WORD_MEMO_LIMIT) this.words.clear();
    this.words.set(key, info);
    return info;
  }

  /** Probabilities of every head for an ad's tokens. */
  score(tokens: readonly Token[]): WordingScores {
    if (++this.generation === 0xffffffff) {
      this.stamp.fill(0);
      this.generation = 1;
    }
    const gen = this.generation;
    const index: number[] = [];
    const at: number[] = [];
    const len: number[] = [];
    const add = (v: number, i: number, n: number): void => {
      if (v < 0 || this.stamp[v] === gen) return;
      this.stamp[v] = gen;
      index.push(v);
      at.push(i);
      len.push(n);
    };
    // The walk of wordingFeatures, on ids: a pair needs both stems in one sentence.
    let prev = -1;
    let prevAt = -1;
    let prevSentence = -1;
    let hasPrev = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'emoji') {
        add(this.vocab.get(`e:${t.text}`) ?? -1, i, 1);
        hasPrev = false;
        continue;
      }
      if (t.kind === 'symbol') continue;
      if (t.kind === 'word' && t.text.length < 2) {
        hasPrev = false;
        continue;
      }
      const info = this.wordInfo(t);
      add(info.unigram, i, 1);
      add(info.suffix, i, 1);
      if (hasPrev && prevSentence === t.sentence && prev >= 0 && info.stem >= 0) {
        add(this.pairs.get(this.pairKey(prev, info.stem)) ?? -1, prevAt, i - prevAt + 1);
      }
      prev = info.stem;
      prevAt = i;
      prevSentence = t.sentence;
      hasPrev = true;
    }
    return this.scored(index, at, len);
  }

  /** The heads' probabilities for the ad's known features (vocabulary indexes, first occurrence first). */
  private scored(index: number[], at: number[], len: number[]): WordingScores {
    const h = this.heads.length;
    const sum = new Float64Array(h);
    for (const v of index) {
      const base = v * h;
      for (let k = 0; k < h; k++) sum[k] = (sum[k] as number) + (this.w[base + k] as number);
    }
    // Each feature counts 1/√n (n: the ad's features in the vocabulary), as in training: a long
    // text's many weak words average out, and padding the model never saw dilutes nothing.
    const x = 1 / Math.sqrt(Math.max(1, index.length));
    const p = new Float64Array(h);
    for (let k = 0; k < h; k++) p[k] = 1 / (1 + Math.exp(-((this.bias[k] as number) + (sum[k] as number) * x)));
    return { p, index: Int32Array.from(index), at: Int32Array.from(at), len: Int32Array.from(len) };
  }

  /**
   * The same probabilities through {@link wordingFeatures} and string lookups: the reference
   * {@link score} must equal (tests compare them on every fixture).
   */
  scoreReference(tokens: readonly Token[]): WordingScores {
    const features = wordingFeatures(tokens);
    const index: number[] = [];
    const at: number[] = [];
    const len: number[] = [];
    features.keys.forEach((key, i) => {
      const v = this.vocab.get(key);
      if (v === undefined) return;
      index.push(v);
      at.push(features.at[i] as number);
      len.push(features.len[i] as number);
    });
    return this.scored(index, at, len);
  }

  /**
   * The features of an ad that pushed a head up most, strongest first, as token spans
   * (`start` inclusive, `end` exclusive): the words a reviewer reads as the evidence.
   */
  evidence(s: WordingScores, head: number, max: number): { start: number; end: number }[] {
    const h = this.heads.length;
    const picks: { i: number; w: number }[] = [];
    for (let i = 0; i < s.index.length; i++) {
      const w = this.w[(s.index[i] as number) * h + head] as number;
      if (w > 0) picks.push({ i, w });
    }
    picks.sort((a, b) => b.w - a.w || a.i - b.i);
    return picks.slice(0, max).map(({ i }) => {
      const start = s.at[i] as number;
      return { start, end: start + (s.len[i] as number) };
    });
  }
}

/**
 * Bytes of base64 text: through Node's Buffer when there is one (native, some 50× faster than
 * the loop over `atob`'s characters, which is 40 ms of start-up), else that loop (browsers).
 */
function base64Bytes(text: string): Uint8Array {
  const buffer = (globalThis as { Buffer?: { from(text: string, encoding: 'base64'): Uint8Array } }).Buffer;
  if (buffer) return buffer.from(text, 'base64');
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

let loaded: WordingModel | undefined;

/**
 * The shipped wording model, read and parsed on first use.
 *
 * @example
 * ```ts
 * wordingModel().id; // "wording-2026-12-07"
 * ```
 */
export function wordingModel(): WordingModel {
  loaded ??= new WordingModel(JSON.parse(readDataText(WORDING_MODEL_URL)) as WordingModelData);
  return loaded;
}
