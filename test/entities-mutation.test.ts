import { describe, expect, it } from 'vitest';
import { extractEntities, type EntityLanguage } from '../src/entities/index.js';

// Behaviour of the entity finders that the tables of entities.test.ts leave open (spans, flags,
// bounds), written from the mutants that survived `npm run mutation:entities`. Phone numbers are
// synthetic (see entities.test.ts): drama ranges or invented digit runs.

/** The phone numbers of `text`: value, text, international and valid flags, country. */
function phones(text: string, language?: EntityLanguage) {
  return extractEntities(text, { types: ['phone'], ...(language ? { language } : {}) }).map((e) => {
    if (e.type !== 'phone') throw new Error('not a phone');
    return { value: e.value, text: e.text, international: e.international, valid: e.valid, country: e.country, obfuscation: e.obfuscation };
  });
}

describe('phone: the span and the international prefix', () => {
  it('starts at a "+" written right before the digits or one space before', () => {
    expect(phones('Call +44 7700 900123 today')).toEqual([
      { value: '+447700900123', text: '+44 7700 900123', international: true, valid: false, country: undefined, obfuscation: [] },
    ]);
    expect(phones('call + 44 7700 900123')[0]).toMatchObject({ value: '+447700900123', text: '+ 44 7700 900123', international: true });
  });
  it('does not take a "+" two spaces away as the prefix', () => {
    expect(phones('call +  44 7700 900123')[0]).toMatchObject({ text: '44 7700 900123', international: false });
  });
  it('reads the word "plus" before digits written as words as the "+"', () => {
    expect(phones('call plus four four seven seven zero zero nine zero zero one two three', 'en')).toEqual([
      { value: '+447700900123', text: 'plus four four seven seven zero zero nine zero zero one two three', international: true, valid: false, country: undefined, obfuscation: ['words'] },
    ]);
  });
  it('reads "plus" as the "+" only before digits written as words', () => {
    expect(phones('call plus 44 7700 900123', 'en')[0]).toMatchObject({ text: '44 7700 900123', international: false });
  });
  it('takes "00" written in digits as the international prefix, not "zero zero" in words', () => {
    expect(phones('ring 0044 7700 900123')[0]).toMatchObject({ value: '+447700900123', text: '0044 7700 900123', international: true });
    expect(phones('zero zero four four seven seven zero zero nine zero zero one two three', 'en')[0]).toMatchObject({ international: false });
  });
  it('includes an opening parenthesis only when a closing one follows in the number', () => {
    expect(phones('Text (415) 555-0123 now', 'en')[0]).toMatchObject({ value: '+14155550123', text: '(415) 555-0123', country: 'US' });
    expect(phones('call (415 555 0123', 'en')[0]).toMatchObject({ value: '+14155550123', text: '415 555 0123' });
  });
  it('reports the obfuscation of the number only, not of the text around it', () => {
    expect(phones('Call 415 555 0123 or text n\u200bew girl', 'en')[0]).toMatchObject({ text: '415 555 0123', obfuscation: [] });
  });
});

describe('phone: length bounds', () => {
  it('accepts up to 15 digits after "+", not 16', () => {
    expect(phones('call +123456789012345')).toEqual([
      { value: '+123456789012345', text: '+123456789012345', international: true, valid: false, country: undefined, obfuscation: [] },
    ]);
    expect(phones('call +1234567890123456')).toEqual([]);
  });
  it('keeps a short international number only when it is possible there or has 8 digits', () => {
    expect(phones('call +1 555 0123')[0]).toMatchObject({ value: '+15550123', international: true });
    expect(phones('call +12 3456')).toEqual([]);
  });
});

describe('phone: numbers valid elsewhere', () => {
  it('keeps the digits, marked not valid, when the number fits several other countries', () => {
    // Not a French number; a German and a British one: no country to pick.
    expect(phones('call 030 23125 678', 'fr')).toEqual([
      { value: '03023125678', text: '030 23125 678', international: false, valid: false, country: undefined, obfuscation: [] },
    ]);
  });
});

describe('phone: near misses decided for the whole run', () => {
  it('a number written in words after "Order #" is still a phone (the reference is the digits)', () => {
    expect(phones('Order #four one five five five five zero one two three', 'en')[0]).toMatchObject({ value: '+14155550123', country: 'US' });
  });
  it('a reference before a "+" rules the number out', () => {
    expect(phones('Invoice no. +4155550123')).toEqual([]);
    expect(phones('Order #+44 7700 900123')).toEqual([]);
  });
  it('digits followed by a unit are a quantity', () => {
    expect(phones('call 415 555 0123 kg', 'en')).toEqual([]);
    expect(phones('call 415 555 0123 €', 'en')).toEqual([]);
  });
  it('a range with a hyphen, an en dash or an em dash, spaced or not, is not a phone', () => {
    expect(phones('Salary 2000–3000')).toEqual([]);
    expect(phones('Salary 2000—3000')).toEqual([]);
    expect(phones('Salary 2000 - 3000')).toEqual([]);
    expect(phones('Range 300–400')).toEqual([]);
  });
  it('two round numbers joined by a dash are a range; joined by a space they may be a number', () => {
    for (const text of ['pay 3000-4000', 'pay 3000–4000', 'pay 3000—4000', 'pay 3000 - 4000']) expect(phones(text), text).toEqual([]);
    expect(phones('pay 3000 4000').map((p) => p.text)).toEqual(['3000 4000']);
  });
  it('years from 1900 to 2099, all of them, make a list of years', () => {
    expect(phones('tel 1900 2000')).toEqual([]);
    expect(phones('tel 2000 2099')).toEqual([]);
    for (const text of ['tel 1899 1950', 'tel 2000 2100', 'tel 1950 3000']) expect(phones(text).map((p) => p.text), text).toEqual([text.slice(4)]);
  });
  it('two or more years from 1900 to 2099 are a list of years', () => {
    expect(phones('tel 1950 2000', 'de')).toEqual([]);
    expect(phones('years 1900 1950 2000')).toEqual([]);
    expect(phones('years 1950 2000 2099')).toEqual([]);
    expect(phones('tel 1950 2000 2099', 'en')).toEqual([]);
  });
});

describe('phone: numbers inside a longer run of digit groups', () => {
  it('finds two numbers side by side with no separator between them', () => {
    expect(phones('call 415 555 0123 415 555 0199', 'en').map((p) => [p.value, p.text])).toEqual([
      ['+14155550123', '415 555 0123'],
      ['+14155550199', '415 555 0199'],
    ]);
    expect(phones('call 4155550123 4155550199', 'en').map((p) => p.text)).toEqual(['4155550123', '4155550199']);
  });
  it('goes on after a number found inside the run', () => {
    expect(phones('call 99 415 555 0123 415 555 0199', 'en').map((p) => [p.value, p.text])).toEqual([
      ['+14155550123', '415 555 0123'],
      ['+14155550199', '415 555 0199'],
    ]);
  });
  it('looks for no number in a run of more than 48 digits (a list, not contacts)', () => {
    expect(phones('call 415 555 0123 415 555 0199 212 555 0100 415 555 0111 415 555 0122', 'en')).toEqual([]);
  });
  it('finds the number between stray groups', () => {
    expect(phones('call 99 415 555 0123 99 99', 'en')).toEqual([
      { value: '+14155550123', text: '415 555 0123', international: false, valid: true, country: 'US', obfuscation: [] },
    ]);
  });
  it('splits three numbers around spaced slashes', () => {
    expect(phones('call 415 555 0123 / 415 555 0199 / 212 555 0100', 'en').map((p) => p.text)).toEqual(['415 555 0123', '415 555 0199', '212 555 0100']);
  });
  it('reads no phone in a long run of single digits', () => {
    expect(phones(Array.from({ length: 50 }, (_, i) => String((i + 1) % 10)).join(' '))).toEqual([]);
  });
});

// The word lists of the age reader, one row per word (each word of a list is a mutant that only a
// row using that word kills). Expected: the ages found, as [value, extra fields].
type AgeRow = [string, [number, Record<string, unknown>][]];
const AGE_WORD_ROWS: Record<string, AgeRow[]> = {
  // a person word before an age in brackets ("Frau (19)")
  person: [
    ["girl (19)", [[19, {}]]],
    ["woman (19)", [[19, {}]]],
    ["lady (19)", [[19, {}]]],
    ["boy (19)", [[19, {}]]],
    ["guy (19)", [[19, {}]]],
    ["student (19)", [[19, {}]]],
    ["model (19)", [[19, {}]]],
    ["frau (19)", [[19, {}]]],
    ["madchen (19)", [[19, {}]]],
    ["studentin (19)", [[19, {}]]],
    ["dame (19)", [[19, {}]]],
    ["chica (19)", [[19, {}]]],
    ["mujer (19)", [[19, {}]]],
    ["senorita (19)", [[19, {}]]],
    ["estudiante (19)", [[19, {}]]],
    ["fille (19)", [[19, {}]]],
    ["femme (19)", [[19, {}]]],
    ["etudiante (19)", [[19, {}]]],
    ["menina (19)", [[19, {}]]],
    ["mulher (19)", [[19, {}]]],
    ["garota (19)", [[19, {}]]],
    ["estudante (19)", [[19, {}]]],
    ["ragazza (19)", [[19, {}]]],
    ["donna (19)", [[19, {}]]],
    ["studentessa (19)", [[19, {}]]],
    ["gurl (19)", [[19, {}]]],
    ["nena (19)", [[19, {}]]],
    ["nina (19)", [[19, {}]]],
    ["chava (19)", [[19, {}]]],
    ["ado (19)", [[19, {}]]],
    ["meuf (19)", [[19, {}]]],
    ["jeune (19)", [[19, {}]]],
    ["novinha (19)", [[19, {}]]],
    ["mocinha (19)", [[19, {}]]],
    ["rapaz (19)", [[19, {}]]],
    ["bursche (19)", [[19, {}]]],
    ["junge (19)", [[19, {}]]],
    ["ragazzina (19)", [[19, {}]]],
  ],
  // a people word before a range ("girls 18-25")
  people: [
    ["girls 18-25", [[18, {"max": 25}]]],
    ["ladies 18-25", [[18, {"max": 25}]]],
    ["women 18-25", [[18, {"max": 25}]]],
    ["boys 18-25", [[18, {"max": 25}]]],
    ["men 18-25", [[18, {"max": 25}]]],
    ["guys 18-25", [[18, {"max": 25}]]],
    ["candidates 18-25", [[18, {"max": 25}]]],
    ["applicants 18-25", [[18, {"max": 25}]]],
    ["models 18-25", [[18, {"max": 25}]]],
    ["chicas 18-25", [[18, {"max": 25}]]],
    ["mujeres 18-25", [[18, {"max": 25}]]],
    ["senoritas 18-25", [[18, {"max": 25}]]],
    ["chicos 18-25", [[18, {"max": 25}]]],
    ["filles 18-25", [[18, {"max": 25}]]],
    ["femmes 18-25", [[18, {"max": 25}]]],
    ["hommes 18-25", [[18, {"max": 25}]]],
    ["jeunes 18-25", [[18, {"max": 25}]]],
    ["meninas 18-25", [[18, {"max": 25}]]],
    ["mulheres 18-25", [[18, {"max": 25}]]],
    ["garotas 18-25", [[18, {"max": 25}]]],
    ["ragazze 18-25", [[18, {"max": 25}]]],
    ["donne 18-25", [[18, {"max": 25}]]],
    ["ragazzi 18-25", [[18, {"max": 25}]]],
    ["madchen 18-25", [[18, {"max": 25}]]],
    ["frauen 18-25", [[18, {"max": 25}]]],
    ["damen 18-25", [[18, {"max": 25}]]],
    ["teens 18-25", [[18, {"max": 25}]]],
    ["kids 18-25", [[18, {"max": 25}]]],
    ["youths 18-25", [[18, {"max": 25}]]],
    ["lads 18-25", [[18, {"max": 25}]]],
    ["burschen 18-25", [[18, {"max": 25}]]],
    ["jungs 18-25", [[18, {"max": 25}]]],
    ["jugendliche 18-25", [[18, {"max": 25}]]],
    ["chavos 18-25", [[18, {"max": 25}]]],
    ["muchachos 18-25", [[18, {"max": 25}]]],
    ["muchachas 18-25", [[18, {"max": 25}]]],
    ["muchachitas 18-25", [[18, {"max": 25}]]],
    ["jovenes 18-25", [[18, {"max": 25}]]],
    ["ninos 18-25", [[18, {"max": 25}]]],
    ["ninas 18-25", [[18, {"max": 25}]]],
    ["garcons 18-25", [[18, {"max": 25}]]],
    ["ados 18-25", [[18, {"max": 25}]]],
    ["rapazes 18-25", [[18, {"max": 25}]]],
    ["meninos 18-25", [[18, {"max": 25}]]],
    ["giovani 18-25", [[18, {"max": 25}]]],
    ["madels 18-25", [[18, {"max": 25}]]],
    ["maedels 18-25", [[18, {"max": 25}]]],
    ["madel 18-25", [[18, {"max": 25}]]],
  ],
  // a unit that makes a number an age in any clause ("19 ans")
  strong: [
    ["hi, 19 yo here", [[19, {}]]],
    ["hi, 19 ans here", [[19, {}]]],
    ["hi, 19 anos here", [[19, {}]]],
    ["hi, 19 anni here", [[19, {}]]],
    ["hi, 19 jahre here", [[19, {}]]],
    ["hi, 19 jahren here", [[19, {}]]],
    ["hi, 19 jahrige here", [[19, {}]]],
    ["hi, 19 jahriger here", [[19, {}]]],
    ["hi, 19 jahrigen here", [[19, {}]]],
    ["hi, 19 anitos here", [[19, {}]]],
    ["hi, 19 aninhos here", [[19, {}]]],
  ],
  // a clothing-size word before "N years" (not an age)
  size: [
    ["size 16 ans", []],
    ["sizes 16 ans", []],
    ["taille 16 ans", []],
    ["tailles 16 ans", []],
    ["talla 16 ans", []],
    ["tallas 16 ans", []],
    ["tamanho 16 ans", []],
    ["tamanhos 16 ans", []],
    ["taglia 16 ans", []],
    ["taglie 16 ans", []],
    ["grosse 16 ans", []],
    ["gr 16 ans", []],
  ],
  // a word before an age that makes it a lower bound ("from 16")
  open_before: [
    ["x from 16 years old", [[16, {"atLeast": true}]]],
    ["x over 16 years old", [[16, {"atLeast": true}]]],
    ["x des 16 years old", [[16, {"atLeast": true}]]],
    ["x ab 16 years old", [[16, {"atLeast": true}]]],
    ["x dai 16 years old", [[16, {"atLeast": true}]]],
    ["x dagli 16 years old", [[16, {"atLeast": true}]]],
    ["x minimum 16 years old", [[16, {"atLeast": true}]]],
    ["x min 16 years old", [[16, {"atLeast": true}]]],
    ["x mindestens 16 years old", [[16, {"atLeast": true}]]],
    ["x uber 16 years old", [[16, {"atLeast": true}]]],
    ["x oltre 16 years old", [[16, {"atLeast": true}]]],
    ["x almeno 16 years old", [[16, {"atLeast": true}]]],
  ],
  // two words before an age that make it a lower bound ("at least 16")
  open_before_2: [
    ["x partir de 16 years old", [[16, {"atLeast": true}]]],
    ["x partir dos 16 years old", [[16, {"atLeast": true}]]],
    ["x partir das 16 years old", [[16, {"atLeast": true}]]],
    ["x au moins 16 years old", [[16, {"atLeast": true}]]],
    ["x al menos 16 years old", [[16, {"atLeast": true}]]],
    ["x pelo menos 16 years old", [[16, {"atLeast": true}]]],
    ["x no minimo 16 years old", [[16, {"atLeast": true}]]],
    ["x plus de 16 years old", [[16, {"atLeast": true}]]],
    ["x mas de 16 years old", [[16, {"atLeast": true}]]],
    ["x mais de 16 years old", [[16, {"atLeast": true}]]],
    ["x older than 16 years old", [[16, {"atLeast": true}]]],
    ["x de minimo 16 years old", [[16, {"atLeast": true}]]],
    ["x maiores de 16 years old", [[16, {"atLeast": true}]]],
    ["x mayores de 16 years old", [[16, {"atLeast": true}]]],
    ["x maggiori di 16 years old", [[16, {"atLeast": true}]]],
  ],
  // words after an age that make it a lower bound ("16 and over")
  open_after: [
    ["x 16 years old and over", [[16, {"atLeast": true}]]],
    ["x 16 years old and up", [[16, {"atLeast": true}]]],
    ["x 16 years old and older", [[16, {"atLeast": true}]]],
    ["x 16 years old and above", [[16, {"atLeast": true}]]],
    ["x 16 years old or over", [[16, {"atLeast": true}]]],
    ["x 16 years old or older", [[16, {"atLeast": true}]]],
    ["x 16 years old or more", [[16, {"atLeast": true}]]],
    ["x 16 years old et plus", [[16, {"atLeast": true}]]],
    ["x 16 years old ou plus", [[16, {"atLeast": true}]]],
    ["x 16 years old y mas", [[16, {"atLeast": true}]]],
    ["x 16 years old o mas", [[16, {"atLeast": true}]]],
    ["x 16 years old en adelante", [[16, {"atLeast": true}]]],
    ["x 16 years old para arriba", [[16, {"atLeast": true}]]],
    ["x 16 years old und alter", [[16, {"atLeast": true}]]],
    ["x 16 years old oder alter", [[16, {"atLeast": true}]]],
    ["x 16 years old und aufwarts", [[16, {"atLeast": true}]]],
    ["x 16 years old e mais", [[16, {"atLeast": true}]]],
    ["x 16 years old ou mais", [[16, {"atLeast": true}]]],
    ["x 16 years old em diante", [[16, {"atLeast": true}]]],
    ["x 16 years old in su", [[16, {"atLeast": true}]]],
    ["x 16 years old e oltre", [[16, {"atLeast": true}]]],
    ["x 16 years old o piu", [[16, {"atLeast": true}]]],
    ["x 16 years old in poi", [[16, {"atLeast": true}]]],
  ],
  // an age noun before a number ("Alter 19")
  age_noun: [
    ["age 19, hi", [[19, {}]]],
    ["aged 19, hi", [[19, {}]]],
    ["ages 19, hi", [[19, {}]]],
    ["edad 19, hi", [[19, {}]]],
    ["idade 19, hi", [[19, {}]]],
    ["eta 19, hi", [[19, {}]]],
    ["alter 19, hi", [[19, {}]]],
  ],
  // a word before "N years" that makes it a span of time (not an age)
  duration_before: [
    ["x for 16 ans", []],
    ["x since 16 ans", []],
    ["x last 16 ans", []],
    ["x past 16 ans", []],
    ["x depuis 16 ans", []],
    ["x pendant 16 ans", []],
    ["x durant 16 ans", []],
    ["x desde 16 ans", []],
    ["x hace 16 ans", []],
    ["x durante 16 ans", []],
    ["x seit 16 ans", []],
    ["x fur 16 ans", []],
    ["x da 16 ans", []],
    ["x ha 16 ans", []],
    ["x per 16 ans", []],
    ["x in 16 ans", []],
    ["x within 16 ans", []],
    ["x dans 16 ans", []],
    ["x en 16 ans", []],
    ["x em 16 ans", []],
    ["x entro 16 ans", []],
    ["x innerhalb 16 ans", []],
    ["x contrat 16 ans", []],
    ["x contract 16 ans", []],
    ["x contrato 16 ans", []],
    ["x vertrag 16 ans", []],
    ["x contratto 16 ans", []],
    ["x married 16 ans", []],
    ["x together 16 ans", []],
    ["x maries 16 ans", []],
    ["x casados 16 ans", []],
    ["x casadas 16 ans", []],
    ["x verheiratet 16 ans", []],
    ["x sposati 16 ans", []],
    ["x casati 16 ans", []],
  ],
  // a word after "N years" that makes it a span of time (not an age)
  duration_after: [
    ["x 16 ans de x", []],
    ["x 16 ans di x", []],
    ["x 16 ans of x", []],
    ["x 16 ans experience x", []],
    ["x 16 ans experiencia x", []],
    ["x 16 ans esperienza x", []],
    ["x 16 ans erfahrung x", []],
    ["x 16 ans ago x", []],
    ["x 16 ans contract x", []],
    ["x 16 ans contrat x", []],
    ["x 16 ans contrato x", []],
    ["x 16 ans contratto x", []],
    ["x 16 ans garantie x", []],
    ["x 16 ans guarantee x", []],
    ["x 16 ans warranty x", []],
    ["x 16 ans visa x", []],
    ["x 16 ans work x", []],
    ["x 16 ans working x", []],
  ],
  // a word or dash joining the two ends of an age range
  range_join: [
    ["age 18 - 35", [[18, {"max": 35}]]],
    ["age 18 – 35", [[18, {"max": 35}]]],
    ["age 18 — 35", [[18, {"max": 35}]]],
    ["age 18 to 35", [[18, {"max": 35}]]],
    ["age 18 a 35", [[18, {"max": 35}]]],
    ["age 18 bis 35", [[18, {"max": 35}]]],
    ["age 18 al 35", [[18, {"max": 35}]]],
    ["age 18 ai 35", [[18, {"max": 35}]]],
    ["age 18 aos 35", [[18, {"max": 35}]]],
    ["age 18 e 35", [[18, {"max": 35}]]],
    ["age 18 y 35", [[18, {"max": 35}]]],
    ["age 18 and 35", [[18, {"max": 35}]]],
    ["age 18 et 35", [[18, {"max": 35}]]],
    ["age 18 und 35", [[18, {"max": 35}]]],
    ["age 18 ate 35", [[18, {"max": 35}]]],
    ["age 18 hasta 35", [[18, {"max": 35}]]],
  ],
  // an upper bound ("under 16"), the age of nobody
  upper_bound: [
    ["x under 16 ans", []],
    ["x below 16 ans", []],
    ["x unter 16 ans", []],
    ["x sotto 16 ans", []],
    ["x menores 16 ans", []],
    ["x menor 16 ans", []],
    ["x minori 16 ans", []],
    ["x moins de 16 ans", []],
    ["x menos de 16 ans", []],
    ["x minori di 16 ans", []],
    ["x sotto i 16 ans", []],
    ["x less than 16 ans", []],
  ],
  // a birth marker before a year ("Jg. 2010"), as of 2026
  birth: [
    ["Jg. 2010, hi", [[16, {"bornIn": 2010}]]],
    ["Jg 2010, hi", [[16, {"bornIn": 2010}]]],
    ["Jahrgang 2010, hi", [[16, {"bornIn": 2010}]]],
    ["geb. 2010, hi", [[16, {"bornIn": 2010}]]],
    ["geboren 2010, hi", [[16, {"bornIn": 2010}]]],
    ["geboren im Jahr 2010, hi", [[16, {"bornIn": 2010}]]],
    ["born 2010, hi", [[16, {"bornIn": 2010}]]],
    ["born in 2010, hi", [[16, {"bornIn": 2010}]]],
    ["DOB 2010, hi", [[16, {"bornIn": 2010}]]],
    ["DOB: 2010, hi", [[16, {"bornIn": 2010}]]],
    ["née en 2010, hi", [[16, {"bornIn": 2010}]]],
    ["né en 2010, hi", [[16, {"bornIn": 2010}]]],
    ["nacida en 2010, hi", [[16, {"bornIn": 2010}]]],
    ["nacido en 2010, hi", [[16, {"bornIn": 2010}]]],
    ["nací en 2010, hi", [[16, {"bornIn": 2010}]]],
    ["soy del 2010, hi", [[16, {"bornIn": 2010}]]],
    ["nata nel 2010, hi", [[16, {"bornIn": 2010}]]],
    ["nato nel 2010, hi", [[16, {"bornIn": 2010}]]],
    ["sono del 2010, hi", [[16, {"bornIn": 2010}]]],
    ["sono nata nel 2010, hi", [[16, {"bornIn": 2010}]]],
    ["sono nato nel 2010, hi", [[16, {"bornIn": 2010}]]],
    ["classe 2010, hi", [[16, {"bornIn": 2010}]]],
    ["nascida em 2010, hi", [[16, {"bornIn": 2010}]]],
    ["nascido em 2010, hi", [[16, {"bornIn": 2010}]]],
    ["nasci em 2010, hi", [[16, {"bornIn": 2010}]]],
  ],
};

describe('age: every word of the age reader\'s lists does its job', () => {
  for (const [list, rows] of Object.entries(AGE_WORD_ROWS)) {
    it.each(rows)(`${list}: %s`, (text, want) => {
      const got = extractEntities(text, { types: ['age'], referenceYear: 2026 }).map((e) => {
        if (e.type !== 'age') throw new Error('not an age');
        const extra: Record<string, unknown> = {};
        if (e.max !== undefined) extra.max = e.max;
        if (e.atLeast) extra.atLeast = e.atLeast;
        if (e.bornIn !== undefined) extra.bornIn = e.bornIn;
        return [e.value, extra];
      });
      expect(got).toEqual(want);
    });
  }
});
