import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { CompiledRuleset } from './compile.js';
import type { Pack } from './schema.js';

/**
 * The built-in packs compiled once at build time (`scripts/build-compiled.ts`), so that an
 * assessor starts in milliseconds instead of expanding a thousand rules' lexicons and building
 * their automaton on every start.
 *
 * The file is V8's structured-clone serialisation of the compiled ruleset without its rules and
 * cues (those are the packs' own objects, re-attached on load) and without the expanded
 * sequences (only scripts read them; they call `compileRules` themselves). The trie is typed
 * arrays (copied, not parsed); the two large word tables are stored flat: the automaton's literal
 * words (23,000 words → classes, as one string of words and two Int32Arrays; built into a Map at
 * load) and each rule's literal words (one string per rule, a Set built on first use). Deserialising them as
 * object graphs (a Map of arrays, a Set per rule) was most of the load time. It carries the
 * ruleset's sha256, the V8 version that wrote it and, when written from the sources, a hash of
 * the compiler's sources: any mismatch, a missing file or a file this V8 cannot read makes
 * `loadPrecompiled` return `undefined`, and the caller compiles at run time as before.
 */
export const PRECOMPILED_FILE = 'ruleset.v8';

const FORMAT = 2;

/**
 * The folders (under `src/`) whose code decides what `compileRules` builds: the rule compiler
 * and everything it reads patterns through (folding, normalisation steps, tokeniser). Every
 * `.ts` file in them counts, so a new or edited step cannot leave a stale file in use.
 */
export const COMPILER_SOURCES = ['rules', 'normalize', 'prepare', 'tokenize'];

interface Header {
  format: number;
  sha256: string;
  v8: string;
  sources: string;
}

type Automaton = CompiledRuleset['automaton'];
type Stored = Omit<CompiledRuleset, 'rules' | 'awareness' | 'sequences' | 'matching' | 'ruleWords' | 'automaton'> & {
  automaton: Omit<Automaton, 'lit' | 'stem'>;
};
type StemTable = Automaton['stem'] extends Map<infer K, infer V> ? [K, V] : never;

/** What the file holds after its header. */
interface Payload {
  header: Header;
  stored: Stored;
  /** The automaton's `lit`: words joined by NUL; word i's classes are `classes[start[i] … start[i + 1])`. */
  lit: { words: string; start: Int32Array; classes: Int32Array };
  /** Per rule, its literal words joined by NUL. */
  ruleWords: string[];
  stems: Map<StemTable[0], Uint8Array>;
}

/** Separates the words of the flat tables; no token contains it (checked when writing). */
const SEP = '\u0000';

/**
 * The automaton's literal words as the matcher reads them, built from the flat table (building
 * the Map from a string and typed arrays is several times cheaper than deserialising it as a
 * Map of arrays; the matcher needs it on an ad's first word, so it is built at load).
 */
function litMap(flat: Payload['lit']): Map<string, number[]> {
  const { start, classes } = flat;
  const words = flat.words.split(SEP);
  const map = new Map<string, number[]>();
  for (let i = 0; i < words.length; i++) {
    const out: number[] = [];
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) out.push(classes[k] as number);
    map.set(words[i] as string, out);
  }
  return map;
}

/**
 * A rule's literal words, built from one string on first read (the rule logic reads only the
 * words of a non-negatable rule that matched, so most rules' sets are never built).
 */
class LazyWords extends Set<string> {
  private flat: string | undefined;
  constructor(flat: string) {
    super();
    this.flat = flat;
  }
  private fill(): void {
    const flat = this.flat;
    if (flat === undefined) return;
    this.flat = undefined;
    if (flat !== '') for (const w of flat.split(SEP)) super.add(w);
  }
  override has(word: string): boolean {
    this.fill();
    return super.has(word);
  }
  override get size(): number {
    this.fill();
    return super.size;
  }
  override forEach(fn: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(fn, thisArg);
  }
  override entries(): SetIterator<[string, string]> {
    this.fill();
    return super.entries();
  }
  override keys(): SetIterator<string> {
    this.fill();
    return super.keys();
  }
  override values(): SetIterator<string> {
    this.fill();
    return super.values();
  }
  override [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}

/** Joins words with {@link SEP}, failing the build if one contains it. */
function joinWords(words: Iterable<string>): string {
  const list = [...words];
  if (list.some((w) => w.includes(SEP))) throw new Error('precompiled: a literal word contains NUL');
  return list.join(SEP);
}

/**
 * The stem tables are the largest part and each ad needs only its language's: each is stored
 * serialised on its own and read on the first `get` (the only way the matcher reads them;
 * iterating this map sees only the tables read so far).
 */
class LazyStems extends Map<StemTable[0], StemTable[1]> {
  constructor(private readonly blobs: Map<StemTable[0], Uint8Array>) {
    super();
  }
  override get(key: StemTable[0]): StemTable[1] | undefined {
    let table = super.get(key);
    if (table === undefined) {
      const blob = this.blobs.get(key);
      if (blob === undefined) return undefined;
      table = v8.deserialize(blob) as StemTable[1];
      super.set(key, table);
    }
    return table;
  }
}

/** `.ts` files under `dir`, sorted, relative to `base`; the generated packs are data, not code. */
function sourceFiles(base: string, dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(base, dir), { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
    const rel = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (rel !== join('rules', 'generated')) out.push(...sourceFiles(base, rel));
    } else if (entry.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/** A hash of the compiler's sources under `srcDir`, or '' when they are not there (a built package). */
export function compilerSourcesHash(srcDir: string): string {
  if (!COMPILER_SOURCES.every((dir) => existsSync(join(srcDir, dir)))) return '';
  const hash = createHash('sha256');
  for (const rel of COMPILER_SOURCES.flatMap((dir) => sourceFiles(srcDir, dir))) {
    hash.update(rel).update('\0').update(readFileSync(join(srcDir, rel))).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Serialises a compiled ruleset for {@link loadPrecompiled}.
 *
 * @example
 * ```ts
 * const bytes = encodeCompiled(compileRules(BUILTIN_PACKS), RULESET.sha256, compilerSourcesHash('src'));
 * ```
 */
export function encodeCompiled(compiled: CompiledRuleset, sha256: string, sources: string): Buffer {
  const header: Header = { format: FORMAT, sha256, v8: process.versions.v8, sources };
  const { rules: _r, awareness: _a, sequences: _s, matching: _m, ruleWords, automaton, ...rest } = compiled;
  const { lit, stem, ...trie } = automaton;
  const start = new Int32Array(lit.size + 1);
  const classes: number[] = [];
  let i = 0;
  for (const list of lit.values()) {
    start[i++] = classes.length;
    classes.push(...list);
  }
  start[i] = classes.length;
  const stems = new Map([...stem].map(([name, table]) => [name, v8.serialize(table)]));
  const payload: Payload = {
    header,
    stored: { ...rest, automaton: trie },
    lit: { words: joinWords(lit.keys()), start, classes: Int32Array.from(classes) },
    ruleWords: ruleWords.map((words) => joinWords(words)),
    stems,
  };
  return v8.serialize(payload);
}

/** Where the file may be: beside the bundle (dist/) or in src/rules/generated/ (sources). */
function candidates(): { file: string; srcDir?: string }[] {
  let here: string;
  try {
    here = dirname(fileURLToPath(import.meta.url));
  } catch {
    return [];
  }
  return [
    { file: join(here, PRECOMPILED_FILE) },
    { file: join(here, 'generated', PRECOMPILED_FILE), srcDir: join(here, '..') },
  ];
}

/**
 * The precompiled built-in ruleset for `packs`, or `undefined` when there is none that fits
 * (then compile with `compileRules`). `packs` must be the built-in packs, in their order, with
 * no rule disabled: the rules and cues are re-attached from them by position.
 */
export function loadPrecompiled(packs: readonly Pack[], sha256: string): CompiledRuleset | undefined {
  for (const { file, srcDir } of candidates()) {
    if (!existsSync(file)) continue;
    try {
      const { header, stored, lit, ruleWords, stems } = v8.deserialize(readFileSync(file)) as Payload;
      if (header.format !== FORMAT || header.sha256 !== sha256) return undefined;
      // Read from the sources (tests, scripts): the compiler may have changed since the build.
      if (srcDir !== undefined && header.sources !== compilerSourcesHash(srcDir)) return undefined;
      const rules: CompiledRuleset['rules'] = [];
      const awareness: CompiledRuleset['awareness'] = [];
      for (const pack of packs) {
        for (const cue of pack.awareness) awareness.push({ cue, pack: pack.pack });
        for (const rule of pack.rules) rules.push({ rule, pack: pack.pack, category: rule.category });
      }
      if (rules.length !== ruleWords.length) return undefined;
      const automaton: Automaton = { ...stored.automaton, lit: litMap(lit), stem: new LazyStems(stems) };
      return { ...stored, automaton, rules, awareness, ruleWords: ruleWords.map((words) => new LazyWords(words)), sequences: [], matching: new Map() };
    } catch {
      return undefined;
    }
  }
  return undefined;
}
