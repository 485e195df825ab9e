import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../scripts/lib/fixtures.js';
import { assess } from '../src/index.js';

// Plain-text fixtures: every risk ad reaches its expected level with its expected categories,
// every benign ad (hard negatives included) stays within its expected level.
const fixtures = loadFixtures();

describe('fixtures', () => {
  it('exist', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  for (const f of fixtures) {
    it(`${f.id} (${f.set}, ${f.kind}) → ${f.levels.join('|')}`, () => {
      const r = assess(f.text);
      const detail = `${f.file}:${f.line} score ${r.score} signals ${r.signals.map((s) => s.ruleId).join(', ')}`;
      expect(f.levels, detail).toContain(r.level);
      for (const c of f.categories) {
        expect(r.categories[c].score, `${detail} — expected category ${c}`).toBeGreaterThan(0);
      }
    });
  }
});
