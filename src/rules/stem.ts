import { createRequire } from 'node:module';

/** A stemmer name: a pack language, or `none`. */
export type StemmerName = 'none' | 'en' | 'fr' | 'es' | 'de' | 'pt' | 'it';

interface NaturalStemmer {
  stem(token: string): string;
}

// natural's package root loads database clients and prints to stdout; its stemmer modules
// are plain CommonJS files with no such side effects, so they are required by path.
const FILES: Record<Exclude<StemmerName, 'none'>, string> = {
  en: 'natural/lib/natural/stemmers/porter_stemmer.js',
  fr: 'natural/lib/natural/stemmers/porter_stemmer_fr.js',
  es: 'natural/lib/natural/stemmers/porter_stemmer_es.js',
  de: 'natural/lib/natural/stemmers/porter_stemmer_de.js',
  pt: 'natural/lib/natural/stemmers/porter_stemmer_pt.js',
  it: 'natural/lib/natural/stemmers/porter_stemmer_it.js',
};

const MARKS = /\p{M}/gu;
const loaded = new Map<StemmerName, NaturalStemmer>();
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;
/** Longest token that is stemmed. */
const MAX_STEMMED = 48;

function load(name: Exclude<StemmerName, 'none'>): NaturalStemmer {
  let stemmer = loaded.get(name);
  if (!stemmer) {
    const require = createRequire(import.meta.url);
    stemmer = require(FILES[name]) as NaturalStemmer;
    loaded.set(name, stemmer);
  }
  return stemmer;
}

/**
 * Stems one normalised token with natural's Snowball/Porter stemmer for the language,
 * memoised per token: ads repeat the same few thousand words, so after warm-up a stem costs
 * one map lookup.
 */
export function stem(name: StemmerName, token: string): string {
  // No word is this long; the Porter stemmers are super-linear in the word's length, so a
  // 300,000-letter "word" would take minutes. It is its own stem.
  if (name === 'none' || token.length > MAX_STEMMED) return token;
  const key = `${name}\u0000${token}`;
  let out = memo.get(key);
  if (out === undefined) {
    // Stems are compared without accents: "fraîche" and "fraiche" both give "fraich".
    out = load(name).stem(token).toLowerCase().normalize('NFD').replace(MARKS, '');
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, out);
  }
  return out;
}

type Swap = readonly [from: string, to: string];

/**
 * Regular number inflection per language, as suffix swaps tried in both directions
 * (singular → plural and plural → singular). natural's stemmers do not always give a noun and
 * its plural the same stem (Spanish "joven" → `jov` but "jóvenes" → `joven`; Portuguese
 * "jovem" → `jov` but "jovens" → `jovens`), so `~word` in a rule matches the stems of these
 * forms too. No gender swaps are added (the stemmers themselves conflate some pairs, such as
 * Spanish chica/chico → `chic`; Italian ragazza and ragazzo stay apart).
 */
const NUMBER: Record<Exclude<StemmerName, 'none'>, readonly Swap[]> = {
  en: [['', 's'], ['', 'es'], ['y', 'ies'], ['man', 'men']],
  fr: [['', 's'], ['', 'x'], ['al', 'aux'], ['ail', 'aux']],
  es: [['', 's'], ['', 'es'], ['z', 'ces']],
  pt: [['', 's'], ['', 'es'], ['m', 'ns'], ['ão', 'ões'], ['ão', 'ães'], ['l', 'is'], ['el', 'éis']],
  it: [['o', 'i'], ['a', 'e'], ['e', 'i'], ['ca', 'che'], ['ga', 'ghe'], ['co', 'chi'], ['go', 'ghi'], ['io', 'i']],
  de: [['', 'e'], ['', 'en'], ['', 'n'], ['', 'er'], ['', 's'], ['in', 'innen']],
};

/**
 * A word and its regular singular and plural forms (see {@link NUMBER}); pass the word lower
 * cased, with its accents.
 */
export function inflectionForms(name: StemmerName, word: string): string[] {
  const lower = word.toLowerCase();
  if (name === 'none') return [lower];
  const forms = new Set([lower]);
  for (const [sg, pl] of NUMBER[name]) {
    if (lower.endsWith(sg)) forms.add(lower.slice(0, lower.length - sg.length) + pl);
    if (lower.endsWith(pl) && lower.length > pl.length + 2) forms.add(lower.slice(0, lower.length - pl.length) + sg);
  }
  return [...forms];
}

/**
 * The stems a `~word` pattern atom accepts: the stem of the word and of its regular singular
 * and plural forms (see {@link NUMBER}). Pass the word lower-cased, with its accents.
 */
export function inflectionStems(name: StemmerName, word: string): string[] {
  if (name === 'none') return [word];
  return [...new Set(inflectionForms(name, word).map((f) => stem(name, f)))];
}
