import type { CategoryId } from '../categories.js';
import { TraffickingSignalsError } from '../errors.js';
import { type Atom, expandPattern } from './pattern.js';
import type { AwarenessCue, Pack, PackId, Rule } from './schema.js';
import type { StemmerName } from './stem.js';

/** What a compiled sequence belongs to. */
export type Role = 'rule' | 'near' | 'unless' | 'exclusion' | 'negation' | 'awareness';

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
  /** First-atom index: `l:<word>`, `s:<stemmer>:<stem>`, `p:<prefix>`, `n:` (any number). */
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

  const add = (patterns: readonly string[], ref: Omit<MatcherRef, 'stemmer'>, stemmer: StemmerName): void => {
    const refId = out.refs.length;
    out.refs.push({ ...ref, stemmer });
    for (const pattern of patterns) {
      for (const atoms of expandPattern(pattern, stemmer)) {
        const first = atoms[0] as Atom;
        if (first.t === 'one' || first.t === 'stem') {
          const prefix = first.t === 'one' ? 'l:' : `s:${stemmer}:`;
          for (const value of first.values) {
            let bucket = out.index.get(prefix + value);
            if (!bucket) out.index.set(prefix + value, (bucket = []));
            bucket.push({ atoms, ref: refId, needs: needsOf(atoms) });
          }
          continue;
        }
        let key: string;
        if (first.t === 'lit') key = `l:${first.value}`;
        else if (first.t === 'pre') {
          key = `p:${first.value}`;
          prefixLengths.add(first.value.length);
        } else if (first.t === 'num') key = 'n:';
        else throw new TraffickingSignalsError('invalid_rules', `pattern "${pattern}" cannot start there`);
        let bucket = out.index.get(key);
        if (!bucket) out.index.set(key, (bucket = []));
        bucket.push({ atoms, ref: refId, needs: needsOf(atoms) });
      }
    }
  };

  for (const [packIndex, pack] of packs.entries()) {
    const stemmer = pack.stemmer as StemmerName;
    out.packs.push({ pack: pack.pack, stemmer, negationWindow: pack.negation.window });
    const plainCues = pack.negation.cues.filter((c) => typeof c === 'string');
    if (plainCues.length) add(plainCues, { role: 'negation', owner: packIndex, sub: -1, pack: pack.pack }, stemmer);
    for (const cue of pack.negation.cues) {
      if (typeof cue !== 'string') add([cue.pattern], { role: 'negation', owner: packIndex, sub: cue.window, pack: pack.pack }, stemmer);
    }
    for (const cue of pack.awareness) {
      const owner = out.awareness.length;
      out.awareness.push({ cue, pack: pack.pack });
      add(cue.patterns, { role: 'awareness', owner, sub: 0, pack: pack.pack }, stemmer);
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
      if (rule.patterns) add(rule.patterns, { ...base, role: 'rule', sub: 0 }, stemmer);
      const words = new Set<string>();
      for (const pattern of rule.patterns ?? []) {
        for (const atoms of expandPattern(pattern, stemmer)) for (const a of atoms) {
          if (a.t === 'lit') words.add(a.value);
          else if (a.t === 'one') for (const v of a.values) words.add(v);
        }
      }
      out.ruleWords[owner] = words;
      rule.near.forEach((near, sub) => add(near.patterns, { ...base, role: 'near', sub }, stemmer));
      rule.unlessNear.forEach((unless, sub) => add(unless.patterns, { ...base, role: 'unless', sub }, stemmer));
      if (rule.exclusions.length) add(rule.exclusions, { ...base, role: 'exclusion', sub: 0 }, stemmer);
    }
  }
  out.prefixLengths = [...prefixLengths].sort((a, b) => a - b);
  return out;
}
