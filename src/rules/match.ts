import type { Token } from '../tokenize/index.js';
import type { CompiledRuleset, IndexEntry } from './compile.js';
import type { Atom } from './pattern.js';
import type { PackId } from './schema.js';
import { stem, type StemmerName } from './stem.js';

/** A matched token range `[start, end)` for one matcher reference. */
export interface Hit {
  ref: number;
  start: number;
  end: number;
}

function atomMatches(atom: Atom, tok: Token, stemmer: StemmerName): boolean {
  switch (atom.t) {
    case 'lit':
      return tok.text === atom.value;
    case 'one':
      return atom.values.has(tok.text);
    case 'stem':
      return tok.kind === 'word' && atom.values.has(stem(stemmer, tok.stemSource));
    case 'pre':
      return tok.text.startsWith(atom.value);
    case 'num':
      return tok.kind === 'number';
    case 'any':
      return true;
    case 'gap':
      return false;
  }
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
  for (const t of tokens) present.add(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const cacheKey = `${tok.kind}\u0000${tok.text}\u0000${tok.stemSource}`;
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
  const keys: string[] = [];
  keys.push(`l:${tok.text}`);
  if (tok.kind === 'number') keys.push('n:');
  if (tok.kind === 'word') {
    for (const s of stemmers) keys.push(`s:${s}:${stem(s, tok.stemSource)}`);
    for (const len of compiled.prefixLengths) {
      if (len > tok.text.length) break;
      keys.push(`p:${tok.text.slice(0, len)}`);
    }
  }
  for (const key of keys) {
    const bucket = compiled.index.get(key);
    if (!bucket) continue;
    for (const entry of bucket) {
      const ref = compiled.refs[entry.ref];
      if (ref && active.has(ref.pack)) out.push(entry);
    }
  }
  return out;
}
