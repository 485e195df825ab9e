import { describe, expect, it } from 'vitest';
import { inflectionStems, stem, type StemmerName } from '../src/rules/stem.js';
import { runTestRule } from './helpers/rules.js';

/** Does `~word`, written once in a rule of this language, match `text`? */
function stemRuleMatches(lang: Exclude<StemmerName, 'none'>, word: string, text: string): boolean {
  return runTestRule(lang, { patterns: [`~${word}`], examples: { match: [word], noMatch: ['zzz'] } }, text).matched;
}

// The inflected forms named by issue #3, and more of the same kind, per language.
const TABLE: [Exclude<StemmerName, 'none'>, string, string[], string[]][] = [
  ['fr', 'logé', ['logé', 'logée', 'logés', 'logées', 'logement', 'LOGÉE'], ['loyer']],
  ['fr', 'passeport', ['passeport', 'passeports'], ['passe']],
  ['es', 'joven', ['joven', 'jóvenes', 'JOVENES'], ['jugar']],
  ['es', 'jóvenes', ['joven', 'jóvenes'], []],
  ['es', 'pasaporte', ['pasaporte', 'pasaportes'], []],
  ['de', 'Mädchen', ['Mädchen', 'MÄDCHEN', 'madchen'], ['Mann']],
  ['de', 'Pass', ['Pass', 'Pässe', 'Passes'], []],
  ['de', 'Unterkunft', ['Unterkunft', 'Unterkünfte'], []],
  ['it', 'ragazza', ['ragazza', 'ragazze'], ['ragione']],
  ['it', 'passaporto', ['passaporto', 'passaporti'], []],
  ['pt', 'jovem', ['jovem', 'jovens'], ['joia']],
  ['pt', 'patrão', ['patrão', 'patrões'], []],
  ['pt', 'passaporte', ['passaporte', 'passaportes'], []],
  ['en', 'passport', ['passport', 'passports'], ['pass']],
  ['en', 'nanny', ['nanny', 'nannies'], []],
];

describe('a rule written once matches inflected forms (~word)', () => {
  for (const [lang, word, yes, no] of TABLE) {
    for (const form of yes) {
      it(`${lang} ~${word} matches "${form}"`, () => expect(stemRuleMatches(lang, word, `x ${form} y`)).toBe(true));
    }
    for (const form of no) {
      it(`${lang} ~${word} does not match "${form}"`, () => expect(stemRuleMatches(lang, word, `x ${form} y`)).toBe(false));
    }
  }
});

describe('inflectionStems', () => {
  it('always contains the stem of the word itself', () => {
    for (const [lang, word] of TABLE) expect(inflectionStems(lang, word.toLowerCase())).toContain(stem(lang, word.toLowerCase()));
  });
  it('leaves gender alone where the stemmer does: Italian ragazza does not take the stems of unrelated words', () => {
    expect(inflectionStems('it', 'ragazza')).toEqual([stem('it', 'ragazza')]);
  });
  it('is the word itself without a stemmer', () => {
    expect(inflectionStems('none', 'abc')).toEqual(['abc']);
  });
});
