import { describe, expect, it } from 'vitest';
import { createAssessor, loadPack, parsePack } from '../src/index.js';
import { expandPattern } from '../src/rules/pattern.js';
import { errorOf } from './helpers/errors.js';
import { PATTERN_LIMITS, patternWork, variantWork } from '../src/rules/pack-audit.js';

// Custom packs are audited when they are loaded: a pattern whose worst-case matching work could
// blow up (gaps multiply the ways a variant can be tried from one word) is refused with an
// `invalid_pack` error naming the rule and the field.

const rule = (over: Record<string, unknown> = {}) => ({
  id: 'acme.debt_bondage.code',
  category: 'debt_bondage',
  weight: 0.4,
  description: 'A code word of our platform for a debt.',
  source: 'Acme trust-and-safety team, 2026',
  patterns: ['acme debt'],
  examples: { match: ['acme debt'], noMatch: ['acme'] },
  ...over,
});


/** `n` two-word alternatives `(pab pz|pac pz|…)`: n variants, each two words longer. */
const alternatives = (letter: string, n: number): string =>
  `(${Array.from({ length: n }, (_, i) => `${letter}${String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26))} ${letter}z`).join('|')})`;
const workOf = (pattern: string): number => patternWork(expandPattern(pattern, 'none'));
const thousands = (n: number): string => n.toLocaleString('en-US');

describe('the work model', () => {
  it('counts the comparisons of a variant from one start word, gaps multiplying what follows them', () => {
    expect(variantWork(expandPattern('a b c', 'none')[0] ?? [])).toBe(4);
    // a, then ..2 tries three widths, each followed by b (and the end check).
    expect(variantWork(expandPattern('a ..2 b', 'none')[0] ?? [])).toBe(1 + 1 + 3 * 2);
    expect(variantWork(expandPattern('a ..9 b ..9 c', 'none')[0] ?? [])).toBe(1 + 1 + 10 * (1 + 1 + 10 * 2));
  });
  it('counts variants that start with different literal words once per word a token can be', () => {
    const split = expandPattern('(a b|c d|e f) x ..3 y', 'none');
    const one = variantWork(split[0] ?? []);
    expect(split).toHaveLength(3);
    // A token is one word (or its squeezed form): at most two of the three start words.
    expect(patternWork(split)).toBe(2 * one);
  });
});

describe('custom pack patterns are audited when loaded', () => {
  const L = PATTERN_LIMITS;
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['too many gaps', { patterns: ['acme ..1 a ..1 b ..1 c ..1 d ..1 e'] }, /field patterns\.0: .*5 gaps \(the cap is 4\)/],
    ['gaps too wide together', { patterns: ['acme ..9 ..9 ..1 debt'] }, /field patterns\.0: .*skip up to 19 words together \(the cap is 18\)/],
    ['a product of gap widths over the cap', { patterns: ['acme debt', 'acme ..9 a ..9 b ..9 c'] }, /field patterns\.1: .*placed 1000 ways .*cap is 300/],
    ['gaps that come from a multi-word alternative', { patterns: ['acme (x ..9 y ..9 z) ..9 w'] }, /field patterns\.0: .*1000 ways/],
    ['too much work across variants', { patterns: [`acme ..9 acme ..2 ${alternatives('p', 30)} ${alternatives('r', 30)}`] }, new RegExp(`field patterns\\.0: .*${thousands(900 * 172)} comparisons .*900 variants; the cap is 65,536`)],
    ['a near pattern', { near: [{ patterns: ['acme ..9 a ..9 b ..9 c'] }] }, /field near\.0\.patterns\.0: .*1000 ways/],
    ['an unlessNear pattern', { unlessNear: [{ patterns: ['ok', 'acme ..1 a ..1 b ..1 c ..1 d ..1 e'] }] }, /field unlessNear\.0\.patterns\.1: .*5 gaps/],
    ['an exclusion', { exclusions: ['acme ..9 ..9 ..9 x'] }, /field exclusions\.0: .*1000 ways/],
    ['an unknown lexicon, at load rather than at compile', { patterns: ['@nope debt'] }, /field patterns\.0: .*unknown lexicon "@nope"/],
    ['a pattern that does not compile', { patterns: ['acme (debt'] }, /field patterns\.0: .*"\(" is not closed/],
  ];
  it.each(cases)('refuses %s, naming the rule and the field', (_, over, message) => {
    const err = errorOf(() => parsePack({ pack: 'acme', rules: [rule(over)] }));
    expect(err?.code).toBe('invalid_pack');
    expect(err?.message).toMatch(/rule acme\.debt_bondage\.code, field /);
    expect(err?.message).toMatch(message);
  });
  it('applies the caps to gaps hidden in the pack’s own lexicons', () => {
    const lexicons = [{ name: 'far', description: 'Words far apart, for the test.', terms: ['x ..9 y ..9 z'], examples: { match: ['x y z'], noMatch: ['x'] } }];
    const err = errorOf(() => parsePack({ pack: 'acme', lexicons, rules: [rule({ patterns: ['acme @far ..9 debt'] })] }));
    expect(err?.message).toMatch(/rule acme\.debt_bondage\.code, field patterns\.0: .*1000 ways/);
  });
  it('caps the work of the whole pack', () => {
    // 350 variants of work 172: 60,200, under the pattern cap; five such patterns are over the pack's.
    const heavy = `acme ..9 acme ..2 ${alternatives('p', 35)} ${alternatives('r', 10)}`;
    expect(workOf(heavy)).toBe(60_200);
    const one = parsePack({ pack: 'acme', rules: [rule({ patterns: [heavy] })] });
    expect(one.rules).toHaveLength(1);
    const rules = Array.from({ length: 5 }, (_, i) => rule({ id: `acme.debt_bondage.code${i}`, patterns: [heavy] }));
    const err = errorOf(() => parsePack({ pack: 'acme', rules }));
    expect(err?.code).toBe('invalid_pack');
    expect(err?.message).toMatch(/rules: the patterns together may make 301,000 comparisons .*cap is 262,144/);
  });
  it('lists every problem, not only the first', () => {
    const err = errorOf(() =>
      parsePack({ pack: 'acme', rules: [rule({ patterns: ['acme ..9 a ..9 b ..9 c', 'fine words'] }), rule({ id: 'acme.debt_bondage.two', exclusions: ['acme ..9 ..9 ..9 x'] })] }),
    );
    expect(err?.issues).toHaveLength(2);
    expect(err?.issues[1]).toMatch(/^rule acme\.debt_bondage\.two, field exclusions\.0: /);
  });
  it('is applied by loadPack and createAssessor alike', () => {
    const yaml = `pack: acme\nrules:\n  - id: acme.debt_bondage.code\n    category: debt_bondage\n    weight: 0.4\n    description: A code word of our platform for a debt.\n    source: Acme T&S, 2026\n    patterns: ["acme ..9 a ..9 b ..9 c"]\n    examples: { match: ["acme a b c"], noMatch: ["acme"] }\n`;
    expect(errorOf(() => loadPack(yaml))?.code).toBe('invalid_pack');
    expect(errorOf(() => createAssessor({ packs: [{ pack: 'acme', rules: [rule({ patterns: ['acme ..9 a ..9 b ..9 c'] })] }] }))?.message).toMatch(/1000 ways/);
  });
  it('accepts patterns up to the caps, and they work', () => {
    expect(L.gaps * 9).toBeGreaterThan(L.gapWords);
    // 18 words, 10 × 6 × 5 = 300 ways; and four gaps, 5 × 5 × 5 × 2 = 250 ways.
    const edge = ['acme ..9 alpha ..5 beta ..4 debt', 'acme ..4 alpha ..4 beta ..4 gamma ..1 debt'];
    const pack = parsePack({ pack: 'acme', rules: [rule({ patterns: edge, examples: { match: ['acme alpha beta debt'], noMatch: ['acme'] } })] });
    const r = createAssessor({ packs: [pack] }).assess('acme foo alpha beta bar debt');
    expect(r.signals.map((s) => s.ruleId)).toContain('acme.debt_bondage.code');
  });
});
