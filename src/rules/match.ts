import type { Token } from '../tokenize/index.js';
import type { CompiledRuleset, IndexEntry } from './compile.js';
import type { Atom, StemValues } from './pattern.js';
import type { PackId } from './schema.js';
import { stem, type StemmerName } from './stem.js';

/** A matched token range `[start, end)` for one matcher reference. */
export interface Hit {
  ref: number;
  start: number;
  end: number;
}

/** Does a token whose stem is looked up with `stemmer` fall within one of the stem's guards? */
function stemMatches(values: StemValues, stemmer: StemmerName, source: string, text: string): boolean {
  const guards = values.get(stem(stemmer, source));
  if (!guards) return false;
  for (const g of guards) if (text.length <= g.maxLength && text.startsWith(g.prefix)) return true;
  return false;
}

function formMatches(atom: Atom, tok: Token, text: string, source: string, stemmer: StemmerName): boolean {
  switch (atom.t) {
    case 'lit':
      return text === atom.value;
    case 'one':
      return atom.values.has(text);
    case 'stem':
      return tok.kind === 'word' && stemMatches(atom.values, stemmer, source, text);
    case 'pre':
      return text.startsWith(atom.value);
    case 'set':
      if (atom.lits.has(text)) return true;
      if (tok.kind === 'word' && atom.stems.size && stemMatches(atom.stems, stemmer, source, text)) return true;
      for (const p of atom.pres) if (text.startsWith(p)) return true;
      return false;
    case 'num': {
      if (tok.kind !== 'number') return false;
      if (atom.min === -Infinity && atom.max === Infinity) return true;
      const n = Number(text);
      return n >= atom.min && n <= atom.max;
    }
    case 'flag':
      return tok.kind === 'emoji' && text.length === 4 && (text.codePointAt(0) ?? 0) >= 0x1f1e6 && (text.codePointAt(0) ?? 0) <= 0x1f1ff;
    case 'any':
      return true;
    case 'gap':
      return false;
  }
}

/** A token matches an atom as written, or in its squeezed form ("gooorgeous" → "gorgeous"). */
function atomMatches(atom: Atom, tok: Token, stemmer: StemmerName): boolean {
  if (formMatches(atom, tok, tok.text, tok.stemSource, stemmer)) return true;
  return tok.alt !== undefined && formMatches(atom, tok, tok.alt, tok.alt, stemmer);
}

/** Matches atoms from `k` at token `pos`; returns the end token index or -1. Shortest wins. */
function verify(atoms: Atom[], k: number, tokens: Token[], pos: number, sentence: number, stemmer: StemmerName): number {
  if (k === atoms.length) return pos;
  const atom = atoms[k] as Atom;
  if (atom.t === 'gap') {
    for (let g = 0; g <= atom.max; g++) {
      const at = pos + g;
      if (g > 0 && tokens[at - 1]?.sentence !== sentence) break;
      const end = verify(atoms, k + 1, tokens, at, sentence, stemmer);
      if (end >= 0) return end;
    }
    return -1;
  }
  const tok = tokens[pos];
  if (!tok || tok.sentence !== sentence || !atomMatches(atom, tok, stemmer)) return -1;
  return verify(atoms, k + 1, tokens, pos + 1, sentence, stemmer);
}

/**
 * One pass over the tokens: at each token, look up the sequences whose first atom is this
 * word, its stem (for the stemmers of active packs) or one of its prefixes, and verify only
 * those. Sequences of inactive packs are skipped.
 */
export function matchTokens(tokens: Token[], compiled: CompiledRuleset, active: ReadonlySet<PackId>): Hit[] {
  const hits: Hit[] = [];
  const stemmers = new Set<StemmerName>();
  for (const p of compiled.packs) if (active.has(p.pack) && p.stemmer !== 'none') stemmers.add(p.stemmer);
  // Ads reuse a few thousand words: the candidate sequences of a word, for this set of active
  // packs, are looked up once and then cached, so most tokens cost one map lookup.
  const signature = [...active].sort().join(',');
  let cache = compiled.candidates.get(signature);
  if (!cache) compiled.candidates.set(signature, (cache = new Map()));
  if (cache.size > CANDIDATE_CACHE_LIMIT) cache.clear();
  const present = new Set<string>();
  for (const t of tokens) {
    present.add(t.text);
    if (t.alt !== undefined) present.add(t.alt);
  }
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const cacheKey = `${tok.kind}\u0000${tok.text}\u0000${tok.stemSource}\u0000${tok.alt ?? ''}`;
    let candidates = cache.get(cacheKey);
    if (!candidates) {
      candidates = candidatesFor(tok, compiled, active, stemmers);
      cache.set(cacheKey, candidates);
    }
    next: for (const entry of candidates) {
      for (const w of entry.needs) if (!present.has(w)) continue next;
      const ref = compiled.refs[entry.ref] as CompiledRuleset['refs'][number];
      const end = verify(entry.atoms, 0, tokens, i, tok.sentence, ref.stemmer);
      if (end > i) hits.push({ ref: entry.ref, start: i, end });
    }
  }
  return hits;
}

const CANDIDATE_CACHE_LIMIT = 200_000;

/** Every compiled sequence of an active pack whose first atom can match this token. */
function candidatesFor(tok: Token, compiled: CompiledRuleset, active: ReadonlySet<PackId>, stemmers: Set<StemmerName>): IndexEntry[] {
  const out: IndexEntry[] = [];
  const keys = new Set<string>();
  for (const [text, source] of tok.alt === undefined ? [[tok.text, tok.stemSource]] : [[tok.text, tok.stemSource], [tok.alt, tok.alt]]) {
    keys.add(`l:${text}`);
    if (tok.kind === 'word') {
      for (const s of stemmers) keys.add(`s:${s}:${stem(s, source as string)}`);
      for (const len of compiled.prefixLengths) {
        if (len > (text as string).length) break;
        keys.add(`p:${(text as string).slice(0, len)}`);
      }
    }
  }
  if (tok.kind === 'number') keys.add('n:');
  if (tok.kind === 'emoji' && tok.text.length === 4) keys.add('f:');
  // A sequence filed under several keys (a lexicon's word and its stem) is tried once.
  const seen = new Set<IndexEntry>();
  for (const key of keys) {
    const bucket = compiled.index.get(key);
    if (!bucket) continue;
    for (const entry of bucket) {
      const ref = compiled.refs[entry.ref];
      if (ref && active.has(ref.pack) && !seen.has(entry)) {
        seen.add(entry);
        out.push(entry);
      }
    }
  }
  return out;
}
