import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/index.js';

// Normalisation seen through the assessor (the built-in ruleset): evidence offsets stay raw.
// Kept apart from normalize.test.ts so that the normalisation unit tests load no ruleset (they
// run against every mutant of src/normalize, see vitest.mutation.normalize.config.ts).

describe('evidence in raw coordinates', () => {
  const obfuscated = [
    'Ｙｏｕｎｇ girls wanted, 𝐖𝐡𝐚𝐭𝐬𝐚𝐩𝐩 only, placement fee required',
    'W h a t s a p p only — placement f\u200bee required before travel',
    'placеment fее (Cyrillic е) to secure your position',
    'pl4c3m3nt f33 required; t3l3gram only',
    '🌹🌹 150🌹 incall 👩\u200d❤️\u200d👨 placement fee',
  ];
  it.each(obfuscated)('input.slice(start, end) === text for %s', (text) => {
    const r = assess(text, { language: 'en' });
    expect(r.signals.length).toBeGreaterThan(0);
    for (const s of r.signals) {
      for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('holds for arbitrary text around real signals (property)', () => {
    const cue = fc.constantFrom('placement fee', 'WhatsApp only', 'incall', '150🌹', 'n\u200bew', 'уоung', 'Ｆｅｅ');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), cue), { maxLength: 12 }), (parts) => {
        const text = parts.join(' ');
        const r = assess(text);
        for (const s of [...r.signals, ...r.context.cues, ...r.context.negated]) {
          for (const e of s.evidence) {
            expect(e.start).toBeLessThan(e.end);
            expect(text.slice(e.start, e.end)).toBe(e.text);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
