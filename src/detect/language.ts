import { LANGUAGE_CODES, type LanguageCode } from '../categories.js';
import { lexiconVotes } from './lexicon.js';
import { francLatin } from './trigrams.js';

/** franc speaks ISO 639-3; the public API speaks ISO 639-1. This is the only place that maps. */
const ISO3_TO_1: Record<string, LanguageCode> = {
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  deu: 'de',
  por: 'pt',
  ita: 'it',
};
const ONLY = Object.keys(ISO3_TO_1);

/** Longest prefix of the ad that franc reads; trigram statistics settle well before. */
export const DETECT_MAX_CHARS = 1000;

/** Weight of one word-list hit against franc's relative trigram score (best = 1). */
const LEXICON_WEIGHT = 0.15;

/**
 * What language detection found.
 *
 * @example
 * ```ts
 * import { assess } from 'trafficking-signals';
 * assess('Se buscan chicas para trabajar en el extranjero').language; // { code: "es", confidence: …, packs: ["es", "xx"] }
 * ```
 */
export interface LanguageGuess {
  code: LanguageCode | 'und';
  /** Margin of the best language over the runner-up: 0 = a tie, 1 = no contest. */
  confidence: number;
  /** Shipped languages with a relative score (best = 1), best first. */
  candidates: { code: LanguageCode; score: number }[];
  /** Which route decided: the word lists alone, or franc with the word lists. */
  method: 'lexicon' | 'franc' | 'none';
  /** Word-list hits per language (frequent function and ad words). */
  votes: Partial<Record<LanguageCode, number>>;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

function ranked(scores: Map<LanguageCode, number>): { code: LanguageCode; score: number }[] {
  const best = Math.max(0, ...scores.values());
  if (best <= 0) return [];
  return [...scores.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || LANGUAGE_CODES.indexOf(a[0]) - LANGUAGE_CODES.indexOf(b[0]))
    .map(([code, s]) => ({ code, score: round(s / best) }));
}

function guessFrom(
  candidates: { code: LanguageCode; score: number }[],
  method: LanguageGuess['method'],
  votes: Map<LanguageCode, number>,
): LanguageGuess {
  const best = candidates[0];
  const v = Object.fromEntries(votes) as LanguageGuess['votes'];
  if (!best) return { code: 'und', confidence: 0, candidates: [], method: 'none', votes: v };
  return { code: best.code, confidence: round(1 - (candidates[1]?.score ?? 0)), candidates, method, votes: v };
}

/**
 * Detects the language of an ad among the six shipped languages. A cheap vote of frequent
 * words decides when it is clear (at least three hits and twice the runner-up); otherwise
 * franc's trigram scores, restricted to the shipped languages, are combined with the vote.
 * Text with neither (under ten letters, no known word) comes back as `und`.
 *
 * @example
 * ```ts
 * import { detectLanguage, normalizeText, tokenize } from 'trafficking-signals';
 * const text = 'Nous recherchons des serveurs pour la saison, logement fourni.';
 * const words = tokenize(normalizeText(text)).map((t) => t.text);
 * detectLanguage(words, text).code; // "fr"
 * ```
 */
export function detectLanguage(words: readonly string[], raw: string): LanguageGuess {
  const votes = lexiconVotes(words);
  const byVotes = ranked(votes);
  const top = votes.get(byVotes[0]?.code as LanguageCode) ?? 0;
  const next = votes.get(byVotes[1]?.code as LanguageCode) ?? 0;
  if (top >= 3 && top >= 2 * next) return guessFrom(byVotes, 'lexicon', votes);

  const sample = raw.length > DETECT_MAX_CHARS ? raw.slice(0, DETECT_MAX_CHARS) : raw;
  const combined = new Map<LanguageCode, number>();
  for (const [iso3, score] of francLatin(sample, ONLY, 10)) {
    const code = ISO3_TO_1[iso3];
    if (code) combined.set(code, score);
  }
  for (const [code, n] of votes) combined.set(code, (combined.get(code) ?? 0) + LEXICON_WEIGHT * n);
  return guessFrom(ranked(combined), combined.size ? 'franc' : 'none', votes);
}
