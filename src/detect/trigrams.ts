import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/**
 * franc's trigram distance (`francAll(value, { only, minLength })`), restricted to the Latin
 * languages the library ships, computed the same way but without franc's per-call objects: the
 * six language models are merged once into one table (trigram → rank per language), and an ad's
 * trigrams are counted in one `Map` and looked up once each. The scores are franc's exactly
 * (same cleaning, same distance, same stable order, same normalisation); test/language.test.ts
 * compares the two on every fixture and on random text.
 */

/** franc's constants. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

/** franc's cleaning (trigram-utils `clean`): ASCII punctuation, symbols and digits become spaces. */
const PUNCTUATION = /[\u0021-\u0040]+/g;
const WHITE = /\s+/g;

/**
 * A trigram of three UTF-16 units below 1024 (Latin letters with their accents, spaces) packed
 * into one small integer; -1 for any other trigram, which goes by its string instead.
 */
function pack(a: number, b: number, c: number): number {
  return a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : -1;
}

/**
 * An open-addressing hash table of packed trigrams (int keys ≥ 0) to int values, reused from ad
 * to ad: no allocation per trigram.
 */
class IntTable {
  readonly keys: Int32Array;
  readonly values: Int32Array;
  /** Slots in use, in insertion order. */
  readonly used: Int32Array;
  size = 0;
  private readonly shift: number;
  constructor(bits: number) {
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Int32Array(1 << bits);
    this.used = new Int32Array(1 << (bits - 1));
    this.shift = 32 - bits;
  }
  /** The slot of `key`: its own, or the empty one where it would go. */
  slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const k = this.keys[i] as number;
      if (k === key || k === -1) return i;
      i = (i + 1) & mask;
    }
  }
  /** Adds one to the count of `key` (a new key starts at 1). */
  increment(key: number): void {
    const i = this.slot(key);
    if (this.keys[i] === -1) {
      this.keys[i] = key;
      this.values[i] = 1;
      this.used[this.size++] = i;
    } else this.values[i] = (this.values[i] as number) + 1;
  }
  clear(): void {
    for (let u = 0; u < this.size; u++) this.keys[this.used[u] as number] = -1;
    this.size = 0;
  }
}

/** The Latin-script models of `only`, in franc's order (the order of its data). */
interface Models {
  languages: string[];
  /** Packed trigram → offset into `ranks`; trigrams that do not pack go by `byString`. */
  index: IntTable;
  byString: Map<string, number>;
  /** One rank per language (-1: not in that model). */
  ranks: Int32Array;
}

const modelsFor = new Map<string, Models>();

function models(only: readonly string[]): Models {
  const key = only.join(',');
  let m = modelsFor.get(key);
  if (m) return m;
  const latin = data.Latin as Record<string, string>;
  const languages = Object.keys(latin).filter((l) => only.includes(l));
  const lists: string[][] = languages.map((l) => (latin[l] as string).split('|'));
  const offsets = new Map<string, number>();
  for (const list of lists) for (const t of list) if (!offsets.has(t)) offsets.set(t, offsets.size * languages.length);
  const ranks = new Int32Array(offsets.size * languages.length).fill(-1);
  lists.forEach((list, li) => {
    // franc keeps the first rank of a trigram listed twice (it writes them last to first).
    for (let w = list.length - 1; w >= 0; w--) ranks[(offsets.get(list[w] as string) as number) + li] = w;
  });
  let bits = 4;
  while (1 << bits < 4 * offsets.size) bits++;
  const index = new IntTable(bits);
  const byString = new Map<string, number>();
  for (const [t, at] of offsets) {
    const packed = t.length === 3 ? pack(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2)) : -1;
    if (packed < 0) byString.set(t, at);
    else {
      const i = index.slot(packed);
      index.keys[i] = packed;
      index.values[i] = at;
    }
  }
  m = { languages, index, byString, ranks };
  modelsFor.set(key, m);
  return m;
}

/** Per BMP code unit: 0 not yet known, 1 Latin (franc's expression), 2 not. */
const latinUnit = new Uint8Array(0x10000);
const LATIN_ONE = new RegExp(`^(?:${(expressions.Latin as RegExp).source})$`);

/** How many characters of `value` franc counts as Latin, or -1 when it has surrogates (ask the expression). */
function latinCount(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return -1;
    let kind = latinUnit[c] as number;
    if (kind === 0) latinUnit[c] = kind = LATIN_ONE.test(value[i] as string) ? 1 : 2;
    if (kind === 1) n++;
  }
  return n;
}

/** Whether franc's most frequent script of `value` is Latin (the first script with the top count wins). */
function latinOnTop(value: string): boolean {
  let latin = latinCount(value);
  if (latin < 0) latin = value.match(expressions.Latin as RegExp)?.length ?? 0;
  if (latin === 0) return false;
  // Franc's scripts are disjoint: none can reach the Latin count when fewer characters are left.
  if (2 * latin > value.length) return true;
  for (const [script, re] of Object.entries(expressions)) {
    if (script === 'Latin') continue;
    const count = value.match(re)?.length ?? 0;
    // cmn comes before Latin in franc's list, so it wins a tie.
    if (script === 'cmn' ? count >= latin : count > latin) return false;
  }
  return true;
}

/** Adds one trigram's distance to each language's: franc's |count − rank − 1|, or 300 when the model lacks it. */
function addDistance(distance: number[], ranks: Int32Array, at: number, count: number): void {
  for (let l = 0; l < distance.length; l++) {
    const rank = at < 0 ? -1 : (ranks[at + l] as number);
    distance[l] = (distance[l] as number) + (rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1));
  }
}

/** Counts of the ad's trigrams, reused from ad to ad. */
const counts = new IntTable(13);
const stringCounts = new Map<string, number>();

/**
 * `francAll(value, { only, minLength })` for languages of the Latin script: the languages of
 * `only` with franc's normalised scores (best = 1), best first, or `[['und', 1]]`.
 *
 * @example
 * ```ts
 * francLatin('Nous recherchons des serveurs pour la saison', ['eng', 'fra'], 10)[0]?.[0]; // "fra"
 * ```
 */
export function francLatin(input: string, only: readonly string[], minLength: number): [string, number][] {
  if (!input || input.length < minLength) return [['und', 1]];
  const value = input.slice(0, MAX_LENGTH);
  // A text of another script (or none) is `und` for Latin languages, as franc says.
  if (!latinOnTop(value)) return [['und', 1]];
  const { languages, index, byString, ranks } = models(only);
  const cleaned = ` ${value.replace(PUNCTUATION, ' ').replace(WHITE, ' ').trim().toLowerCase()} `;
  counts.clear();
  stringCounts.clear();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const packed = pack(cleaned.charCodeAt(i), cleaned.charCodeAt(i + 1), cleaned.charCodeAt(i + 2));
    if (packed >= 0) counts.increment(packed);
    else {
      const t = cleaned.slice(i, i + 3);
      stringCounts.set(t, (stringCounts.get(t) ?? 0) + 1);
    }
  }
  const L = languages.length;
  const distance = new Array<number>(L).fill(0);
  for (let u = 0; u < counts.size; u++) {
    const slot = counts.used[u] as number;
    const i = index.slot(counts.keys[slot] as number);
    addDistance(distance, ranks, index.keys[i] === -1 ? -1 : (index.values[i] as number), counts.values[slot] as number);
  }
  for (const [t, count] of stringCounts) addDistance(distance, ranks, byString.get(t) ?? -1, count);
  const out: [string, number][] = languages.map((l, i) => [l, distance[i] as number]);
  if (!out.length) return [['und', 1]];
  out.sort((a, b) => a[1] - b[1]);
  const min = (out[0] as [string, number])[1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of out) d[1] = 1 - (d[1] - min) / max || 0;
  return out;
}
