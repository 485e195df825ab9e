import type { Token } from '../tokenize/index.js';
import type { Atom, StemGuard } from './pattern.js';
import type { PackId } from './schema.js';
import { stem, type StemmerName } from './stem.js';

/**
 * A trie over token classes, built once per assessor from every compiled sequence. A class is
 * one distinct atom (a word, a set of words, a stem set of one stemmer, a prefix, a number
 * range, a flag, any token); the classes of a word are worked out once per distinct word, so
 * matching compares small integers. Identical sequence prefixes share nodes, so the cost of
 * matching does not grow with the number of rules that repeat them.
 */
export interface Automaton {
  /** Token text → classes of that literal word. */
  lit: Map<string, number[]>;
  /** Per stemmer, stem → classes with the guard of each. */
  stem: Map<StemmerName, Map<string, { cls: number; guards: readonly StemGuard[] }[]>>;
  /** Prefix → classes; `preLengths` ascending. */
  pre: Map<string, number[]>;
  preLengths: number[];
  num: { cls: number; min: number; max: number }[];
  flag: number[];
  /** Per node: class → child node. */
  edges: Map<number, number>[];
  /** Per node: the child reached by any token, or -1. */
  anyChild: number[];
  /** Per node: gap edges (skip 0…max tokens of the sentence, then continue at child). */
  gaps: { max: number; child: number }[][];
  /** Per node: refs of the sequences that end there. */
  accept: number[][];
  /** Number of distinct classes. */
  classCount: number;
  /**
   * Per node: classes every completion below it still needs (at most a few, the rarest first
   * is not known, so the deepest). An ad lacking one of them cannot complete from that node,
   * so the node is not entered: the old "needed words" pretest, generalised to the trie.
   */
  needs: number[][];
}

function classKey(atom: Atom, stemmer: StemmerName): string {
  switch (atom.t) {
    case 'lit':
      return `l\u0000${atom.value}`;
    case 'one':
      return `o\u0000${[...atom.values].sort().join('\u0001')}`;
    case 'pre':
      return `p\u0000${atom.value}`;
    case 'num':
      return `n\u0000${atom.min}\u0000${atom.max}`;
    case 'flag':
      return 'f';
    case 'stem':
    case 'set': {
      const stems = atom.t === 'stem' ? atom.values : atom.stems;
      const s = [...stems.entries()]
        .map(([k, gs]) => `${k}:${gs.map((g) => `${g.prefix}/${g.maxLength}`).sort().join(',')}`)
        .sort()
        .join('\u0001');
      if (atom.t === 'stem') return `s\u0000${stemmer}\u0000${s}`;
      return `S\u0000${stemmer}\u0000${[...atom.lits].sort().join('\u0001')}\u0000${s}\u0000${[...atom.pres].sort().join('\u0001')}`;
    }
    default:
      return atom.t;
  }
}

/**
 * Builds the automaton from compiled sequences: `sequences[i]` with the ref it reports and the
 * stemmer its stem atoms use.
 */
export function buildAutomaton(sequences: readonly { atoms: Atom[]; ref: number; stemmer: StemmerName }[]): Automaton {
  const auto: Automaton = { lit: new Map(), stem: new Map(), pre: new Map(), preLengths: [], num: [], flag: [], edges: [new Map()], anyChild: [-1], gaps: [[]], accept: [[]], classCount: 0, needs: [] };
  const classes = new Map<string, number>();
  const preLengths = new Set<number>();
  const push = <K>(map: Map<K, number[]>, key: K, cls: number): void => {
    const list = map.get(key);
    if (list) list.push(cls);
    else map.set(key, [cls]);
  };
  const classOf = (atom: Atom, stemmer: StemmerName): number => {
    const key = classKey(atom, stemmer);
    let cls = classes.get(key);
    if (cls !== undefined) return cls;
    cls = auto.classCount++;
    classes.set(key, cls);
    const addStems = (values: ReadonlyMap<string, readonly StemGuard[]>): void => {
      let byStem = auto.stem.get(stemmer);
      if (!byStem) auto.stem.set(stemmer, (byStem = new Map()));
      for (const [s, guards] of values) {
        const list = byStem.get(s) ?? [];
        list.push({ cls: cls as number, guards });
        byStem.set(s, list);
      }
    };
    switch (atom.t) {
      case 'lit':
        push(auto.lit, atom.value, cls);
        break;
      case 'one':
        for (const v of atom.values) push(auto.lit, v, cls);
        break;
      case 'pre':
        push(auto.pre, atom.value, cls);
        preLengths.add(atom.value.length);
        break;
      case 'num':
        auto.num.push({ cls, min: atom.min, max: atom.max });
        break;
      case 'flag':
        auto.flag.push(cls);
        break;
      case 'stem':
        addStems(atom.values);
        break;
      case 'set':
        for (const v of atom.lits) push(auto.lit, v, cls);
        addStems(atom.stems);
        for (const p of atom.pres) {
          push(auto.pre, p, cls);
          preLengths.add(p.length);
        }
        break;
      default:
        break;
    }
    return cls;
  };
  const newNode = (): number => {
    auto.edges.push(new Map());
    auto.anyChild.push(-1);
    auto.gaps.push([]);
    auto.accept.push([]);
    return auto.edges.length - 1;
  };
  for (const { atoms: written, ref, stemmer } of sequences) {
    // Consecutive gaps add up: "..9 ..6" skips 0 to 15 tokens.
    const atoms: Atom[] = [];
    for (const a of written) {
      const last = atoms[atoms.length - 1];
      if (a.t === 'gap' && last?.t === 'gap') atoms[atoms.length - 1] = { t: 'gap', max: last.max + a.max };
      else atoms.push(a);
    }
    let node = 0;
    for (const atom of atoms) {
      if (atom.t === 'gap') {
        const gaps = auto.gaps[node] as { max: number; child: number }[];
        let edge = gaps.find((g) => g.max === atom.max);
        if (!edge) gaps.push((edge = { max: atom.max, child: newNode() }));
        node = edge.child;
      } else if (atom.t === 'any') {
        if ((auto.anyChild[node] as number) < 0) auto.anyChild[node] = newNode();
        node = auto.anyChild[node] as number;
      } else {
        const cls = classOf(atom, stemmer);
        const edges = auto.edges[node] as Map<number, number>;
        let child = edges.get(cls);
        if (child === undefined) edges.set(cls, (child = newNode()));
        node = child;
      }
    }
    const accept = auto.accept[node] as number[];
    if (!accept.includes(ref)) accept.push(ref);
  }
  auto.preLengths = [...preLengths].sort((a, b) => a - b);
  // needs(node) = ∩ over its ways on of (class of the edge ∪ needs(child)); ∅ at an accepting node.
  // Children have higher ids than parents, so one pass from the last node back suffices.
  const needs: Set<number>[] = new Array(auto.edges.length);
  for (let n = auto.edges.length - 1; n >= 0; n--) {
    let acc: Set<number> | undefined = (auto.accept[n] as number[]).length ? new Set() : undefined;
    const meet = (s: Set<number>): void => {
      if (!acc) acc = new Set(s);
      else for (const c of acc) if (!s.has(c)) acc.delete(c);
    };
    for (const [cls, child] of auto.edges[n] as Map<number, number>) meet(new Set([cls, ...(needs[child] as Set<number>)]));
    const any = auto.anyChild[n] as number;
    if (any >= 0) meet(needs[any] as Set<number>);
    for (const g of auto.gaps[n] as { max: number; child: number }[]) meet(needs[g.child] as Set<number>);
    needs[n] = acc ?? new Set();
  }
  auto.needs = needs.map((s) => [...s].slice(0, 6));
  return auto;
}

function stemClasses(auto: Automaton, stemmers: readonly StemmerName[], source: string, text: string, out: Set<number>): void {
  for (const s of stemmers) {
    const list = auto.stem.get(s)?.get(stem(s, source));
    if (!list) continue;
    for (const { cls, guards } of list) {
      for (const g of guards) {
        if (text.length <= g.maxLength && text.startsWith(g.prefix)) {
          out.add(cls);
          break;
        }
      }
    }
  }
}

function formClasses(auto: Automaton, stemmers: readonly StemmerName[], tok: Token, text: string, source: string, out: Set<number>): void {
  for (const c of auto.lit.get(text) ?? []) out.add(c);
  if (tok.kind === 'word') {
    stemClasses(auto, stemmers, source, text, out);
    for (const len of auto.preLengths) {
      if (len > text.length) break;
      for (const c of auto.pre.get(text.slice(0, len)) ?? []) out.add(c);
    }
  } else if (tok.kind === 'number') {
    const n = Number(text);
    for (const { cls, min, max } of auto.num) if ((min === -Infinity && max === Infinity) || (n >= min && n <= max)) out.add(cls);
  } else if (tok.kind === 'emoji' && text.length === 4) {
    const cp = text.codePointAt(0) ?? 0;
    if (cp >= 0x1f1e6 && cp <= 0x1f1ff) for (const c of auto.flag) out.add(c);
  }
}

/** The classes a token belongs to, as written and (when squeezed) with doubled letters single. */
export function tokenClasses(auto: Automaton, stemmers: readonly StemmerName[], tok: Token): number[] {
  const out = new Set<number>();
  formClasses(auto, stemmers, tok, tok.text, tok.stemSource, out);
  if (tok.alt !== undefined) formClasses(auto, stemmers, tok, tok.alt, tok.alt, out);
  return [...out];
}

/** A matched token range `[start, end)` of one ref. */
export interface AutomatonHit {
  ref: number;
  start: number;
  end: number;
}

/**
 * Per-run scratch space, reused from ad to ad (matching is synchronous): token classes in one
 * flat array, and for every class present in the ad the positions where it occurs.
 */
interface Scratch {
  flat: number[];
  from: number[];
  occ: (number[] | undefined)[];
  touched: number[];
  /** Shortest end found per node for the current start (-1: none). */
  best: Int32Array;
  bestTouched: number[];
}

const scratchOf = new WeakMap<Automaton, Scratch>();

function scratch(auto: Automaton): Scratch {
  let s = scratchOf.get(auto);
  if (!s) {
    s = { flat: [], from: [], occ: new Array(auto.classCount), touched: [], best: new Int32Array(auto.edges.length).fill(-1), bestTouched: [] };
    scratchOf.set(auto, s);
  }
  return s;
}

/**
 * Runs the automaton from every token: a depth-first walk of the trie per start token, within
 * the start token's sentence. A gap looks up where the next class occurs instead of trying
 * every skipped token. Each sequence reports its shortest match per start.
 */
export function runAutomaton(auto: Automaton, tokens: readonly Token[], classesOf: (tok: Token) => number[], refActive: (ref: number) => boolean): AutomatonHit[] {
  const hits: AutomatonHit[] = [];
  const s = scratch(auto);
  const { flat, from, occ, touched, best, bestTouched } = s;
  flat.length = 0;
  from.length = 0;
  for (let i = 0; i < tokens.length; i++) {
    from.push(flat.length);
    for (const c of classesOf(tokens[i] as Token)) {
      flat.push(c);
      let list = occ[c];
      if (!list) {
        occ[c] = list = [];
        touched.push(c);
      }
      list.push(i);
    }
  }
  from.push(flat.length);
  const n = tokens.length;
  const viable = (node: number): boolean => {
    for (const c of auto.needs[node] as number[]) if (!occ[c]) return false;
    return true;
  };
  const has = (pos: number, cls: number): boolean => {
    for (let k = from[pos] as number, e = from[pos + 1] as number; k < e; k++) if (flat[k] === cls) return true;
    return false;
  };
  let sentence = 0;
  let limit = 0; // first token past the start's sentence
  const visit = (node: number, pos: number): void => {
    if (!viable(node)) return;
    if ((auto.accept[node] as number[]).length) {
      const b = best[node] as number;
      if (b < 0) bestTouched.push(node);
      if (b < 0 || pos < b) best[node] = pos;
    }
    if (pos < limit) {
      const edges = auto.edges[node] as Map<number, number>;
      if (edges.size > from[pos + 1]! - from[pos]!) {
        for (let k = from[pos] as number, e = from[pos + 1] as number; k < e; k++) {
          const child = edges.get(flat[k] as number);
          if (child !== undefined) visit(child, pos + 1);
        }
      } else {
        for (const [cls, child] of edges) if (has(pos, cls)) visit(child, pos + 1);
      }
      const any = auto.anyChild[node] as number;
      if (any >= 0) visit(any, pos + 1);
    }
    for (const g of auto.gaps[node] as { max: number; child: number }[]) {
      if (!viable(g.child)) continue;
      const last = Math.min(limit - 1, pos + g.max);
      for (const [cls, child] of auto.edges[g.child] as Map<number, number>) {
        const list = occ[cls];
        if (!list) continue;
        for (const p of list) {
          if (p < pos) continue;
          if (p > last) break;
          visit(child, p + 1);
        }
      }
      const any = auto.anyChild[g.child] as number;
      if (any >= 0) for (let p = pos; p <= last; p++) visit(any, p + 1);
    }
  };
  const root = auto.edges[0] as Map<number, number>;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i] as Token;
    if (i === 0 || tok.sentence !== sentence) {
      sentence = tok.sentence;
      limit = i;
      while (limit < n && (tokens[limit] as Token).sentence === sentence) limit++;
    }
    for (let k = from[i] as number, e = from[i + 1] as number; k < e; k++) {
      const child = root.get(flat[k] as number);
      if (child !== undefined) visit(child, i + 1);
    }
    for (const node of bestTouched) {
      for (const ref of auto.accept[node] as number[]) if (refActive(ref)) hits.push({ ref, start: i, end: best[node] as number });
      best[node] = -1;
    }
    bestTouched.length = 0;
  }
  for (const c of touched) occ[c] = undefined;
  touched.length = 0;
  return hits;
}
