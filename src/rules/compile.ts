import type { CategoryId } from '../categories.js';
import { TraffickingSignalsError } from '../errors.js';
import { lexiconResolver } from './lexicon.js';
import { type Atom, expandPattern, type LexiconResolver } from './pattern.js';
import type { AwarenessCue, Pack, PackId, Rule } from './schema.js';
import type { StemmerName } from './stem.js';

/** What a compiled sequence belongs to. */
export type Role = 'rule' | 'near' | 'unless' | 'exclusion' | 'negation' | 'awareness' | 'awareness_exclusion';

/** Owner of a compiled sequence: a rule's pattern, one of its near-constraints, … */
export interface MatcherRef {
  role: Role;
  /** Index into `rules`, `awareness` or (for negation) `packs`. */
  owner: number;
  /** For `near` / `unless`: which constraint of the rule; for `negation`: the cue's own window, or -1 (the pack's). */
  sub: number;
  pack: PackId;
  stemmer: StemmerName;
}

/** A rule ready for evaluation. */
export interface CompiledRule {
  rule: Rule;
  pack: PackId;
  category: CategoryId;
}

/** One compiled sequence in the index, keyed by its first atom. */
export interface IndexEntry {
  atoms: Atom[];
  ref: number;
  /** Literal words after the first atom: an ad lacking any of them cannot match (cheap pretest). */
  needs: string[];
}

/** Everything the matcher needs, built once per assessor. */
export interface CompiledRuleset {
  rules: CompiledRule[];
  awareness: { cue: AwarenessCue; pack: PackId }[];
  packs: { pack: PackId; stemmer: StemmerName; negationWindow: number }[];
  refs: MatcherRef[];
  /** First-atom index: `l:<word>`, `s:<stemmer>:<stem>`, `p:<prefix>`, `n:` (numbers). */
  index: Map<string, IndexEntry[]>;
  prefixLengths: number[];
  /** Rule index → literal words of its own patterns (a negation word it spells out is not a negation). */
  ruleWords: Set<string>[];
  /** Per set of active packs: token → candidate sequences (filled by the matcher, bounded). */
  candidates: Map<string, Map<string, IndexEntry[]>>;
}

function needsOf(atoms: Atom[]): string[] {
  const needs: string[] = [];
  for (let i = 1; i < atoms.length; i++) {
    const a = atoms[i] as Atom;
    if (a.t === 'lit') needs.push(a.value);
  }
  return needs;
}

/**
 * Compiles validated packs into one first-atom index, so that matching is a single pass over
 * the tokens in which each token only tries the sequences that can start with it.
 *
 * @example
 * ```ts
 * import { BUILTIN_PACKS, compileRules } from 'trafficking-signals';
 * const compiled = compileRules(BUILTIN_PACKS);
 * compiled.rules.length > 0; // true
 * ```
 */
export function compileRules(packs: readonly Pack[], disabled: ReadonlySet<string> = new Set()): CompiledRuleset {
  const out: CompiledRuleset = {
    rules: [],
    awareness: [],
    packs: [],
    refs: [],
    index: new Map(),
    prefixLengths: [],
    ruleWords: [],
    candidates: new Map(),
  };
  const prefixLengths = new Set<number>();
  const seen = new Set<string>();

  const put = (key: string, entry: IndexEntry): void => {
    let bucket = out.index.get(key);
    if (!bucket) out.index.set(key, (bucket = []));
    bucket.push(entry);
  };
  // Patterns are expanded with the lexicons of the pack being compiled.
  let lexicons: LexiconResolver | undefined;
  const add = (patterns: readonly string[], ref: Omit<MatcherRef, 'stemmer'>, stemmer: StemmerName, owner?: string): void => {
    const refId = out.refs.length;
    out.refs.push({ ...ref, stemmer });
    for (const pattern of patterns) {
      let expanded: Atom[][];
      try {
        expanded = expandPattern(pattern, stemmer, lexicons);
      } catch (err) {
        if (owner && err instanceof TraffickingSignalsError) throw new TraffickingSignalsError('invalid_rules', `${owner}: ${err.message}`);
        throw err;
      }
      for (const atoms of expanded) {
        const first = atoms[0] as Atom;
        const entry: IndexEntry = { atoms, ref: refId, needs: needsOf(atoms) };
        // A sequence whose first position is a set is filed under each of its words, stems and prefixes.
        const lits = first.t === 'lit' ? [first.value] : first.t === 'one' ? first.values : first.t === 'set' ? first.lits : [];
        const stems = first.t === 'stem' ? first.values : first.t === 'set' ? first.stems : new Map();
        const pres = first.t === 'pre' ? [first.value] : first.t === 'set' ? first.pres : [];
        for (const value of lits) put(`l:${value}`, entry);
        for (const value of stems.keys()) put(`s:${stemmer}:${value}`, entry);
        for (const value of pres) {
          put(`p:${value}`, entry);
          prefixLengths.add(value.length);
        }
        if (first.t === 'num') put('n:', entry);
        else if (first.t === 'flag') put('f:', entry);
        else if (first.t === 'any' || first.t === 'gap') {
          throw new TraffickingSignalsError('invalid_rules', `pattern "${pattern}" cannot start there`);
        }
      }
    }
  };

  const universal = packs.find((p) => p.pack === 'xx');
  const shared = universal ? lexiconResolver(universal.lexicons ?? [], 'none') : undefined;
  // A later pack with the same id (a custom pack extending a language) sees its own lexicons
  // first, then that language's, then the language-independent pack's.
  const resolvers = new Map<PackId, LexiconResolver | undefined>();
  for (const [packIndex, pack] of packs.entries()) {
    const stemmer = pack.stemmer as StemmerName;
    const before = resolvers.get(pack.pack);
    if (pack === universal) lexicons = shared;
    else lexicons = lexiconResolver(pack.lexicons ?? [], stemmer, before ?? shared);
    resolvers.set(pack.pack, lexicons);
    out.packs.push({ pack: pack.pack, stemmer, negationWindow: pack.negation.window });
    const plainCues = pack.negation.cues.filter((c) => typeof c === 'string');
    if (plainCues.length) add(plainCues, { role: 'negation', owner: packIndex, sub: -1, pack: pack.pack }, stemmer, `${pack.pack} negation cues`);
    for (const cue of pack.negation.cues) {
      if (typeof cue !== 'string') add([cue.pattern], { role: 'negation', owner: packIndex, sub: cue.window, pack: pack.pack }, stemmer, `${pack.pack} negation cues`);
    }
    for (const cue of pack.awareness) {
      const owner = out.awareness.length;
      out.awareness.push({ cue, pack: pack.pack });
      add(cue.patterns, { role: 'awareness', owner, sub: 0, pack: pack.pack }, stemmer, `awareness cue ${cue.id}`);
      if (cue.exclusions?.length) add(cue.exclusions, { role: 'awareness_exclusion', owner, sub: 0, pack: pack.pack }, stemmer, `awareness cue ${cue.id} (exclusions)`);
    }
    for (const rule of pack.rules) {
      if (seen.has(rule.id)) {
        throw new TraffickingSignalsError('invalid_rules', `rule id "${rule.id}" is used twice: ids must be unique`);
      }
      seen.add(rule.id);
      if (disabled.has(rule.id)) continue;
      const owner = out.rules.length;
      out.rules.push({ rule, pack: pack.pack, category: rule.category });
      const base = { owner, pack: pack.pack };
      const where = `rule ${rule.id}`;
      if (rule.patterns) add(rule.patterns, { ...base, role: 'rule', sub: 0 }, stemmer, `${where} (patterns)`);
      const words = new Set<string>();
      for (const pattern of rule.patterns ?? []) {
        for (const atoms of expandPattern(pattern, stemmer, lexicons)) for (const a of atoms) {
          if (a.t === 'lit') words.add(a.value);
          else if (a.t === 'one' || a.t === 'set') for (const v of a.t === 'one' ? a.values : a.lits) words.add(v);
        }
      }
      out.ruleWords[owner] = words;
      rule.near.forEach((near, sub) => add(near.patterns, { ...base, role: 'near', sub }, stemmer, `${where} (near)`));
      rule.unlessNear.forEach((unless, sub) => add(unless.patterns, { ...base, role: 'unless', sub }, stemmer, `${where} (unlessNear)`));
      if (rule.exclusions.length) add(rule.exclusions, { ...base, role: 'exclusion', sub: 0 }, stemmer, `${where} (exclusions)`);
    }
  }
  out.prefixLengths = [...prefixLengths].sort((a, b) => a - b);
  return out;
}
