import { describe, expect, it } from 'vitest';
import {
  applyAwareness,
  AWARENESS_DAMPING,
  AWARENESS_MIN,
  CATEGORY_GAIN,
  combineCategories,
  DEFAULT_THRESHOLDS,
  levelOf,
  LEVELS,
  noisyOr,
} from '../src/score/index.js';

// The scoring arithmetic, value by value: the README's "What the scores mean" in numbers.
// (Mutation testing showed the end-to-end tests left its boundaries unchecked.)

describe('noisyOr', () => {
  it.each([
    [[], 0],
    [[0.5], 0.5],
    [[0.5, 0.5], 0.75],
    [[0.15, 0.3], 0.405],
    [[1, 0.2], 1],
    [[0.33333], 0.3333], // rounded to four decimals
  ])('%j → %s', (weights, want) => {
    expect(noisyOr(weights)).toBe(want);
  });
});

describe('combineCategories', () => {
  it('counts each category at most CATEGORY_GAIN and lets independent categories reinforce', () => {
    expect(CATEGORY_GAIN).toBe(0.5);
    expect(combineCategories({})).toBe(0);
    expect(combineCategories({ debt_bondage: 1 })).toBe(0.5);
    expect(combineCategories({ debt_bondage: 0.5 })).toBe(0.25);
    expect(combineCategories({ debt_bondage: 0.5, document_control: 0.5 })).toBe(0.4375);
    expect(combineCategories({ debt_bondage: 1, document_control: 1, restricted_movement: 1 })).toBe(0.875);
  });
  it('ignores keys that are not categories', () => {
    expect(combineCategories({ debt_bondage: 0.5, ...({ not_a_category: 1 } as object) })).toBe(0.25);
  });
});

describe('applyAwareness', () => {
  it('leaves the total alone below AWARENESS_MIN and scales it down from there on', () => {
    expect(AWARENESS_MIN).toBe(0.5);
    expect(AWARENESS_DAMPING).toBe(0.85);
    expect(applyAwareness(0.6, 0)).toBe(0.6);
    expect(applyAwareness(0.6, 0.4999)).toBe(0.6);
    expect(applyAwareness(0.6, 0.5)).toBe(0.345); // 0.6 × (1 − 0.425)
    expect(applyAwareness(0.6, 1)).toBe(0.09);
    expect(applyAwareness(0.33333, 0.5)).toBe(0.1917); // rounded to four decimals
  });
});

describe('levelOf', () => {
  const t = DEFAULT_THRESHOLDS;
  it('orders the levels', () => {
    expect(LEVELS).toEqual(['none', 'low', 'medium', 'high']);
    expect(t).toEqual({ low: 0.15, medium: 0.4, high: 0.55 });
  });
  it.each([
    [0, 'none'],
    [0.1499, 'none'],
    [0.15, 'low'],
    [0.3999, 'low'],
    [0.4, 'medium'],
    [0.5499, 'medium'],
    [0.55, 'high'],
    [1, 'high'],
  ])('%s → %s (each threshold belongs to the level it opens)', (score, level) => {
    expect(levelOf(score, t)).toBe(level);
  });
  it('reads the thresholds it is given', () => {
    expect(levelOf(0.3, { low: 0.1, medium: 0.2, high: 0.3 })).toBe('high');
    expect(levelOf(0.25, { low: 0.1, medium: 0.2, high: 0.3 })).toBe('medium');
    expect(levelOf(0.15, { low: 0.1, medium: 0.2, high: 0.3 })).toBe('low');
    expect(levelOf(0.05, { low: 0.1, medium: 0.2, high: 0.3 })).toBe('none');
  });
});
