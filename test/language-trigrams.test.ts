/**
 * The trigram scorer of language detection (src/detect/trigrams.ts) is franc's, computed without
 * franc's per-call objects: it must give franc's scores exactly, in franc's order, on every
 * fixture, on hostile text and on text of other scripts.
 */
import fc from 'fast-check';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import { francLatin } from '../src/detect/trigrams.js';
import { loadFixtures } from '../scripts/lib/fixtures.js';
import { hostileText } from './helpers/hostile.js';

const ONLY = ['eng', 'fra', 'spa', 'deu', 'por', 'ita'];
const same = (text: string): void => {
  expect(francLatin(text, ONLY, 10)).toEqual(francAll(text, { only: ONLY, minLength: 10 }));
};

describe('francLatin', () => {
  it('gives franc’s scores on every fixture, whole and cut to 1,000 and 40 characters', () => {
    for (const { text } of loadFixtures()) {
      same(text);
      same(text.slice(0, 1000));
      same(text.slice(0, 40));
    }
  });

  it('gives franc’s answer for text of other scripts, mixed scripts, digits only and short text', () => {
    for (const text of [
      '',
      'short',
      '1234567890 555 0142',
      'Работа за границей, жильё бесплатно, паспорт у агента',
      'Работа abroad, flight paid',
      '高薪招聘 hostess 工作 包吃住',
      '高薪招聘工作包吃住高薪招聘 ab',
      'ΕΡΓΑΣΙΑ στο εξωτερικό, hostess wanted',
      '🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 new in town',
      'İSTANBUL hostess job ẞ ǅ ﬀ',
    ]) same(text);
  });

  it('gives franc’s scores on hostile text', () => {
    fc.assert(
      fc.property(hostileText(), (text) => same(text)),
      { numRuns: 500 },
    );
  });
});
