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
  /**
   * Lexicon edges: a lexicon with terms of several words is its own small trie inside the node
   * arrays (rooted at `lexRoot`); the edge "call" runs it from the current token and continues
   * at `lexChild` after each term it matches. By node like edges.
   */
  lexStart: Int32Array;
  lexRoot: Int32Array;
  lexChild: Int32Array;
  /** Per node: 1 when a lexicon's term ends there (the sub-trie returns to its caller). */
  termEnd: Uint8Array;
  /**
   * Per node: the packs (one bit each, as the builder was given them) whose sequences go on
   * through it; -1 inside lexicon sub-tries, which every pack shares. A walk stops at a node
   * none of the ad's packs needs, so an English ad does not walk the French patterns.
   */
  packMask: Int32Array;
  /** The classes a lexicon sub-trie can start with, per sub-trie root (for the root and for gaps). */
  lexFirst: Map<number, Int32Array>;
  /** Root lexicon edges by the class that can start them: class c's are `rootLex*[rootLexStart[c] … rootLexStart[c + 1])`. */
  rootLexStart: Int32Array;
  rootLexRoot: Int32Array;
  rootLexChild: Int32Array;
}

/** The trie while it is built: maps and lists, frozen into typed arrays at the end. */
interface Building {
  edges: Map<number, number>[];
  anyChild: number[];
  gaps: { max: number; child: number }[][];
  accept: number[][];
  lex: Map<number, number>[];
  termEnd: number[];
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

/** A class's identity, without the stemmer (stem and set classes add it). */
function classKey(atom: Atom): string {
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
      if (atom.t === 'stem') return `s\u0000${s}`;
      return `S\u0000${[...atom.lits].sort().join('\u0001')}\u0000${s}\u0000${[...atom.pres].sort().join('\u0001')}`;
    }
    default:
      return atom.t;
  }
}

/**
 * Builds the automaton from compiled sequences: `sequences[i]` with the ref it reports and the
 * stemmer its stem atoms use. A lexicon atom (terms of several words) becomes an edge into the
 * lexicon's own sub-trie, built once however many patterns name it.
 */
export function buildAutomaton(sequences: readonly { atoms: Atom[]; ref: number; stemmer: StemmerName; mask?: number }[]): Automaton {
  const auto = { lit: new Map(), stem: new Map(), pre: new Map(), preLengths: [] as number[], num: [], flag: [], classCount: 0 } as Pick<
    Automaton,
    'lit' | 'stem' | 'pre' | 'preLengths' | 'num' | 'flag' | 'classCount'
  >;
  const b: Building = { edges: [new Map()], anyChild: [-1], gaps: [[]], accept: [[]], lex: [new Map()], termEnd: [0] };
  // Nodes of lexicon sub-tries (built while `inSub` > 0) are shared by every pack.
  let inSub = 0;
  const subNode: boolean[] = [false];
  const acceptMask: number[] = [0];
  const classes = new Map<string, number>();
  // Building a set atom's key is the costly part; atoms of a lexicon are shared objects, so the
  // key is cached by identity.
  const keys = new WeakMap<Atom, string>();
  const preLengths = new Set<number>();
  const push = <K>(map: Map<K, number[]>, key: K, cls: number): void => {
    const list = map.get(key);
    if (list) list.push(cls);
    else map.set(key, [cls]);
  };
  const classOf = (atom: Atom, stemmer: StemmerName): number => {
    let key = keys.get(atom);
    if (key === undefined) keys.set(atom, (key = classKey(atom)));
    if (atom.t === 'stem' || atom.t === 'set') key = `${stemmer}\u0000${key}`;
    let cls = classes.get(key);
    if (cls !== undefined) return cls;
    cls = auto.classCount++;
    classes.set(key, cls);
    const addStems = (values: ReadonlyMap<string, readonly StemGuard[]>): void => {
      let byStem = auto.stem.get(stemmer);
      if (!byStem) auto.stem.set(stemmer, (byStem = new Map()));
      for (const [st, guards] of values) {
        const list = byStem.get(st) ?? [];
        list.push({ cls: cls as number, guards });
        byStem.set(st, list);
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
        for (const pr of atom.pres) {
          push(auto.pre, pr, cls);
          preLengths.add(pr.length);
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
    b.lex.push(new Map());
    b.termEnd.push(0);
    subNode.push(inSub > 0);
    acceptMask.push(0);
    return b.edges.length - 1;
  };
  // Lexicon sub-tries, one per lexicon (by its alternatives' identity) and stemmer.
  const subRoots = new Map<Atom[][], Map<StemmerName, number>>();
  const lexRootOf = (alts: Atom[][], stemmer: StemmerName): number => {
    let byStemmer = subRoots.get(alts);
    if (!byStemmer) subRoots.set(alts, (byStemmer = new Map()));
    let root = byStemmer.get(stemmer);
    if (root !== undefined) return root;
    inSub++;
    root = newNode();
    byStemmer.set(stemmer, root);
    for (const alt of alts) {
      const end = insert(root, alt, stemmer);
      b.termEnd[end] = 1;
    }
    inSub--;
    return root;
  };
  /** Inserts atoms from `node` on; returns the node where they end. */
  function insert(from: number, written: readonly Atom[], stemmer: StemmerName): number {
    // Consecutive gaps add up: "..9 ..6" skips 0 to 15 tokens.
    const atoms: Atom[] = [];
    for (const a of written) {
      const last = atoms[atoms.length - 1];
      if (a.t === 'gap' && last?.t === 'gap') atoms[atoms.length - 1] = { t: 'gap', max: last.max + a.max };
      else atoms.push(a);
    }
    let node = from;
    for (const atom of atoms) {
      if (atom.t === 'gap') {
        const gaps = b.gaps[node] as { max: number; child: number }[];
        let edge = gaps.find((g) => g.max === atom.max);
        if (!edge) gaps.push((edge = { max: atom.max, child: newNode() }));
        node = edge.child;
      } else if (atom.t === 'any') {
        if ((b.anyChild[node] as number) < 0) b.anyChild[node] = newNode();
        node = b.anyChild[node] as number;
      } else if (atom.t === 'lex') {
        const root = lexRootOf(atom.alts, stemmer);
        const lex = b.lex[node] as Map<number, number>;
        let child = lex.get(root);
        if (child === undefined) lex.set(root, (child = newNode()));
        node = child;
      } else {
        const cls = classOf(atom, stemmer);
        const edges = b.edges[node] as Map<number, number>;
        let child = edges.get(cls);
        if (child === undefined) edges.set(cls, (child = newNode()));
        node = child;
      }
    }
    return node;
  }
  for (const { atoms, ref, stemmer, mask } of sequences) {
    const end = insert(0, atoms, stemmer);
    const accept = b.accept[end] as number[];
    if (!accept.includes(ref)) accept.push(ref);
    acceptMask[end] = (acceptMask[end] as number) | (mask ?? -1);
  }
  auto.preLengths = [...preLengths].sort((x, y) => x - y);
  const nodeCount = b.edges.length;
  // needs(node) = ∩ over its ways on of (class of the edge ∪ needs(child)); ∅ where a sequence
  // or a lexicon term ends. A lexicon edge needs what its sub-trie and its child need.
  // Children have higher ids than parents, except sub-trie roots, which are computed on demand.
  const needs: (Set<number> | undefined)[] = new Array(nodeCount);
  const needsOf = (n: number): Set<number> => {
    const done = needs[n];
    if (done) return done;
    let acc: Set<number> | undefined = (b.accept[n] as number[]).length || b.termEnd[n] ? new Set() : undefined;
    const meet = (set: Set<number>): void => {
      if (!acc) acc = new Set(set);
      else for (const c of acc) if (!set.has(c)) acc.delete(c);
    };
    for (const [cls, child] of b.edges[n] as Map<number, number>) meet(new Set([cls, ...needsOf(child)]));
    const any = b.anyChild[n] as number;
    if (any >= 0) meet(needsOf(any));
    for (const g of b.gaps[n] as { max: number; child: number }[]) meet(needsOf(g.child));
    for (const [root, child] of b.lex[n] as Map<number, number>) meet(new Set([...needsOf(root), ...needsOf(child)]));
    const result = acc ?? new Set<number>();
    needs[n] = result;
    return result;
  };
  for (let n = nodeCount - 1; n >= 0; n--) needsOf(n);
  // Children of main-trie nodes have higher ids (sub-trie roots are shared and marked -1).
  const packMask = new Int32Array(nodeCount);
  for (let n = nodeCount - 1; n >= 0; n--) {
    if (subNode[n]) {
      packMask[n] = -1;
      continue;
    }
    let m = acceptMask[n] as number;
    for (const child of (b.edges[n] as Map<number, number>).values()) m |= packMask[child] as number;
    const any = b.anyChild[n] as number;
    if (any >= 0) m |= packMask[any] as number;
    for (const g of b.gaps[n] as { max: number; child: number }[]) m |= packMask[g.child] as number;
    for (const child of (b.lex[n] as Map<number, number>).values()) m |= packMask[child] as number;
    packMask[n] = m;
  }
  const rootChild = new Int32Array(auto.classCount).fill(-1);
  for (const [cls, child] of b.edges[0] as Map<number, number>) rootChild[cls] = child;
  const sortedEdges = b.edges.map((m, n) => (n === 0 ? [] : [...m.entries()].sort((x, y) => x[0] - y[0])));
  const edgeCsr = csr(sortedEdges, (e) => e[0]);
  const childCsr = csr(sortedEdges, (e) => e[1]);
  const gapCsr = csr(b.gaps, (g) => g.max);
  const gapChildCsr = csr(b.gaps, (g) => g.child);
  const acceptCsr = csr(b.accept, (r) => r);
  const needCsr = csr(needs.map((set) => [...(set as Set<number>)].slice(0, 6)), (c) => c);
  const lexLists = b.lex.map((m, n) => (n === 0 ? [] : [...m.entries()]));
  const lexCsr = csr(lexLists, (e) => e[0]);
  const lexChildCsr = csr(lexLists, (e) => e[1]);
  // The classes each sub-trie can start with: its root's class edges (an "any" or a gap first is
  // not allowed: every variant starts with a word).
  const lexFirst = new Map<number, Int32Array>();
  for (const byStemmer of subRoots.values()) {
    for (const root of byStemmer.values()) {
      const first = new Set<number>((b.edges[root] as Map<number, number>).keys());
      // A sub-trie that starts with another lexicon starts with that one's classes.
      const stack = [...(b.lex[root] as Map<number, number>).keys()];
      while (stack.length) {
        const r = stack.pop() as number;
        for (const c of (b.edges[r] as Map<number, number>).keys()) first.add(c);
        stack.push(...(b.lex[r] as Map<number, number>).keys());
      }
      lexFirst.set(root, Int32Array.from([...first].sort((x, y) => x - y)));
    }
  }
  const rootLexLists: [number, number][][] = Array.from({ length: auto.classCount }, () => []);
  for (const [root, child] of b.lex[0] as Map<number, number>) {
    for (const c of lexFirst.get(root) ?? []) (rootLexLists[c] as [number, number][]).push([root, child]);
  }
  const rootLexCsr = csr(rootLexLists, (e) => e[0]);
  const rootLexChildCsr = csr(rootLexLists, (e) => e[1]);
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
    lexStart: lexCsr.start,
    lexRoot: lexCsr.values,
    lexChild: lexChildCsr.values,
    termEnd: Uint8Array.from(b.termEnd),
    packMask,
    lexFirst,
    rootLexStart: rootLexCsr.start,
    rootLexRoot: rootLexCsr.values,
    rootLexChild: rootLexChildCsr.values,
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

/** The classes a token belongs to, as written and (when squeezed) with doubled letters single; ascending. */
export function tokenClasses(auto: Automaton, stemmers: readonly StemmerName[], tok: Token): number[] {
  const out = new Set<number>();
  formClasses(auto, stemmers, tok, tok.text, tok.stemSource, out);
  if (tok.alt !== undefined) formClasses(auto, stemmers, tok, tok.alt, tok.alt, out);
  return [...out].sort((a, b) => a - b);
}

/** A matched token range `[start, end)` of one ref. */
export interface AutomatonHit {
  ref: number;
  start: number;
  end: number;
}

/** Token buffer size kept between ads; a larger one is released after the ad. */
const RETAINED_TOKENS = 1 << 14;

/**
 * One automaton's matcher, reused from ad to ad (matching is synchronous): the walk is a set of
 * methods over the ad's state rather than closures made per ad. Each token's classes are the
 * cached ascending list of its word (shared by every repetition of the word, never copied: a
 * frequent word has hundreds of classes, and copying them per token made a long ad cost
 * tokens × classes before any walk), and which classes occur in the ad at all.
 */
class Run {
  /** Per token position: its ascending classes. */
  lists: (readonly number[])[] = [];
  /** Per class: 1 when some token of the ad has it. */
  readonly present: Uint8Array;
  readonly touched: Int32Array;
  /** Shortest end found per node for the current start (-1: none). */
  readonly best: Int32Array;
  bestTouched = new Int32Array(64);
  bestCount = 0;
  /** Per node after a root lexicon edge: 1 while that lexicon has run for the current start. */
  readonly lexRun: Uint8Array;
  /** Per token position: a stamp, to list gap candidates once. */
  stamp = new Int32Array(256);
  stampValue = 0;
  /** First token past the current start's sentence. */
  limit = 0;
  activeMask = -1;
  /**
   * A sequence reports its shortest match per start *per variant*: the choice of alternative at
   * each lexicon or group it crosses (`sig`, the term-end nodes chosen) makes the variant, as if
   * every alternative had been written out as a pattern of its own.
   */
  readonly bestBySig = new Map<string, number>();

  constructor(readonly auto: Automaton) {
    this.present = new Uint8Array(auto.classCount);
    this.touched = new Int32Array(auto.classCount || 1);
    this.best = new Int32Array(auto.nodeCount).fill(-1);
    this.lexRun = new Uint8Array(auto.nodeCount);
  }

  /** Makes room for an ad of `tokens` tokens. */
  reserve(tokens: number): void {
    if (this.stamp.length < tokens + 1) this.stamp = new Int32Array(2 * (tokens + 1));
  }

  /** Lets go of the ad's token lists, and of a token buffer a long ad grew. */
  release(): void {
    this.lists = [];
    if (this.stamp.length > RETAINED_TOKENS) this.stamp = new Int32Array(256);
  }

  /** Whether every class the completions below `node` need occurs in the ad. */
  viable(node: number): boolean {
    const { needStart, needClass } = this.auto;
    const present = this.present;
    for (let q = needStart[node] as number, e = needStart[node + 1] as number; q < e; q++) if (present[needClass[q] as number] === 0) return false;
    return true;
  }

  /** Whether the token at `pos` has class `cls` (binary search over its ascending classes). */
  has(pos: number, cls: number): boolean {
    const list = this.lists[pos] as readonly number[];
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = list[mid] as number;
      if (c === cls) return true;
      if (c < cls) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** The child of `node` for class `cls`, or -1 (binary search over the node's ascending edges). */
  childOf(node: number, cls: number): number {
    const { edgeStart, edgeClass, edgeChild } = this.auto;
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
  }

  /** Records an accepting node reached with no alternative chosen: its shortest end for this start. */
  accept(node: number, pos: number): void {
    const best = this.best;
    const b = best[node] as number;
    if (b < 0) {
      if (this.bestCount === this.bestTouched.length) {
        const grown = new Int32Array(2 * this.bestCount);
        grown.set(this.bestTouched);
        this.bestTouched = grown;
      }
      this.bestTouched[this.bestCount++] = node;
      best[node] = pos;
    } else if (pos < b) best[node] = pos;
  }

  /**
   * Walks from `node` at token `pos`, `sig` naming the alternatives chosen so far. In a
   * lexicon's sub-trie, `ends` collects each term end (the term's node with the nested choices,
   * and the shortest position after it); in the main trie it is undefined and accepting nodes
   * record their best end per variant.
   */
  walk(node: number, pos: number, ends: Map<string, number> | undefined, sig: string): void {
    const auto = this.auto;
    if (((auto.packMask[node] as number) & this.activeMask) === 0 || !this.viable(node)) return;
    const { edgeStart, edgeClass, edgeChild, anyChild, gapStart, lexStart, lexRoot, lexChild, acceptStart } = auto;
    if (ends) {
      if (auto.termEnd[node]) {
        const term = `${node}${sig}`;
        const b = ends.get(term);
        if (b === undefined || pos < b) ends.set(term, pos);
      }
    } else if ((acceptStart[node + 1] as number) > (acceptStart[node] as number)) {
      if (sig === '') this.accept(node, pos);
      else {
        const key = `${node}|${sig}`;
        const b = this.bestBySig.get(key);
        if (b === undefined || pos < b) this.bestBySig.set(key, pos);
      }
    }
    if (pos < this.limit) {
      const e0 = edgeStart[node] as number;
      const e1 = edgeStart[node + 1] as number;
      const list = this.lists[pos] as readonly number[];
      // Both lists ascend: search the longer for each item of the shorter, in class order either way.
      if (e1 - e0 <= list.length) {
        for (let q = e0; q < e1; q++) if (this.has(pos, edgeClass[q] as number)) this.walk(edgeChild[q] as number, pos + 1, ends, sig);
      } else {
        for (let q = 0; q < list.length; q++) {
          const child = this.childOf(node, list[q] as number);
          if (child >= 0) this.walk(child, pos + 1, ends, sig);
        }
      }
      const any = anyChild[node] as number;
      if (any >= 0) this.walk(any, pos + 1, ends, sig);
      for (let q = lexStart[node] as number, e = lexStart[node + 1] as number; q < e; q++) {
        const child = lexChild[q] as number;
        if (this.viable(child)) this.afterLex(lexRoot[q] as number, pos, child, ends, sig);
      }
    }
    for (let g = gapStart[node] as number, ge = gapStart[node + 1] as number; g < ge; g++) this.gap(g, pos, ends, sig);
  }

  /**
   * A gap edge: skip 0…max tokens of the sentence, then continue where the gap child's classes
   * occur. A gap spans at most a few tokens (15 in the built-in packs, most 2–4), so each
   * position of the window is asked for the class; a class absent from the ad is skipped at once.
   */
  gap(g: number, pos: number, ends: Map<string, number> | undefined, sig: string): void {
    const { edgeStart, edgeClass, edgeChild, anyChild, gapMax, gapChild, lexStart, lexRoot, lexChild, lexFirst } = this.auto;
    const { present, stamp } = this;
    const gc = gapChild[g] as number;
    if (!this.viable(gc)) return;
    const last = Math.min(this.limit - 1, pos + (gapMax[g] as number));
    for (let q = edgeStart[gc] as number, e = edgeStart[gc + 1] as number; q < e; q++) {
      const cls = edgeClass[q] as number;
      if (present[cls] === 0) continue;
      for (let where = pos; where <= last; where++) if (this.has(where, cls)) this.walk(edgeChild[q] as number, where + 1, ends, sig);
    }
    const any = anyChild[gc] as number;
    if (any >= 0) for (let p = pos; p <= last; p++) this.walk(any, p + 1, ends, sig);
    // A lexicon after a gap: try each position in the window where one of its first classes occurs.
    for (let q = lexStart[gc] as number, e = lexStart[gc + 1] as number; q < e; q++) {
      const root = lexRoot[q] as number;
      const child = lexChild[q] as number;
      if (!this.viable(child)) continue;
      const mark = ++this.stampValue;
      for (const cls of lexFirst.get(root) ?? []) {
        if (present[cls] === 0) continue;
        for (let where = pos; where <= last; where++) {
          if (stamp[where] === mark || !this.has(where, cls)) continue;
          stamp[where] = mark;
          this.afterLex(root, where, child, ends, sig);
        }
      }
    }
  }

  /**
   * Runs a lexicon's sub-trie from `pos`, then walks on from `child` once per term that matched
   * (a term and, inside it, the terms of nested lexicons it crossed), from that term's shortest
   * end: a term is a variant of its own, and a gap inside it takes its first fit.
   */
  afterLex(root: number, pos: number, child: number, ends: Map<string, number> | undefined, sig: string): void {
    const terms = new Map<string, number>();
    this.walk(root, pos, terms, '');
    for (const [term, end] of terms) this.walk(child, end, ends, `${sig},${term}`);
  }
}

const runs = new WeakMap<Automaton, Run>();

/**
 * Runs the automaton from every token: a depth-first walk of the trie per start token, within
 * the start token's sentence. A gap asks each position of its short window for the class that
 * follows it (skipping a class the ad lacks at once); a lexicon edge runs the lexicon's sub-trie
 * and continues after each term it matched. Each sequence reports its shortest match per start.
 * `classesOf` must give each token's classes in ascending order (as {@link tokenClasses} does)
 * and should return the same array for the same word, which is then read once.
 */
export function runAutomaton(
  auto: Automaton,
  tokens: readonly Token[],
  classesOf: (tok: Token) => readonly number[],
  refActive: (ref: number) => boolean,
  activeMask = -1,
  select?: (refs: Int32Array, count: number) => (ref: number) => boolean,
): AutomatonHit[] {
  // Hits are kept flat (ref, start, end) while the walk runs and made objects at the end, only
  // those `select` keeps once every ref that hit is known.
  let flatHits = new Int32Array(3 * 256);
  let hitCount = 0;
  const emit = (ref: number, start: number, end: number): void => {
    if (3 * hitCount === flatHits.length) {
      const grown = new Int32Array(2 * flatHits.length);
      grown.set(flatHits);
      flatHits = grown;
    }
    flatHits[3 * hitCount] = ref;
    flatHits[3 * hitCount + 1] = start;
    flatHits[3 * hitCount + 2] = end;
    hitCount++;
  };
  const n = tokens.length;
  let s = runs.get(auto);
  if (!s) runs.set(auto, (s = new Run(auto)));
  s.reserve(n);
  s.activeMask = activeMask;
  const lists: (readonly number[])[] = new Array(n);
  for (let i = 0; i < n; i++) lists[i] = classesOf(tokens[i] as Token);
  s.lists = lists;
  const { present, touched, best, lexRun, stamp, bestBySig } = s;
  stamp.fill(-1, 0, n + 1);
  // The classes present in the ad, read once per distinct list (a repeated word shares its cached list).
  let touchedCount = 0;
  for (const list of new Set(lists)) {
    for (let j = 0; j < list.length; j++) {
      const c = list[j] as number;
      if (present[c] === 0) {
        present[c] = 1;
        touched[touchedCount++] = c;
      }
    }
  }

  const { rootChild, rootLexStart, rootLexRoot, rootLexChild, acceptStart, acceptRef, packMask } = auto;
  // Sequences that start with a lexicon of several-word terms (none in the built-in packs).
  const rootLexicons = rootLexRoot.length > 0;
  const lexRan: number[] = [];
  let sentence = -1;
  for (let i = 0; i < n; i++) {
    const tok = tokens[i] as Token;
    if (tok.sentence !== sentence) {
      sentence = tok.sentence;
      let limit = i;
      while (limit < n && (tokens[limit] as Token).sentence === sentence) limit++;
      s.limit = limit;
    }
    const list = lists[i] as readonly number[];
    for (let q = 0; q < list.length; q++) {
      const cls = list[q] as number;
      const child = rootChild[cls] as number;
      if (child >= 0 && ((packMask[child] as number) & activeMask) !== 0) s.walk(child, i + 1, undefined, '');
      if (!rootLexicons) continue;
      // Sequences that start with a lexicon of several-word terms, by a class it can start with.
      for (let r = rootLexStart[cls] as number, re = rootLexStart[cls + 1] as number; r < re; r++) {
        const root = rootLexRoot[r] as number;
        const lexChildNode = rootLexChild[r] as number;
        // Several classes of this token may lead to the same lexicon: run it once per start.
        if (lexRun[lexChildNode] === 1) continue;
        lexRun[lexChildNode] = 1;
        lexRan.push(lexChildNode);
        if (s.viable(lexChildNode)) s.afterLex(root, i, lexChildNode, undefined, '');
      }
    }
    if (lexRan.length) {
      for (const node of lexRan) lexRun[node] = 0;
      lexRan.length = 0;
    }
    for (let t = 0; t < s.bestCount; t++) {
      const node = s.bestTouched[t] as number;
      for (let q = acceptStart[node] as number, e = acceptStart[node + 1] as number; q < e; q++) {
        const ref = acceptRef[q] as number;
        if (refActive(ref)) emit(ref, i, best[node] as number);
      }
      best[node] = -1;
    }
    s.bestCount = 0;
    if (bestBySig.size) {
      for (const [key, end] of bestBySig) {
        const node = Number(key.slice(0, key.indexOf('|')));
        for (let q = acceptStart[node] as number, e = acceptStart[node + 1] as number; q < e; q++) {
          const ref = acceptRef[q] as number;
          if (refActive(ref)) emit(ref, i, end);
        }
      }
      bestBySig.clear();
    }
  }
  for (let t = 0; t < touchedCount; t++) present[touched[t] as number] = 0;
  s.release();
  let keep: ((ref: number) => boolean) | undefined;
  if (select) {
    const refs = new Int32Array(hitCount);
    for (let h = 0; h < hitCount; h++) refs[h] = flatHits[3 * h] as number;
    keep = select(refs, hitCount);
  }
  const hits: AutomatonHit[] = [];
  for (let h = 0; h < hitCount; h++) {
    const ref = flatHits[3 * h] as number;
    if (!keep || keep(ref)) hits.push({ ref, start: flatHits[3 * h + 1] as number, end: flatHits[3 * h + 2] as number });
  }
  return hits;
}
