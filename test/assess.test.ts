import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  AssessmentSchema,
  CATEGORY_IDS,
  createAssessor,
  safeAssess,
  TraffickingSignalsError,
} from '../src/index.js';

const RISKY =
  'Hostess job in Dubai, $5000/month, no experience. A placement fee of $400 is required before travel. Contact on Telegram only. 150🌹 incall';

describe('assess()', () => {
  it('returns a schema-valid result with every category for ordinary, empty, huge and binary-looking input', () => {
    const inputs = ['', '   ', 'Cleaner wanted, weekday mornings.', RISKY, 'x'.repeat(300_000), '\u0000\u0001\ufffd'.repeat(50), '\ud800 lone surrogate'];
    for (const text of inputs) {
      const r = assess(text);
      expect(() => AssessmentSchema.parse(r)).not.toThrow();
      expect(Object.keys(r.categories)).toEqual([...CATEGORY_IDS]);
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });

  it('never throws for any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(() => AssessmentSchema.parse(assess(text))).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('throws a TypeError for non-string input', () => {
    for (const bad of [undefined, null, 42, {}, ['a']]) {
      expect(() => assess(bad as unknown as string)).toThrow(TypeError);
    }
  });

  it('throws a coded error for invalid options, naming the problem', () => {
    const cases: unknown[] = [{ bogus: 1 }, { thresholds: { low: 2 } }, { thresholds: { low: 0.9, medium: 0.1 } }, { language: 'xx' }, { disabledRules: ['no.such.rule'] }];
    for (const options of cases) {
      try {
        assess('text', options as never);
        expect.unreachable();
      } catch (err) {
        expect(err).toBeInstanceOf(TraffickingSignalsError);
        expect((err as TraffickingSignalsError).code).toBe('invalid_options');
        expect((err as TraffickingSignalsError).message.length).toBeGreaterThan(20);
      }
    }
  });

  it('is deterministic: same input and options give byte-identical JSON', () => {
    const a = JSON.stringify(assess(RISKY));
    const b = JSON.stringify(createAssessor().assess(RISKY));
    const c = JSON.stringify(assess(RISKY, {}));
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('echoes thresholds and applies flagLevel', () => {
    const r = assess(RISKY, { thresholds: { low: 0.1, medium: 0.3, high: 0.95 }, flagLevel: 'high' });
    expect(r.thresholds).toEqual({ low: 0.1, medium: 0.3, high: 0.95 });
    expect(r.flagged).toBe(r.level === 'high');
  });

  it('warns when input is truncated, and keeps evidence inside the assessed part', () => {
    const text = `${RISKY} ${'filler '.repeat(100)}`;
    const r = assess(text, { maxLength: 60 });
    expect(r.warnings.map((w) => w.code)).toContain('input_truncated');
    for (const s of r.signals) for (const e of s.evidence) expect(e.end).toBeLessThanOrEqual(60);
  });

  it('warns about empty and binary-looking input and undetermined language', () => {
    expect(assess('').warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['empty_input', 'language_undetermined']));
    expect(assess('\u0000\u0001\u0002 abc'.repeat(10)).warnings.map((w) => w.code)).toContain('unusual_characters');
  });

  it('applies every language whose trigram score is too close to call, not only the runner-up', () => {
    // Place names, slang and a spelled number: trigrams score pt, en, fr and de within 0.1.
    const r = assess("Débarquée hier à Lyon, repars dimanche, texto seulement jamais d'appel");
    expect(r.warnings.map((w) => w.code)).toContain('language_uncertain');
    expect(r.language.packs).toContain('fr');
    expect(r.signals.some((s) => s.ruleId.startsWith('fr.movement_transience.'))).toBe(true);
  });

  it('reports negated cues instead of scoring them', () => {
    const r = assess('We never charge a recruitment fee.', { language: 'en' });
    expect(r.signals.map((s) => s.ruleId)).not.toContain('en.debt_bondage.recruitment_fee');
    expect(r.context.negated.map((n) => n.ruleId)).toContain('en.debt_bondage.recruitment_fee');
  });

  it('disables rules by id', () => {
    const r = assess(RISKY, { disabledRules: ['xx.commercial_sex.incall_outcall'] });
    expect(r.signals.map((s) => s.ruleId)).not.toContain('xx.commercial_sex.incall_outcall');
  });
});

describe('safeAssess()', () => {
  it('never throws and returns coded errors', () => {
    expect(safeAssess(7 as unknown as string)).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.any(String) } });
    const bad = safeAssess('x', { nope: true } as never);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid_options');
    const good = safeAssess(RISKY);
    expect(good.ok && good.assessment.signals.length > 0).toBe(true);
  });
});

describe('createAssessor().assessBatch()', () => {
  it('returns one result per item, in order, and never loses a record to another one\'s error', () => {
    const { assessBatch } = createAssessor();
    const out = assessBatch(['fine ad', { id: 'b', text: 42 }, { id: 'c', text: RISKY }, null as never, 'last']);
    expect(out.map((r) => r.index)).toEqual([0, 1, 2, 3, 4]);
    expect(out.map((r) => r.ok)).toEqual([true, false, true, false, true]);
    expect(out[1]).toMatchObject({ id: 'b', ok: false, error: { code: 'invalid_input' } });
    expect(out[2]).toMatchObject({ id: 'c', ok: true });
  });

  it('rejects unknown option keys once, at creation', () => {
    expect(() => createAssessor({ langauge: 'en' } as never)).toThrow(/langauge/);
  });
});

describe('limits', () => {
  it('cuts input over maxLength by default, with a warning, and refuses it with tooLong: "error"', () => {
    const text = `${'Waitress wanted, passport kept by the agency. '.repeat(10)}`;
    const cut = createAssessor({ maxLength: 100 }).assess(text);
    expect(cut.warnings.map((w) => w.code)).toContain('input_truncated');
    for (const s of cut.signals) for (const e of s.evidence) expect(e.end).toBeLessThanOrEqual(100);
    const strict = createAssessor({ maxLength: 100, tooLong: 'error' });
    expect(() => strict.assess(text)).toThrow(/longer than maxLength \(100\)/);
    const [item] = strict.assessBatch([text]);
    expect(item?.ok).toBe(false);
    expect(item && !item.ok && item.error.code).toBe('invalid_input');
    expect(strict.assess('Short ad for a waitress job.').warnings.map((w) => w.code)).not.toContain('input_truncated');
  });
  it('reports at most maxEntities entities, says so, and the rules still read them all', () => {
    const text = `Contact: ${Array.from({ length: 30 }, (_, i) => `+1 555 01${String(i).padStart(2, '0')}`).join(', ')}`;
    const all = createAssessor().assess(text);
    expect(all.entities.length).toBeGreaterThanOrEqual(30);
    const few = createAssessor({ maxEntities: 5 }).assess(text);
    expect(few.entities).toHaveLength(5);
    expect(few.warnings.map((w) => w.code)).toContain('entities_truncated');
    expect(few.score).toBe(all.score);
    expect(few.signals).toEqual(all.signals);
  });
});
