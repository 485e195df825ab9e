import { TraffickingSignalsError } from '../errors.js';
import { normalizeText } from '../normalize/index.js';
import { accented, tokenize } from '../tokenize/index.js';
import { inflectionForms, stem, type StemmerName } from './stem.js';

/**
 * Keeps a stem match to the word's inflections: the token must start with `prefix` (about the
 * form less its last two letters) and be at most `maxLength` long. Porter-style stemmers also strip
 * derivational suffixes ("organization" → `organ`, "general" → `gener` like "generous"); the
 * guard lets "passports", "logement" and "jóvenes" through and keeps those out.
 */
export interface StemGuard {
  prefix: string;
  maxLength: number;
}

/** Stems a token may have, each with the guards of the forms that produced it. */
export type StemValues = ReadonlyMap<string, readonly StemGuard[]>;

/**
 * One position of a compiled pattern.
 * - `lit`: the token equals `value`; `one`: the token is one of `values` (a group of one-word
 *   alternatives, kept as a set rather than expanded); `stem`: the token's stem is one of
 *   `values` (the stems of the word's singular and plural forms), within the guard;
 * - `pre`: the token starts with `value`;
 * - `set`: any of `lits`, `stems` or prefixes `pres` (the one-word terms of a lexicon, or of a
 *   group that mixes them);
 * - `num`: a number token from `min` to `max`; `flag`: a national flag emoji; `any`: any one token;
 * - `lex`: any term of a lexicon that has terms of several words (`alts`: its alternatives,
 *   the one-word terms merged into one set atom); it stays one position instead of multiplying
 *   the pattern's variants by the number of terms;
 * - `gap`: zero to `max` tokens of the same sentence.
 */
export type Atom =
  | { t: 'lit'; value: string }
  | { t: 'one'; values: ReadonlySet<string> }
  | { t: 'stem'; values: StemValues }
  | { t: 'pre'; value: string }
  | { t: 'set'; lits: ReadonlySet<string>; stems: StemValues; pres: readonly string[] }
  | { t: 'num'; min: number; max: number }
  | { t: 'flag' }
  | { t: 'lex'; name: string; alts: Atom[][] }
  | { t: 'any' }
  | { t: 'gap'; max: number };

/**
 * Looks up `@name` in a pack's lexicons (then the language-independent pack's): its
 * alternatives as atom sequences, or undefined when no such lexicon exists.
 */
export interface LexiconResolver {
  resolve(name: string): Atom[][] | undefined;
  /** Every lexicon name it knows, for error messages. */
  names(): string[];
}

/** How a pattern is read. */
export interface PatternScope {
  stemmer: StemmerName;
  lexicons?: LexiconResolver | undefined;
  /** Lexicon terms: a plain word matches its inflections (stemmer, guarded); `=word` only itself. */
  morphology?: boolean;
}

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
    if (depth > 1) fail(pattern, 'groups cannot be nested: write two patterns, or name the alternatives as a lexicon (@name)');
    if (/\s/.test(ch) && depth === 0) {
      if (cur) parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (depth !== 0) fail(pattern, 'a "(" is not closed');
  if (cur) parts.push(cur);
  return parts;
}

/**
 * The guard of one form of a word: a token must start with the word less its last two
 * letters (a shorter back-formed singular: less its last letter), and be at most four letters
 * longer than the longer of the two.
 */
function guardOf(form: string, word: string): StemGuard {
  const keep = form.length < word.length ? form.length - 1 : word.length - 2;
  return { prefix: form.slice(0, Math.min(form.length, Math.max(3, keep))), maxLength: Math.max(form.length, word.length) + 4 };
}

const foldWord = (word: string): string => tokenize(normalizeText(word)).map((t) => t.text).join('');

/** The stems of a word's inflected forms, each with the guard of its form. */
function stemValues(stemmer: StemmerName, word: string, folded: string): Map<string, StemGuard[]> {
  const values = new Map<string, StemGuard[]>();
  for (const form of inflectionForms(stemmer, accented(word, folded))) {
    const plain = foldWord(form) || folded;
    const guard = guardOf(plain, folded);
    // The stemmers give "disponível" and "disponivel" different stems: ads write both.
    for (const s of new Set([stem(stemmer, form), stem(stemmer, plain)])) {
      const guards = values.get(s) ?? [];
      guards.push(guard);
      values.set(s, guards);
    }
  }
  return values;
}

const NUMBER = /^#num(?:(<=|>=|<|>)(\d{1,9})|(\d{1,9})-(\d{1,9}))?$/;

function numberAtom(pattern: string, word: string): Atom | undefined {
  const m = NUMBER.exec(word);
  if (!m) return word.startsWith('#') ? fail(pattern, `"${word}": write "#num", "#num<18", "#num>=18", "#num18-35" or "#flag"`) : undefined;
  const [, op, bound, lo, hi] = m;
  if (lo !== undefined && hi !== undefined) {
    if (Number(lo) > Number(hi)) fail(pattern, `"${word}": the range is written low-high`);
    return { t: 'num', min: Number(lo), max: Number(hi) };
  }
  const n = Number(bound);
  switch (op) {
    case '<':
      return { t: 'num', min: -Infinity, max: n - 1 };
    case '<=':
      return { t: 'num', min: -Infinity, max: n };
    case '>':
      return { t: 'num', min: n + 1, max: Infinity };
    case '>=':
      return { t: 'num', min: n, max: Infinity };
    default:
      return { t: 'num', min: -Infinity, max: Infinity };
  }
}

const wordCache = new Map<string, Atom[]>();

/** Compiles one word of a pattern (no spaces, no `@`) into atoms; words recur across rules, so memoised. */
function wordAtoms(pattern: string, word: string, stemmer: StemmerName, morphology: boolean): Atom[] {
  const key = `${stemmer}\u0000${morphology ? 1 : 0}\u0000${word}`;
  let atoms = wordCache.get(key);
  if (!atoms) {
    atoms = compileWord(pattern, word, stemmer, morphology);
    wordCache.set(key, atoms);
  }
  return atoms;
}

const LETTERS = /^\p{L}+$/u;

function compileWord(pattern: string, word: string, stemmer: StemmerName, morphology: boolean): Atom[] {
  if (word === '*') return [{ t: 'any' }];
  if (word === '#flag') return [{ t: 'flag' }];
  const num = numberAtom(pattern, word);
  if (num) return [num];
  const gap = /^\.\.([1-9])$/.exec(word);
  if (gap) return [{ t: 'gap', max: Number(gap[1]) }];
  if (word.startsWith('..')) fail(pattern, `gaps are written "..1" to "..9", not "${word}"`);
  const exact = word.length > 1 && word.startsWith('=');
  const isStem = word.startsWith('~');
  const isPrefix = word.length > 1 && word.endsWith('*');
  const bare = word.slice(isStem || exact ? 1 : 0, isPrefix ? -1 : undefined);
  const toks = tokenize(normalizeText(bare)).map((t) => t.text);
  if (toks.length === 0) fail(pattern, `"${word}" has no letters, digits, emoji or currency signs`);
  // In a lexicon, a plain word matches its inflections too; "=word" opts out.
  const stemmed = isStem || (morphology && !exact && !isPrefix && stemmer !== 'none' && toks.length === 1 && LETTERS.test(bare));
  if (stemmed || isPrefix) {
    if (toks.length !== 1) fail(pattern, `"${word}": "~" and "*" apply to one plain word`);
    const only = toks[0] as string;
    if (stemmed) {
      if (stemmer === 'none') fail(pattern, '"~word" needs a pack with a stemmer');
      return [{ t: 'stem', values: stemValues(stemmer, bare, only) }];
    }
    if (only.length < 3) fail(pattern, `prefix "${word}" is too short: use at least 3 letters`);
    return [{ t: 'pre', value: only }];
  }
  return toks.map((value) => ({ t: 'lit', value }) as Atom);
}

/** The alternatives one word of a pattern stands for: one sequence, or a lexicon's. */
function wordOptions(pattern: string, word: string, scope: PatternScope): Atom[][] {
  if (word.length > 1 && word.startsWith('@')) {
    const name = word.slice(1);
    if (!/^[a-z][a-z0-9_]*$/.test(name)) fail(pattern, `"${word}": lexicon names are lower case letters, digits and "_"`);
    const alts = scope.lexicons?.resolve(name);
    if (!alts) {
      const known = scope.lexicons?.names() ?? [];
      fail(pattern, `unknown lexicon "@${name}"${known.length ? ` (known: ${known.map((n) => `@${n}`).join(', ')})` : ''}: define it in the pack's lexicons.yml`);
    }
    // A lexicon of one-word terms is one set atom; one with longer terms is one lexicon atom.
    const merged = mergeSingles(alts as Atom[][]);
    if (merged.length === 1 && merged[0]?.length === 1) return merged;
    return [[{ t: 'lex', name, alts: merged }]];
  }
  return [wordAtoms(pattern, word, scope.stemmer, scope.morphology ?? false)];
}

function product(pattern: string, prefixes: Atom[][], options: Atom[][]): Atom[][] {
  const next: Atom[][] = [];
  for (const seq of prefixes) for (const opt of options) next.push([...seq, ...opt]);
  if (next.length > MAX_EXPANSION) fail(pattern, `expands to over ${MAX_EXPANSION} variants: split it`);
  return next;
}

const SINGLE = new Set(['lit', 'one', 'stem', 'pre', 'set']);

/**
 * Alternatives with every alternative that is a whole lexicon replaced by that lexicon's own
 * alternatives, so "(@wages|first)" is one set of words plus the lexicon's longer terms, exactly
 * as if the lexicon's terms had been written into the group.
 */
export function spliceLexicons(options: Atom[][]): Atom[][] {
  return options.flatMap((o) => (o.length === 1 && o[0]?.t === 'lex' ? o[0].alts : [o]));
}

/**
 * Merges the one-atom alternatives of a group into one atom, so that "(pass|ausweis|papiere)"
 * or a lexicon of a hundred words is one position, not a hundred variants.
 */
export function mergeSingles(options: Atom[][]): Atom[][] {
  const singles = options.filter((o) => o.length === 1 && SINGLE.has((o[0] as Atom).t));
  if (singles.length < 2) return options;
  const lits = new Set<string>();
  const stems = new Map<string, StemGuard[]>();
  const pres = new Set<string>();
  for (const [atom] of singles as [Atom][]) {
    if (atom.t === 'lit') lits.add(atom.value);
    else if (atom.t === 'one') for (const v of atom.values) lits.add(v);
    else if (atom.t === 'pre') pres.add(atom.value);
    else if (atom.t === 'stem' || atom.t === 'set') {
      const values = atom.t === 'stem' ? atom.values : atom.stems;
      for (const [s, guards] of values) stems.set(s, [...(stems.get(s) ?? []), ...guards]);
      if (atom.t === 'set') {
        for (const v of atom.lits) lits.add(v);
        for (const p of atom.pres) pres.add(p);
      }
    }
  }
  const merged: Atom =
    stems.size === 0 && pres.size === 0 ? { t: 'one', values: lits } : { t: 'set', lits, stems, pres: [...pres] };
  return [[merged], ...options.filter((o) => !singles.includes(o))];
}

/** Lexicons with this many alternatives or fewer are written out rather than kept as one position. */
const SMALL_LEXICON = 4;

/**
 * Writes out the lexicon atoms that are cheaper as variants: one that starts the sequence (the
 * automaton's root then shares its first words with every other pattern) and small ones.
 */
function openLexicons(seq: Atom[]): Atom[][] {
  const at = seq.findIndex((a, i) => a.t === 'lex' && (i === 0 || a.alts.length <= SMALL_LEXICON));
  if (at < 0) return [seq];
  const lex = seq[at] as Extract<Atom, { t: 'lex' }>;
  return lex.alts.flatMap((alt) => openLexicons([...seq.slice(0, at), ...alt, ...seq.slice(at + 1)]));
}

/**
 * Expands a pattern into the atom sequences it matches.
 *
 * Syntax: words separated by spaces; `(a|b c|d)` alternatives (each may be several words);
 * `?` after a word or group makes it optional; `~word` matches any word with the same stem;
 * `word*` any word starting with it; `@name` any term of the pack's lexicon `name`; `#num`
 * any number, `#num<18`, `#num>=18`, `#num18-35` a number in that range; `#flag` a flag
 * emoji; `*` any one token;
 * `..3` up to three tokens. Text is normalised like the ads, so case, accents and punctuation
 * do not matter.
 *
 * @example
 * ```ts
 * import { expandPattern } from 'trafficking-signals';
 * expandPattern('(no|zero) experience (needed|required)?', 'none').length; // 2 (one-word groups stay sets)
 * expandPattern('age #num<18', 'none')[0]?.[1]; // { t: "num", min: -Infinity, max: 17 }
 * ```
 */
export function expandPattern(pattern: string, stemmer: StemmerName, lexicons?: LexiconResolver, morphology = false): Atom[][] {
  const scope: PatternScope = { stemmer, lexicons, morphology };
  let seqs: Atom[][] = [[]];
  // Alternatives kept as one position still count towards the variant cap.
  let variants = 1;
  for (const part of splitTop(pattern)) {
    const optional = part.length > 1 && part.endsWith('?');
    const body = optional ? part.slice(0, -1) : part;
    let options: Atom[][];
    if (body.startsWith('(')) {
      if (!body.endsWith(')')) fail(pattern, `"${part}": put "?" or nothing after ")"`);
      const alts = body.slice(1, -1).split('|');
      if (alts.some((a) => a.trim() === '')) fail(pattern, `"${part}" has an empty alternative`);
      options = mergeSingles(
        spliceLexicons(alts.flatMap((alt) =>
          alt
            .trim()
            .split(/\s+/)
            .reduce<Atom[][]>((acc, w) => product(pattern, acc, wordOptions(pattern, w, scope)), [[]]),
        )),
      );
      // A group of several-word alternatives is one position too (its own sub-trie when matched),
      // but counts its alternatives towards the variant cap.
      if (options.length > 1 || (options[0]?.length ?? 0) > 1) options = [[{ t: 'lex', name: part, alts: options }]];
    } else options = wordOptions(pattern, body, scope);
    if (optional) options = [...options, []];
    let count = 0;
    for (const o of options) count += o.length === 1 && o[0]?.t === 'lex' ? o[0].alts.length : 1;
    variants *= count;
    if (variants > MAX_EXPANSION) fail(pattern, `expands to over ${MAX_EXPANSION} variants: split it`);
    seqs = product(pattern, seqs, options);
  }
  seqs = seqs.flatMap(openLexicons);
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
