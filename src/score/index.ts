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
export const DEFAULT_THRESHOLDS: Thresholds = { low: 0.15, medium: 0.4, high: 0.7 };

/**
 * Weight of the strongest, second, third … category in the total. One category alone can
 * reach at most 0.5 (medium); reaching high takes independent evidence from at least three
 * categories, or two very strong ones plus a third.
 */
export const RANK_WEIGHTS: readonly number[] = [0.5, 0.3, 0.2, 0.1, 0.1];

/** How far strong awareness wording (news, NGO notices) scales the total down. */
export const AWARENESS_DAMPING = 0.85;

/** Awareness score from which the damping applies. */
export const AWARENESS_MIN = 0.5;

const round4 = (n: number): number => Math.round(n * 10000) / 10000;

/** Noisy-OR of weights: independent pieces of evidence, each able to raise the score alone. */
export function noisyOr(weights: readonly number[]): number {
  let keep = 1;
  for (const w of weights) keep *= 1 - w;
  return round4(1 - keep);
}

/**
 * Combines category scores: sorted, strongest first, weighted by rank, capped at 1.
 *
 * @example
 * ```ts
 * import { combineCategories } from 'trafficking-signals';
 * combineCategories({ debt_bondage: 0.8 }); // 0.4
 * combineCategories({ debt_bondage: 0.8, document_control: 0.8, restricted_movement: 0.8 }); // 0.8
 * ```
 */
export function combineCategories(scores: Partial<Record<CategoryId, number>>): number {
  const sorted = CATEGORY_IDS.map((id) => scores[id] ?? 0)
    .filter((s) => s > 0)
    .sort((a, b) => b - a);
  let total = 0;
  sorted.forEach((s, i) => {
    total += s * (RANK_WEIGHTS[i] ?? 0.1);
  });
  return round4(Math.min(1, total));
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
