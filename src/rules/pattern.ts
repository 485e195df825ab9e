import { TraffickingSignalsError } from '../errors.js';
import { normalizeText } from '../normalize/index.js';
import { accented, tokenize } from '../tokenize/index.js';
import { inflectionStems, type StemmerName } from './stem.js';

/**
 * One position of a compiled pattern.
 * - `lit`: the token equals `value`; `one`: the token is one of `values` (a group of
 *   one-word alternatives, kept as a set rather than expanded); `stem`: the token's stem is one of `values` (the stems of
 *   the word's singular and plural forms);
 * - `pre`: the token starts with `value`; `num`: any number; `any`: any one token;
 * - `gap`: zero to `max` tokens of the same sentence.
 */
export type Atom =
  | { t: 'lit'; value: string }
  | { t: 'one'; values: ReadonlySet<string> }
  | { t: 'stem'; values: ReadonlySet<string> }
  | { t: 'pre'; value: string }
  | { t: 'num' }
  | { t: 'any' }
  | { t: 'gap'; max: number };

/** Most sequences one pattern may expand to; beyond it, write two patterns. */
export const MAX_EXPANSION = 2048;

const fail = (pattern: string, why: string): never => {
  throw new TraffickingSignalsError('invalid_rules', `pattern "${pattern}": ${why}`);
};

/** Splits at top-level spaces, keeping parenthesised groups whole. */
function splitTop(pattern: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of pattern) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth < 0) fail(pattern, 'a ")" has no matching "("');
    if (depth > 1) fail(pattern, 'groups cannot be nested: write two patterns instead');
    if (/\s/.test(ch) && depth === 0) {
      if (cur) parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (depth !== 0) fail(pattern, 'a "(" is not closed');
  if (cur) parts.push(cur);
  return parts;
}

const wordCache = new Map<string, Atom[]>();

/** Compiles one word of a pattern (no spaces) into atoms; words recur across rules, so memoised. */
function wordAtoms(pattern: string, word: string, stemmer: StemmerName): Atom[] {
  const key = `${stemmer}\u0000${word}`;
  let atoms = wordCache.get(key);
  if (!atoms) {
    atoms = compileWord(pattern, word, stemmer);
    wordCache.set(key, atoms);
  }
  return atoms;
}

function compileWord(pattern: string, word: string, stemmer: StemmerName): Atom[] {
  if (word === '*') return [{ t: 'any' }];
  if (word === '#num') return [{ t: 'num' }];
  const gap = /^\.\.([1-9])$/.exec(word);
  if (gap) return [{ t: 'gap', max: Number(gap[1]) }];
  if (word.startsWith('..')) fail(pattern, `gaps are written "..1" to "..9", not "${word}"`);
  const isStem = word.startsWith('~');
  const isPrefix = word.length > 1 && word.endsWith('*');
  const bare = word.slice(isStem ? 1 : 0, isPrefix ? -1 : undefined);
  const toks = tokenize(normalizeText(bare)).map((t) => t.text);
  if (toks.length === 0) fail(pattern, `"${word}" has no letters, digits, emoji or currency signs`);
  if (isStem || isPrefix) {
    if (toks.length !== 1) fail(pattern, `"${word}": "~" and "*" apply to one plain word`);
    const only = toks[0] as string;
    if (isStem) {
      if (stemmer === 'none') fail(pattern, '"~word" needs a pack with a stemmer');
      return [{ t: 'stem', values: new Set(inflectionStems(stemmer, accented(bare, only))) }];
    }
    if (only.length < 3) fail(pattern, `prefix "${word}" is too short: use at least 3 letters`);
    return [{ t: 'pre', value: only }];
  }
  return toks.map((value) => ({ t: 'lit', value }) as Atom);
}

/**
 * Expands a pattern into the atom sequences it matches.
 *
 * Syntax: words separated by spaces; `(a|b c|d)` alternatives (each may be several words);
 * `?` after a word or group makes it optional; `~word` matches any word with the same stem;
 * `word*` any word starting with it; `#num` any number; `*` any one token; `..3` up to three
 * tokens. Text is normalised like the ads, so case, accents and punctuation do not matter.
 *
 * @example
 * ```ts
 * import { expandPattern } from 'trafficking-signals';
 * expandPattern('(no|zero) experience (needed|required)?', 'none').length; // 2 (one-word groups stay sets)
 * ```
 */
export function expandPattern(pattern: string, stemmer: StemmerName): Atom[][] {
  let seqs: Atom[][] = [[]];
  for (const part of splitTop(pattern)) {
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    let options: Atom[][];
    if (body.startsWith('(')) {
      if (!body.endsWith(')')) fail(pattern, `"${part}": put "?" or nothing after ")"`);
      const alts = body.slice(1, -1).split('|');
      if (alts.some((a) => a.trim() === '')) fail(pattern, `"${part}" has an empty alternative`);
      options = alts.map((alt) =>
        alt.trim().split(/\s+/).flatMap((w) => wordAtoms(pattern, w, stemmer)),
      );
      // One-word literal alternatives become one set atom: "(pass|ausweis|papiere)" is one
      // position, not three variants, so groups multiply the variants only when they must.
      const singles = options.filter((o) => o.length === 1 && o[0]?.t === 'lit');
      if (singles.length > 1) {
        const values = new Set(singles.map((o) => (o[0] as { value: string }).value));
        options = [[{ t: 'one', values }], ...options.filter((o) => !singles.includes(o))];
      }
    } else options = [wordAtoms(pattern, body, stemmer)];
    if (optional) options = [...options, []];
    const next: Atom[][] = [];
    for (const seq of seqs) for (const opt of options) next.push([...seq, ...opt]);
    if (next.length > MAX_EXPANSION) fail(pattern, `expands to over ${MAX_EXPANSION} variants: split it`);
    seqs = next;
  }
  for (const seq of seqs) {
    const first = seq[0];
    if (!first) fail(pattern, 'every variant needs at least one word');
    else if (first.t === 'any' || first.t === 'gap') {
      fail(pattern, 'every variant must start with a word or #num (not "*" or a gap)');
    }
    const last = seq[seq.length - 1];
    if (last?.t === 'gap') fail(pattern, 'a gap cannot end a pattern');
  }
  return seqs;
}
