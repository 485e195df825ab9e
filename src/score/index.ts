import { CATEGORY_IDS, type CategoryId } from '../categories.js';

/**
 * Risk levels, lowest first.
 *
 * @example
 * ```ts
 * import { LEVELS } from 'trafficking-signals';
 * LEVELS.indexOf('medium') > LEVELS.indexOf('low'); // true
 * ```
 */
export const LEVELS = ['none', 'low', 'medium', 'high'] as const;
/**
 * A risk level.
 *
 * @example
 * ```ts
 * import { assess, type Level } from 'trafficking-signals';
 * const level: Level = assess('Cook wanted').level;
 * ```
 */
export type Level = (typeof LEVELS)[number];

/**
 * Score cut-offs of the levels `low`, `medium` and `high`.
 *
 * @example
 * ```ts
 * import { createAssessor, type Thresholds } from 'trafficking-signals';
 * const strict: Thresholds = { low: 0.2, medium: 0.5, high: 0.8 };
 * createAssessor({ thresholds: strict });
 * ```
 */
export interface Thresholds {
  low: number;
  medium: number;
  high: number;
}

/**
 * Default cut-offs; see the README's "What the scores mean".
 *
 * @example
 * ```ts
 * import { DEFAULT_THRESHOLDS } from 'trafficking-signals';
 * DEFAULT_THRESHOLDS.medium; // 0.4
 * ```
 */
export const DEFAULT_THRESHOLDS: Thresholds = { low: 0.15, medium: 0.4, high: 0.55 };

/**
 * How much one category can contribute on its own. Categories are independent evidence and
 * combine by noisy-OR: `total = 1 − Π (1 − CATEGORY_GAIN × category score)`. With 0.5 one
 * category alone stays at or below 0.5 (below `high`), two categories at 0.8 reach `medium`
 * (0.64) and three at 0.5 reach `high` (0.58); one weak cue of 0.2 stays `none` (0.1).
 */
export const CATEGORY_GAIN = 0.5;

/** How far strong awareness wording (news, NGO notices) scales the total down. */
export const AWARENESS_DAMPING = 0.85;

/** Awareness score from which the damping applies. */
export const AWARENESS_MIN = 0.5;

/** A score rounded to four decimals, as every score of a result is. */
export const round4 = (n: number): number => Math.round(n * 10000) / 10000;

/** Noisy-OR of weights: independent pieces of evidence, each able to raise the score alone. */
export function noisyOr(weights: readonly number[]): number {
  let keep = 1;
  for (const w of weights) keep *= 1 - w;
  return round4(1 - keep);
}

/**
 * Combines category scores: each category is independent evidence (noisy-OR of
 * `CATEGORY_GAIN × score`), so indicators from several categories reinforce each other while
 * one category alone cannot reach `high`.
 *
 * @example
 * ```ts
 * import { combineCategories } from 'trafficking-signals';
 * combineCategories({ debt_bondage: 0.5 }); // 0.34 (low)
 * combineCategories({ debt_bondage: 0.5, document_control: 0.5 }); // 0.5644 (medium)
 * combineCategories({ debt_bondage: 0.5, document_control: 0.5, restricted_movement: 0.5 }); // 0.7125 (high)
 * ```
 */
export function combineCategories(scores: Partial<Record<CategoryId, number>>): number {
  let keep = 1;
  for (const id of CATEGORY_IDS) keep *= 1 - CATEGORY_GAIN * (scores[id] ?? 0);
  return round4(1 - keep);
}

/** Scales the total down when the text reads as awareness material rather than an ad. */
export function applyAwareness(total: number, awareness: number): number {
  if (awareness < AWARENESS_MIN) return total;
  return round4(total * (1 - AWARENESS_DAMPING * awareness));
}

/**
 * The level of a score under the given thresholds.
 *
 * @example
 * ```ts
 * import { levelOf, DEFAULT_THRESHOLDS } from 'trafficking-signals';
 * levelOf(0.45, DEFAULT_THRESHOLDS); // "medium"
 * ```
 */
export function levelOf(score: number, t: Thresholds): Level {
  if (score >= t.high) return 'high';
  if (score >= t.medium) return 'medium';
  if (score >= t.low) return 'low';
  return 'none';
}
