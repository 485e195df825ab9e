import type { CategoryId } from '../categories.js';
import { TraffickingSignalsError } from '../errors.js';
import { type Automaton, buildAutomaton } from './automaton.js';
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

/** One compiled sequence: its atoms and the ref it reports. */
export interface CompiledSequence {
  atoms: Atom[];
  ref: number;
}

/** Everything the matcher needs, built once per assessor. */
export interface CompiledRuleset {
  rules: CompiledRule[];
  awareness: { cue: AwarenessCue; pack: PackId }[];
  packs: { pack: PackId; stemmer: StemmerName; negationWindow: number; negationBreaks: ReadonlySet<string> }[];
  refs: MatcherRef[];
  /** Every compiled sequence (the automaton is built from them; the naive baseline reads them). */
  sequences: CompiledSequence[];
  /** The trie over token classes that matches every sequence in one pass. */
  automaton: Automaton;
  /** Rule index → literal words of its own patterns (a negation word it spells out is not a negation). */
  ruleWords: Set<string>[];
  /** Per set of active packs: what the matcher works out once and reuses (filled by the matcher, bounded). */
  matching: Map<string, unknown>;
}

/**
 * The bit of a pack in the automaton's pack masks: packs numbered by first appearance in
 * `packs` (the compiled ruleset's), all bits past the 30th.
 */
export function packBit(packs: readonly { pack: PackId }[], pack: PackId): number {
  const ids = [...new Set(packs.map((p) => p.pack))];
  const i = ids.indexOf(pack);
  return i >= 0 && i < 30 ? 1 << i : -1;
}

/** The literal words of atoms, lexicon terms included. */
function addWords(atoms: readonly Atom[], words: Set<string>): void {
  for (const a of atoms) {
    if (a.t === 'lit') words.add(a.value);
    else if (a.t === 'one') for (const v of a.values) words.add(v);
    else if (a.t === 'set') for (const v of a.lits) words.add(v);
    else if (a.t === 'lex') for (const alt of a.alts) addWords(alt, words);
  }
}

/**
 * Compiles validated packs into one automaton over token classes (see `automaton.ts`), so that
 * matching is a single pass over the tokens whose cost does not grow with repeated rules.
 *
 * @example
 * ```ts
 * import { BUILTIN_PACKS, compileRules } from 'trafficking-signals';
 * const compiled = compileRules(BUILTIN_PACKS);
 * compiled.rules.length > 0; // true
 * ```
 */
export function compileRules(packs: readonly Pack[], disabled: ReadonlySet<string> = new Set()): CompiledRuleset {
  const sequences: CompiledSequence[] = [];
  const out: Omit<CompiledRuleset, 'automaton'> = {
    rules: [],
    awareness: [],
    packs: [],
    refs: [],
    sequences,
    ruleWords: [],
    matching: new Map(),
  };
  const seen = new Set<string>();

  // Patterns are expanded with the lexicons of the pack being compiled.
  let lexicons: LexiconResolver | undefined;
  const add = (patterns: readonly string[], ref: Omit<MatcherRef, 'stemmer'>, stemmer: StemmerName, owner?: string, words?: Set<string>): void => {
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
        if (first.t === 'any' || first.t === 'gap') {
          throw new TraffickingSignalsError('invalid_rules', `pattern "${pattern}" cannot start there`);
        }
        sequences.push({ atoms, ref: refId });
        if (words) addWords(atoms, words);
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
    const breaks = new Set((pack.negation.breaks ?? []).flatMap((b) => expandPattern(b, 'none').flatMap((seq) => seq.flatMap((a) => (a.t === 'lit' ? [a.value] : a.t === 'one' ? [...a.values] : [])))));
    out.packs.push({ pack: pack.pack, stemmer, negationWindow: pack.negation.window, negationBreaks: breaks });
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
      const words = new Set<string>();
      if (rule.patterns) add(rule.patterns, { ...base, role: 'rule', sub: 0 }, stemmer, `${where} (patterns)`, words);
      out.ruleWords[owner] = words;
      rule.near.forEach((near, sub) => add(near.patterns, { ...base, role: 'near', sub }, stemmer, `${where} (near)`));
      rule.unlessNear.forEach((unless, sub) => add(unless.patterns, { ...base, role: 'unless', sub }, stemmer, `${where} (unlessNear)`));
      if (rule.exclusions.length) add(rule.exclusions, { ...base, role: 'exclusion', sub: 0 }, stemmer, `${where} (exclusions)`);
    }
  }
  const bits = new Map(out.packs.map((p) => [p.pack, packBit(out.packs, p.pack)]));
  const automaton = buildAutomaton(
    sequences.map((q) => {
      const ref = out.refs[q.ref] as MatcherRef;
      return { atoms: q.atoms, ref: q.ref, stemmer: ref.stemmer, mask: bits.get(ref.pack) ?? -1 };
    }),
  );
  return { ...out, automaton };
}
