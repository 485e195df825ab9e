/**
 * Totality, by property: for hostile text (lone surrogates, NUL, bidi overrides, combining
 * stacks, HTML, runs of digits, spaces, @, dots and emoji, look-alike letters, mixed with real
 * ad wording in the six languages) every public entry point returns a valid result, every span
 * lies inside the input, and results are deterministic. fast-check draws new cases on every
 * run; a failure prints the seed and the shrunk input that reproduces it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess, AssessmentSchema, createAssessor, extractEntities, safeAssess, type BatchItem } from '../src/index.js';
import { badSpans, entitySpans, hostileText, spansOf } from './helpers/hostile.js';

/** Runs per property (the README's "Security and reliability" section quotes them). */
const RUNS = { schema: 300, spans: 300, deterministic: 150, batch: 100, safeAssess: 1000, entities: 500 } as const;

// A second assessor, compiled separately, whose caches see the inputs in a different order.
const fresh = createAssessor();

describe('assess() is total over hostile text', () => {
  it('returns what AssessmentSchema accepts', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const parsed = AssessmentSchema.safeParse(assess(text));
        expect(parsed.success, parsed.error?.message).toBe(true);
      }),
      { numRuns: RUNS.schema },
    );
  });

  it('puts every evidence span and entity inside the input, with input.slice(start, end) === text', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        expect(badSpans(text, spansOf(assess(text)))).toEqual([]);
      }),
      { numRuns: RUNS.spans },
    );
  });

  it('gives byte-identical JSON twice, and from a separately created assessor', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const once = JSON.stringify(assess(text));
        expect(JSON.stringify(assess(text))).toBe(once);
        expect(JSON.stringify(fresh.assess(text))).toBe(once);
      }),
      { numRuns: RUNS.deterministic },
    );
  });

  it('assessBatch(items) equals the items one by one, in order, a bad item an error in its place', () => {
    const item: fc.Arbitrary<unknown> = fc.oneof(
      { weight: 4, arbitrary: hostileText(8) },
      { weight: 3, arbitrary: fc.record({ id: fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), text: hostileText(8) }) },
      { weight: 1, arbitrary: fc.anything() },
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const results = fresh.assessBatch(items as BatchItem[]);
        expect(results).toHaveLength(items.length);
        results.forEach((r, i) => {
          const raw = items[i];
          const isObject = typeof raw === 'object' && raw !== null;
          const text = isObject ? (raw as { text?: unknown }).text : raw;
          expect(r.index).toBe(i);
          if (isObject && (raw as { id?: unknown }).id !== undefined) expect(r.id).toBe((raw as { id?: unknown }).id);
          if (typeof text === 'string') {
            expect(r.ok).toBe(true);
            if (r.ok) expect(JSON.stringify(r.assessment)).toBe(JSON.stringify(assess(text)));
          } else {
            expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
          }
        });
      }),
      { numRuns: RUNS.batch },
    );
  });
});

describe('safeAssess() never throws', () => {
  it('for any JS value as text and as options', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), hostileText(8)), fc.oneof(fc.constant(undefined), fc.anything(), fc.record({ language: fc.string(), maxLength: fc.integer() })), (text, options) => {
        const r = safeAssess(text as string, options as never);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(typeof r.error.code).toBe('string');
        else expect(AssessmentSchema.safeParse(r.assessment).success).toBe(true);
      }),
      { numRuns: RUNS.safeAssess },
    );
  });

  it('for values that throw when touched', () => {
    const explosive = { toString: () => { throw new Error('toString'); }, toJSON: () => { throw new Error('toJSON'); } };
    const trap = new Proxy({}, { get: () => { throw explosive; }, ownKeys: () => { throw explosive; }, getPrototypeOf: () => { throw explosive; } });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const value of [explosive, trap, cyclic, Symbol('x'), 10n, () => 'text', new Date(NaN), Object.create(null)]) {
      expect(safeAssess(value as never).ok).toBe(false);
      expect(typeof safeAssess('an ad', value as never).ok).toBe('boolean');
    }
  });
});

describe('extractEntities() is total', () => {
  it('never throws for any string, and its spans lie inside the input', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        expect(badSpans(text, entitySpans(extractEntities(text)))).toEqual([]);
      }),
      { numRuns: RUNS.entities },
    );
  });
});
