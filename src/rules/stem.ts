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
  if (name === 'none') return token;
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
