import { describe, expect, it } from 'vitest';
import { ALL_LANGUAGES, LANGUAGE_BIT, languageMask, numberWord, parseNumberAt } from '../src/entities/number-words.js';
import { tokenizeView } from '../src/entities/tokens.js';
import { createView } from '../src/entities/view.js';

// The number-word reader's paths, for the mutants of src/entities/number-words.ts: the word
// tables of six languages, their one-word compounds, the language masks, and the rules of
// parseNumberAt (tens and units, joiners, French 17-19, 70, 80 and 90, gaps and line breaks).

/** The number read from the start of `text` in the languages of `mask`. */
function parse(text: string, mask: number) {
  return parseNumberAt(tokenizeView(createView(text).s), 0, mask);
}

describe('number words: languages', () => {
  it('reads every language for no language or "und", else the language and English', () => {
    expect(ALL_LANGUAGES).toBe(63);
    expect(LANGUAGE_BIT).toEqual({ en: 1, fr: 2, es: 4, de: 8, pt: 16, it: 32 });
    expect(languageMask(undefined)).toBe(63);
    expect(languageMask('und')).toBe(63);
    expect(languageMask('en')).toBe(1);
    expect(languageMask('fr')).toBe(3);
    expect(languageMask('es')).toBe(5);
    expect(languageMask('de')).toBe(9);
    expect(languageMask('pt')).toBe(17);
    expect(languageMask('it')).toBe(33);
  });
});

describe('number words: the tables', () => {
  it('reads each unit and ten of each language, only in that language', () => {
    const words: [string, number, keyof typeof LANGUAGE_BIT][] = [
      ['zero', 0, 'en'], ['one', 1, 'en'], ['nineteen', 19, 'en'], ['twenty', 20, 'en'], ['fourty', 40, 'en'], ['ninety', 90, 'en'],
      ['une', 1, 'fr'], ['seize', 16, 'fr'], ['vingt', 20, 'fr'], ['septante', 70, 'fr'], ['huitante', 80, 'fr'], ['octante', 80, 'fr'], ['nonante', 90, 'fr'],
      ['cero', 0, 'es'], ['una', 1, 'es'], ['diecinueve', 19, 'es'], ['noventa', 90, 'es'],
      ['null', 0, 'de'], ['zwo', 2, 'de'], ['fuenf', 5, 'de'], ['zwoelf', 12, 'de'], ['neunzehn', 19, 'de'], ['dreißig', 30, 'de'], ['dreissig', 30, 'de'], ['neunzig', 90, 'de'],
      ['duas', 2, 'pt'], ['meia', 6, 'pt'], ['quatorze', 14, 'pt'], ['dezasseis', 16, 'pt'], ['dezanove', 19, 'pt'], ['noventa', 90, 'pt'],
      ['un', 1, 'it'], ['diciannove', 19, 'it'], ['novanta', 90, 'it'],
    ];
    for (const [word, value, lang] of words) {
      expect(numberWord(word, LANGUAGE_BIT[lang]), `${word} in ${lang}`).toBe(value);
    }
    expect(numberWord('seventeen', LANGUAGE_BIT.fr)).toBeUndefined();
    expect(numberWord('diecisiete', languageMask('de'))).toBeUndefined();
    expect(numberWord('diecisiete', languageMask('es'))).toBe(17);
    expect(numberWord('meia', LANGUAGE_BIT.es)).toBeUndefined();
    expect(numberWord('nothing', ALL_LANGUAGES)).toBeUndefined();
  });
  it('shares a word between the languages that spell it alike', () => {
    expect(numberWord('zero', LANGUAGE_BIT.fr)).toBe(0);
    expect(numberWord('zero', LANGUAGE_BIT.pt)).toBe(0);
    expect(numberWord('zero', LANGUAGE_BIT.it)).toBe(0);
    expect(numberWord('cinco', LANGUAGE_BIT.pt)).toBe(5);
    expect(numberWord('cinco', LANGUAGE_BIT.es)).toBe(5);
  });
  it('has no French word for 17-19, 70, 80 or 90 in one word but the Belgian and Swiss ones', () => {
    expect(numberWord('-', ALL_LANGUAGES)).toBeUndefined();
    expect(numberWord('dix', LANGUAGE_BIT.fr)).toBe(10);
  });
  it('reads German, Italian and Spanish one-word compounds', () => {
    const de: [string, number][] = [['einundzwanzig', 21], ['zweiundzwanzig', 22], ['zwoundzwanzig', 22], ['vierunddreißig', 34], ['vierunddreissig', 34], ['neunundneunzig', 99], ['fuenfundfuenfzig', 55], ['funfundfunfzig', 55]];
    for (const [w, v] of de) expect(numberWord(w, LANGUAGE_BIT.de), w).toBe(v);
    expect(numberWord('einsundzwanzig', LANGUAGE_BIT.de)).toBeUndefined();
    expect(numberWord('zehnundzwanzig', LANGUAGE_BIT.de)).toBeUndefined();
    const it: [string, number][] = [['ventuno', 21], ['ventidue', 22], ['ventotto', 28], ['trentuno', 31], ['trentotto', 38], ['novantanove', 99], ['quarantatre', 43]];
    for (const [w, v] of it) expect(numberWord(w, LANGUAGE_BIT.it), w).toBe(v);
    expect(numberWord('ventiuno', LANGUAGE_BIT.it)).toBeUndefined();
    expect(numberWord('ventiotto', LANGUAGE_BIT.it)).toBeUndefined();
    expect(numberWord('ventidieci', LANGUAGE_BIT.it)).toBeUndefined();
    const es: [string, number][] = [['veintiuno', 21], ['veintiun', 21], ['veintiuna', 21], ['veintitres', 23], ['veintinueve', 29]];
    for (const [w, v] of es) expect(numberWord(w, LANGUAGE_BIT.es), w).toBe(v);
    expect(numberWord('veintidiez', LANGUAGE_BIT.es)).toBeUndefined();
    expect(numberWord('veinticero', LANGUAGE_BIT.es)).toBeUndefined();
  });
});

describe('number words: parseNumberAt', () => {
  const en = languageMask('en');
  const fr = languageMask('fr');
  it('reads a unit, a ten, and a ten with a unit after a space or hyphen', () => {
    expect(parse('seven', en)).toEqual({ value: 7, next: 1 });
    expect(parse('twenty', en)).toEqual({ value: 20, next: 1 });
    expect(parse('twenty three', en)).toEqual({ value: 23, next: 2 });
    expect(parse('twenty-three', en)).toEqual({ value: 23, next: 3 });
    expect(parse('twenty‐three', en)).toEqual({ value: 23, next: 3 });
    expect(parse('ninety nine', en)).toEqual({ value: 99, next: 2 });
  });
  it('does not add a ten, a zero or a teen to a ten', () => {
    expect(parse('twenty ten', en)).toEqual({ value: 20, next: 1 });
    expect(parse('twenty zero', en)).toEqual({ value: 20, next: 1 });
    expect(parse('twenty thirty', en)).toEqual({ value: 20, next: 1 });
    expect(parse('seven three', en)).toEqual({ value: 7, next: 1 });
  });
  it('reads nothing from a word that is no number or from punctuation', () => {
    expect(parse('hello', en)).toBeNull();
    expect(parse('- two', en)).toBeNull();
    expect(parse('', en)).toBeNull();
    expect(parse('12', en)).toBeNull();
  });
  it('joins tens and units across a language\'s joiner only', () => {
    expect(parse('treinta y cuatro', languageMask('es'))).toEqual({ value: 34, next: 3 });
    expect(parse('vinte e tres', languageMask('pt'))).toEqual({ value: 23, next: 3 });
    expect(parse('soixante et onze', fr)).toEqual({ value: 71, next: 3 });
    expect(parse('treinta y cuatro', en | LANGUAGE_BIT.es)).toEqual({ value: 34, next: 3 });
    expect(parse('treinta e cuatro', languageMask('es'))).toEqual({ value: 30, next: 1 });
    expect(parse('thirty and four', en)).toEqual({ value: 30, next: 1 });
  });
  it('stops at a line break or a wide gap', () => {
    expect(parse('twenty\nthree', en)).toEqual({ value: 20, next: 1 });
    expect(parse('twenty  three', en)).toEqual({ value: 23, next: 2 });
    expect(parse('twenty   three', en)).toEqual({ value: 20, next: 1 });
    expect(parse('twenty -\nthree', en)).toEqual({ value: 20, next: 1 });
  });
  it('reads French 17-19 from "dix" and a unit of 7-9', () => {
    expect(parse('dix-sept', fr)).toEqual({ value: 17, next: 3 });
    expect(parse('dix huit', fr)).toEqual({ value: 18, next: 2 });
    expect(parse('dix-neuf', fr)).toEqual({ value: 19, next: 3 });
    expect(parse('dix-six', fr)).toEqual({ value: 10, next: 1 });
    expect(parse('dix', fr)).toEqual({ value: 10, next: 1 });
    expect(parse('dix\nsept', fr)).toEqual({ value: 10, next: 1 });
    expect(parse('dix-sept', LANGUAGE_BIT.es | LANGUAGE_BIT.en)).toBeNull();
  });
  it('reads French 70, 80 and 90', () => {
    expect(parse('soixante-dix', fr)).toEqual({ value: 70, next: 3 });
    expect(parse('soixante-dix-huit', fr)).toEqual({ value: 78, next: 5 });
    expect(parse('soixante et onze', fr)).toEqual({ value: 71, next: 3 });
    expect(parse('soixante-neuf', fr)).toEqual({ value: 69, next: 3 });
    expect(parse('quatre-vingt', fr)).toEqual({ value: 80, next: 3 });
    expect(parse('quatre-vingts', fr)).toEqual({ value: 80, next: 3 });
    expect(parse('quatre vingt', fr)).toEqual({ value: 80, next: 2 });
    expect(parse('quatre-vingt-douze', fr)).toEqual({ value: 92, next: 5 });
    expect(parse('quatre-vingt-dix-neuf', fr)).toEqual({ value: 99, next: 7 });
    expect(parse('quatre-vingt-un', fr)).toEqual({ value: 81, next: 5 });
    expect(parse('quatre et vingt', fr)).toEqual({ value: 4, next: 1 });
    expect(parse('quatre-cinq', fr)).toEqual({ value: 4, next: 1 });
    expect(parse('quatre\nvingt', fr)).toEqual({ value: 4, next: 1 });
  });
  it('adds at most 9 to a plain ten, at most 19 to French 60 and 80', () => {
    expect(parse('cinquante-neuf', fr)).toEqual({ value: 59, next: 3 });
    expect(parse('cinquante-douze', fr)).toEqual({ value: 50, next: 1 });
    expect(parse('soixante-dix-neuf', fr)).toEqual({ value: 79, next: 5 });
    expect(parse('soixante-vingt', fr)).toEqual({ value: 60, next: 1 });
    expect(parse('soixante zero', fr)).toEqual({ value: 60, next: 1 });
  });
  it('reads French rules only when French is in the mask', () => {
    expect(parse('four twenty', en)).toEqual({ value: 4, next: 1 });
    expect(parse('quatre-vingt', LANGUAGE_BIT.fr)).toEqual({ value: 80, next: 3 });
  });
});
