import type { Token } from '../tokenize/index.js';
import { runAutomaton, tokenClasses } from './automaton.js';
import { type CompiledRuleset, packBit } from './compile.js';
import { detectorsOf } from './evaluate.js';
import type { PackId } from './schema.js';
import type { StemmerName } from './stem.js';

/** A matched token range `[start, end)` for one matcher reference. */
export interface Hit {
  ref: number;
  start: number;
  end: number;
}

/** What matching works out once per set of active packs. */
interface Activity {
  stemmers: StemmerName[];
  /** Ref index → 1 when its pack is active. */
  refs: Uint8Array;
  /** The active packs' bits in the automaton's pack masks (-1: walk every node). */
  mask: number;
  /** Token form → its classes, ascending (bounded). */
  classes: Map<string, number[]>;
  /** A token's classes through the cache; made once per set of active packs, not per ad. */
  classesOf: (tok: Token) => number[];
  refActive: (ref: number) => boolean;
}

const CLASS_CACHE_LIMIT = 200_000;

function activityOf(compiled: CompiledRuleset, active: ReadonlySet<PackId>): Activity {
  const signature = [...active].sort().join(',');
  let act = compiled.matching.get(signature) as Activity | undefined;
  if (!act) {
    const stemmers = new Set<StemmerName>();
    for (const p of compiled.packs) if (active.has(p.pack) && p.stemmer !== 'none') stemmers.add(p.stemmer);
    const refs = new Uint8Array(compiled.refs.length);
    compiled.refs.forEach((r, i) => {
      if (active.has(r.pack)) refs[i] = 1;
    });
    let mask = 0;
    for (const p of active) if (compiled.packs.some((q) => q.pack === p)) mask |= packBit(compiled.packs, p);
    const classes = new Map<string, number[]>();
    const stemmerList = [...stemmers];
    const { automaton } = compiled;
    const classesOf = (tok: Token): number[] => {
      // The text decides the kind (letters, digits, one emoji or symbol); stems read the accented
      // source, and a squeezed word also its alternative.
      const key = tok.stemSource === tok.text && tok.alt === undefined ? tok.text : `${tok.text}\u0000${tok.stemSource}\u0000${tok.alt ?? ''}`;
      let list = classes.get(key);
      if (!list) {
        list = tokenClasses(automaton, stemmerList, tok);
        classes.set(key, list);
      }
      return list;
    };
    act = { stemmers: stemmerList, refs, mask, classes, classesOf, refActive: (ref) => refs[ref] === 1 };
    compiled.matching.set(signature, act);
  }
  if (act.classes.size > CLASS_CACHE_LIMIT) act.classes.clear();
  return act;
}

/**
 * One pass over the tokens through the compiled automaton. A token's classes (the words,
 * stems, prefixes and ranges it satisfies) are worked out once per distinct word and cached,
 * so most tokens cost one map lookup; sequences of inactive packs report nothing.
 */
export function matchTokens(tokens: Token[], compiled: CompiledRuleset, active: ReadonlySet<PackId>): Hit[] {
  const act = activityOf(compiled, active);
  return runAutomaton(compiled.automaton, tokens, act.classesOf, act.refActive, act.mask);
}

/**
 * {@link matchTokens} without the hits rule logic never reads: near, unless and exclusion
 * matches of a rule that did not match itself and reads no entities (`evaluate` gives the same
 * result on either list). A context word repeated all over an ad ("💋", near every escort rule
 * of every pack) then costs no hit object.
 */
export function matchTokensForRules(tokens: Token[], compiled: CompiledRuleset, active: ReadonlySet<PackId>): Hit[] {
  const act = activityOf(compiled, active);
  return runAutomaton(compiled.automaton, tokens, act.classesOf, act.refActive, act.mask, (refs, count) => {
    const canFire = new Uint8Array(compiled.rules.length);
    for (const { owner } of detectorsOf(compiled).entity) canFire[owner] = 1;
    for (let h = 0; h < count; h++) {
      const ref = compiled.refs[refs[h] as number];
      if (ref?.role === 'rule') canFire[ref.owner] = 1;
    }
    return (r) => {
      const ref = compiled.refs[r];
      return !ref || !(ref.role === 'near' || ref.role === 'unless' || ref.role === 'exclusion') || canFire[ref.owner] === 1;
    };
  });
}
