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
 * sequences (only scripts read them; they call `compileRules` themselves). It carries the
 * ruleset's sha256, the V8 version that wrote it and, when written from the sources, a hash of
 * the compiler's sources: any mismatch, a missing file or a file this V8 cannot read makes
 * `loadPrecompiled` return `undefined`, and the caller compiles at run time as before.
 */
export const PRECOMPILED_FILE = 'ruleset.v8';

const FORMAT = 1;

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

type Stored = Omit<CompiledRuleset, 'rules' | 'awareness' | 'sequences' | 'matching'>;
type StemTable = CompiledRuleset['automaton']['stem'] extends Map<infer K, infer V> ? [K, V] : never;

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
  const { rules: _r, awareness: _a, sequences: _s, matching: _m, ...stored } = compiled;
  const stems = new Map([...compiled.automaton.stem].map(([name, table]) => [name, v8.serialize(table)]));
  return v8.serialize({ header, stored: { ...stored, automaton: { ...stored.automaton, stem: new Map() } } satisfies Stored, stems });
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
      const { header, stored, stems } = v8.deserialize(readFileSync(file)) as { header: Header; stored: Stored; stems: Map<StemTable[0], Uint8Array> };
      if (header.format !== FORMAT || header.sha256 !== sha256) return undefined;
      // Read from the sources (tests, scripts): the compiler may have changed since the build.
      if (srcDir !== undefined && header.sources !== compilerSourcesHash(srcDir)) return undefined;
      const rules: CompiledRuleset['rules'] = [];
      const awareness: CompiledRuleset['awareness'] = [];
      for (const pack of packs) {
        for (const cue of pack.awareness) awareness.push({ cue, pack: pack.pack });
        for (const rule of pack.rules) rules.push({ rule, pack: pack.pack, category: rule.category });
      }
      if (rules.length !== stored.ruleWords.length) return undefined;
      const automaton = { ...stored.automaton, stem: new LazyStems(stems) };
      return { ...stored, automaton, rules, awareness, sequences: [], matching: new Map() };
    } catch {
      return undefined;
    }
  }
  return undefined;
}
