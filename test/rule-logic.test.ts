import { describe, expect, it } from 'vitest';
import { runTestRule } from './helpers/rules.js';

/** Fires one test rule (`organ_trade`, "kidney") with the given context constraints on `text`. */
function fires(extra: Record<string, unknown>, text: string, negationCues: unknown[] = ['no']): boolean {
  return runTestRule('en', extra, text, negationCues).fired;
}

describe('near', () => {
  const near = (sameSentence?: boolean) => ({ near: [{ patterns: ['(sell|sale)'], window: 10, ...(sameSentence ? { sameSentence } : {}) }] });
  it('needs its context within the window', () => {
    expect(fires(near(), 'kidney for sale')).toBe(true);
    expect(fires(near(), 'kidney')).toBe(false);
    expect(fires(near(), `kidney ${'word '.repeat(12)} sale`)).toBe(false);
  });
  it('reaches across sentences by default, not with sameSentence', () => {
    expect(fires(near(), 'Kidney stones are painful. Car for sale.')).toBe(true);
    expect(fires(near(true), 'Kidney stones are painful. Car for sale.')).toBe(false);
    expect(fires(near(true), 'Kidney for sale, cash.')).toBe(true);
  });
  it('ignores negated context', () => {
    expect(fires(near(), 'kidney, no sale')).toBe(false);
  });
});

describe('unlessNear', () => {
  const unless = (sameSentence?: boolean) => ({ unlessNear: [{ patterns: ['(hospital|clinic)'], window: 10, ...(sameSentence ? { sameSentence } : {}) }] });
  it('vetoes the rule when its context is within the window', () => {
    expect(fires(unless(), 'kidney wanted')).toBe(true);
    expect(fires(unless(), 'kidney wanted at the clinic')).toBe(false);
  });
  it('vetoes across sentences by default, only within the sentence with sameSentence', () => {
    expect(fires(unless(), 'Kidney wanted. Clinic nearby.')).toBe(false);
    expect(fires(unless(true), 'Kidney wanted. Clinic nearby.')).toBe(true);
    expect(fires(unless(true), 'Kidney wanted at the clinic.')).toBe(false);
  });
});

describe('negation cues', () => {
  const cues = ['no', { pattern: 'sin', window: 0 }, { pattern: 'never', window: 6 }];
  it('use the pack window unless the cue has its own', () => {
    expect(fires({}, 'no big kidney', cues)).toBe(false); // pack window 3
    expect(fires({}, 'no one two three four kidney', cues)).toBe(true);
    expect(fires({}, 'sin kidney', cues)).toBe(false); // window 0: right before the match only
    expect(fires({}, 'sin big kidney', cues)).toBe(true);
    expect(fires({}, 'never one two three four kidney', cues)).toBe(false); // window 6
  });
  it('are validated: a window is 0 to 8', () => {
    expect(() => fires({}, 'kidney', [{ pattern: 'sin', window: 9 }])).toThrow();
    expect(() => fires({}, 'kidney', [{ pattern: 'sin' }])).toThrow();
  });
});
