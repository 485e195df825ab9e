/**
 * Custom rule packs given with `--pack FILE` (repeatable), for `score`, `explain` and `serve`.
 * Every problem is a {@link UsageError} (exit code 2) that names the file, and for a rule the
 * rule and the field, so the pack's author can fix it before any record is scored.
 */
import { readFileSync } from 'node:fs';
import { createAssessor, listRules, loadPack, TraffickingSignalsError, type Assessment, type AssessOptions, type RuleInfo, type UserPack } from '../index.js';
import { UsageError } from './errors.js';

/** Packs read from files, checked together with the options they will be used with. */
export interface PackSet {
  packs: UserPack[];
  /** The ruleset stamp of every result: built-in rules plus `{ pack, sha256 }` per pack. */
  ruleset: Assessment['ruleset'];
  /** Every rule that scores: built-in ones (with the packs' weights), then the packs' own; rules switched off left out. */
  rules: RuleInfo[];
}

const HOW = 'a pack is YAML or JSON as in the README ("Custom rule packs")';

function readPackFile(file: string): UserPack {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`;
    throw new UsageError(`--pack ${file}: ${why}; ${HOW}.`);
  }
  try {
    return loadPack(text);
  } catch (err) {
    if (err instanceof TraffickingSignalsError) throw new UsageError(`--pack ${file}: ${err.message}`);
    throw err;
  }
}

/** The rules an assessor with these packs scores with. */
function rulesOf(packs: readonly UserPack[]): RuleInfo[] {
  const weights = new Map(packs.flatMap((p) => Object.entries(p.weights)));
  const off = new Set(packs.flatMap((p) => p.disable));
  const builtin = listRules().map((r) => (weights.has(r.id) ? { ...r, weight: weights.get(r.id) as number } : r));
  const own = packs.flatMap((p) =>
    p.rules.map(({ id, category, description, source, weight }) => ({ id, pack: p.pack, category, description, source, weight: weights.get(id) ?? weight }) as RuleInfo),
  );
  return [...builtin, ...own].filter((r) => !off.has(r.id));
}

/**
 * Reads `--pack` files and checks them with the options: each file alone (syntax, schema,
 * pattern audit), then together (one name per pack, known rule ids in `weights` and `disable`)
 * by compiling them once here, so worker threads never meet a pack that does not compile.
 * Returns undefined when no file is given.
 *
 * @example
 * ```ts
 * const set = readPacks(['acme.yml'], { language: 'auto' });
 * set?.ruleset.packs; // [{ pack: 'acme', sha256: '…' }]
 * ```
 */
export function readPacks(files: readonly string[], options: AssessOptions = {}): PackSet | undefined {
  if (!files.length) return undefined;
  const packs = files.map(readPackFile);
  const fileOf = new Map<string, string>();
  packs.forEach((p, i) => {
    const other = fileOf.get(p.pack);
    if (other !== undefined) throw new UsageError(`--pack ${other} and --pack ${files[i]} both define pack "${p.pack}": give each pack its own name.`);
    fileOf.set(p.pack, files[i] as string);
  });
  let ruleset: Assessment['ruleset'];
  try {
    ruleset = createAssessor({ ...options, packs }).assess('').ruleset;
  } catch (err) {
    if (!(err instanceof TraffickingSignalsError)) throw err;
    // Problems across packs name the pack; say which file it came from.
    const named = /pack "([a-z][a-z0-9_]*)"/.exec(err.message)?.[1];
    const file = named === undefined ? undefined : fileOf.get(named);
    const where = err.code === 'invalid_options' ? 'options' : file === undefined ? `--pack ${files.join(', ')}` : `--pack ${file}`;
    throw new UsageError(`${where}: ${err.message}`);
  }
  return { packs, ruleset, rules: rulesOf(packs) };
}
