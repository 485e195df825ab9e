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
  /** Number of distinct classes. */
  classCount: number;
  /** Number of trie nodes; node 0 is the root. */
  nodeCount: number;
  /** The root's child per class (-1: none): the root has an edge for most classes. */
  rootChild: Int32Array;
  /** Class edges of every node, sorted by class: node n's are `edgeClass/edgeChild[edgeStart[n] … edgeStart[n + 1])`. */
  edgeStart: Int32Array;
  edgeClass: Int32Array;
  edgeChild: Int32Array;
  /** Per node: the child reached by any token, or -1. */
  anyChild: Int32Array;
  /** Gap edges (skip 0…max tokens of the sentence, then continue at child), by node like edges. */
  gapStart: Int32Array;
  gapMax: Int32Array;
  gapChild: Int32Array;
  /** Refs of the sequences that end at each node, by node like edges. */
  acceptStart: Int32Array;
  acceptRef: Int32Array;
  /**
   * Classes every completion below a node still needs (at most six), by node like edges. An ad
   * lacking one of them cannot complete from that node, so the node is not entered: the old
   * "needed words" pretest, generalised to the trie.
   */
  needStart: Int32Array;
  needClass: Int32Array;
}

/** The trie while it is built: maps and lists, frozen into typed arrays at the end. */
interface Building {
  edges: Map<number, number>[];
  anyChild: number[];
  gaps: { max: number; child: number }[][];
  accept: number[][];
}

/** Flattens per-node lists into `start` offsets and one value array (CSR). */
function csr<T>(lists: readonly (readonly T[])[], value: (t: T) => number): { start: Int32Array; values: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  for (let n = 0; n < lists.length; n++) {
    start[n] = total;
    total += (lists[n] as readonly T[]).length;
  }
  start[lists.length] = total;
  const values = new Int32Array(total);
  let k = 0;
  for (const list of lists) for (const t of list) values[k++] = value(t);
  return { start, values };
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
  const auto = { lit: new Map(), stem: new Map(), pre: new Map(), preLengths: [] as number[], num: [], flag: [], classCount: 0 } as Pick<
    Automaton,
    'lit' | 'stem' | 'pre' | 'preLengths' | 'num' | 'flag' | 'classCount'
  >;
  const b: Building = { edges: [new Map()], anyChild: [-1], gaps: [[]], accept: [[]] };
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
    b.edges.push(new Map());
    b.anyChild.push(-1);
    b.gaps.push([]);
    b.accept.push([]);
    return b.edges.length - 1;
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
        const gaps = b.gaps[node] as { max: number; child: number }[];
        let edge = gaps.find((g) => g.max === atom.max);
        if (!edge) gaps.push((edge = { max: atom.max, child: newNode() }));
        node = edge.child;
      } else if (atom.t === 'any') {
        if ((b.anyChild[node] as number) < 0) b.anyChild[node] = newNode();
        node = b.anyChild[node] as number;
      } else {
        const cls = classOf(atom, stemmer);
        const edges = b.edges[node] as Map<number, number>;
        let child = edges.get(cls);
        if (child === undefined) edges.set(cls, (child = newNode()));
        node = child;
      }
    }
    const accept = b.accept[node] as number[];
    if (!accept.includes(ref)) accept.push(ref);
  }
  auto.preLengths = [...preLengths].sort((x, y) => x - y);
  const nodeCount = b.edges.length;
  // needs(node) = ∩ over its ways on of (class of the edge ∪ needs(child)); ∅ at an accepting node.
  // Children have higher ids than parents, so one pass from the last node back suffices.
  const needs: Set<number>[] = new Array(nodeCount);
  for (let n = nodeCount - 1; n >= 0; n--) {
    let acc: Set<number> | undefined = (b.accept[n] as number[]).length ? new Set() : undefined;
    const meet = (set: Set<number>): void => {
      if (!acc) acc = new Set(set);
      else for (const c of acc) if (!set.has(c)) acc.delete(c);
    };
    for (const [cls, child] of b.edges[n] as Map<number, number>) meet(new Set([cls, ...(needs[child] as Set<number>)]));
    const any = b.anyChild[n] as number;
    if (any >= 0) meet(needs[any] as Set<number>);
    for (const g of b.gaps[n] as { max: number; child: number }[]) meet(needs[g.child] as Set<number>);
    needs[n] = acc ?? new Set();
  }
  const rootChild = new Int32Array(auto.classCount).fill(-1);
  for (const [cls, child] of b.edges[0] as Map<number, number>) rootChild[cls] = child;
  const sortedEdges = b.edges.map((m, n) => (n === 0 ? [] : [...m.entries()].sort((x, y) => x[0] - y[0])));
  const edgeCsr = csr(sortedEdges, (e) => e[0]);
  const childCsr = csr(sortedEdges, (e) => e[1]);
  const gapCsr = csr(b.gaps, (g) => g.max);
  const gapChildCsr = csr(b.gaps, (g) => g.child);
  const acceptCsr = csr(b.accept, (r) => r);
  const needCsr = csr(needs.map((set) => [...set].slice(0, 6)), (c) => c);
  return {
    ...auto,
    nodeCount,
    rootChild,
    edgeStart: edgeCsr.start,
    edgeClass: edgeCsr.values,
    edgeChild: childCsr.values,
    anyChild: Int32Array.from(b.anyChild),
    gapStart: gapCsr.start,
    gapMax: gapCsr.values,
    gapChild: gapChildCsr.values,
    acceptStart: acceptCsr.start,
    acceptRef: acceptCsr.values,
    needStart: needCsr.start,
    needClass: needCsr.values,
  };
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
 * flat array, and the positions of every class present in the ad grouped by class (counting
 * sort), so a gap can jump to the next occurrence of the class it waits for.
 */
interface Scratch {
  flat: Int32Array;
  from: Int32Array;
  count: Int32Array;
  first: Int32Array;
  fill: Int32Array;
  positions: Int32Array;
  touched: Int32Array;
  /** Shortest end found per node for the current start (-1: none). */
  best: Int32Array;
  bestTouched: Int32Array;
}

const scratchOf = new WeakMap<Automaton, Scratch>();

function scratch(auto: Automaton, tokens: number, classes: number): Scratch {
  let s = scratchOf.get(auto);
  if (!s) {
    s = {
      flat: new Int32Array(1024),
      from: new Int32Array(256),
      count: new Int32Array(auto.classCount),
      first: new Int32Array(auto.classCount),
      fill: new Int32Array(auto.classCount),
      positions: new Int32Array(1024),
      touched: new Int32Array(Math.min(auto.classCount, 1024) || 1),
      best: new Int32Array(auto.nodeCount).fill(-1),
      bestTouched: new Int32Array(64),
    };
    scratchOf.set(auto, s);
  }
  if (s.from.length < tokens + 1) s.from = new Int32Array(2 * (tokens + 1));
  if (s.flat.length < classes) s.flat = new Int32Array(2 * classes);
  if (s.positions.length < classes) s.positions = new Int32Array(2 * classes);
  if (s.touched.length < Math.min(classes, auto.classCount)) s.touched = new Int32Array(Math.min(2 * classes, auto.classCount));
  return s;
}

/**
 * Runs the automaton from every token: a depth-first walk of the trie per start token, within
 * the start token's sentence. A gap looks up where the next class occurs instead of trying
 * every skipped token. Each sequence reports its shortest match per start.
 */
export function runAutomaton(auto: Automaton, tokens: readonly Token[], classesOf: (tok: Token) => readonly number[], refActive: (ref: number) => boolean): AutomatonHit[] {
  const hits: AutomatonHit[] = [];
  const n = tokens.length;
  const lists: (readonly number[])[] = new Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const list = classesOf(tokens[i] as Token);
    lists[i] = list;
    total += list.length;
  }
  const s = scratch(auto, n, total);
  const { flat, from, count, first, fill, positions, touched, best } = s;
  // Token classes, flat; and per class present, how often it occurs.
  let k = 0;
  let touchedCount = 0;
  for (let i = 0; i < n; i++) {
    from[i] = k;
    for (const c of lists[i] as readonly number[]) {
      flat[k++] = c;
      if (count[c] === 0) touched[touchedCount++] = c;
      count[c] = (count[c] as number) + 1;
    }
  }
  from[n] = k;
  // Positions grouped by class, ascending within a class.
  let offset = 0;
  for (let t = 0; t < touchedCount; t++) {
    const c = touched[t] as number;
    first[c] = offset;
    fill[c] = offset;
    offset += count[c] as number;
  }
  for (let i = 0; i < n; i++) {
    for (let q = from[i] as number, e = from[i + 1] as number; q < e; q++) {
      const c = flat[q] as number;
      positions[fill[c] as number] = i;
      fill[c] = (fill[c] as number) + 1;
    }
  }
  const { edgeStart, edgeClass, edgeChild, anyChild, gapStart, gapMax, gapChild, acceptStart, acceptRef, needStart, needClass } = auto;
  const viable = (node: number): boolean => {
    for (let q = needStart[node] as number, e = needStart[node + 1] as number; q < e; q++) if (count[needClass[q] as number] === 0) return false;
    return true;
  };
  /** The child of `node` for class `cls`, or -1 (binary search over the node's sorted edges). */
  const childOf = (node: number, cls: number): number => {
    let lo = edgeStart[node] as number;
    let hi = (edgeStart[node + 1] as number) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = edgeClass[mid] as number;
      if (c === cls) return edgeChild[mid] as number;
      if (c < cls) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  let limit = 0; // first token past the start's sentence
  let bestCount = 0;
  const visit = (node: number, pos: number): void => {
    if (!viable(node)) return;
    if ((acceptStart[node + 1] as number) > (acceptStart[node] as number)) {
      const b = best[node] as number;
      if (b < 0) {
        if (bestCount === s.bestTouched.length) {
          const grown = new Int32Array(2 * bestCount);
          grown.set(s.bestTouched);
          s.bestTouched = grown;
        }
        s.bestTouched[bestCount++] = node;
        best[node] = pos;
      } else if (pos < b) best[node] = pos;
    }
    if (pos < limit && (edgeStart[node + 1] as number) > (edgeStart[node] as number)) {
      for (let q = from[pos] as number, e = from[pos + 1] as number; q < e; q++) {
        const child = childOf(node, flat[q] as number);
        if (child >= 0) visit(child, pos + 1);
      }
    }
    if (pos < limit) {
      const any = anyChild[node] as number;
      if (any >= 0) visit(any, pos + 1);
    }
    for (let g = gapStart[node] as number, ge = gapStart[node + 1] as number; g < ge; g++) {
      const gc = gapChild[g] as number;
      if (!viable(gc)) continue;
      const last = Math.min(limit - 1, pos + (gapMax[g] as number));
      for (let q = edgeStart[gc] as number, e = edgeStart[gc + 1] as number; q < e; q++) {
        const cls = edgeClass[q] as number;
        const c = count[cls] as number;
        if (c === 0) continue;
        const at = first[cls] as number;
        for (let p = at; p < at + c; p++) {
          const where = positions[p] as number;
          if (where < pos) continue;
          if (where > last) break;
          visit(edgeChild[q] as number, where + 1);
        }
      }
      const any = anyChild[gc] as number;
      if (any >= 0) for (let p = pos; p <= last; p++) visit(any, p + 1);
    }
  };
  const { rootChild } = auto;
  let sentence = -1;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i] as Token;
    if (tok.sentence !== sentence) {
      sentence = tok.sentence;
      limit = i;
      while (limit < n && (tokens[limit] as Token).sentence === sentence) limit++;
    }
    for (let q = from[i] as number, e = from[i + 1] as number; q < e; q++) {
      const child = rootChild[flat[q] as number] as number;
      if (child >= 0) visit(child, i + 1);
    }
    for (let t = 0; t < bestCount; t++) {
      const node = s.bestTouched[t] as number;
      for (let q = acceptStart[node] as number, e = acceptStart[node + 1] as number; q < e; q++) {
        const ref = acceptRef[q] as number;
        if (refActive(ref)) hits.push({ ref, start: i, end: best[node] as number });
      }
      best[node] = -1;
    }
    bestCount = 0;
  }
  for (let t = 0; t < touchedCount; t++) count[touched[t] as number] = 0;
  return hits;
}
