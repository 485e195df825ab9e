import { describe, expect, it } from 'vitest';
import { findAges } from '../src/entities/age.js';
import { extractEntities, type EntityLanguage } from '../src/entities/index.js';
import { tokenizeView } from '../src/entities/tokens.js';
import { createView } from '../src/entities/view.js';

// The age reader's paths, one behaviour each, from the mutants of src/entities/age.ts that
// survived the first measurement (64.7%): spans, flags and the near misses next to each rule.
// Synthetic text: ages next to jobs, sizes, durations, experience and years of birth.

/** The ages of `text` with every field the entity carries (type dropped). */
function ages(text: string, language?: EntityLanguage) {
  return extractEntities(text, { types: ['age'], referenceYear: 2026, ...(language ? { language } : {}) }).map((e) => {
    if (e.type !== 'age') throw new Error('not an age');
    const { type: _type, ...rest } = e;
    return rest;
  });
}

describe('age: number words spelled out in pieces ("se-di-ci", "s.e.d.i.c.i")', () => {
  it('joins syllables split by dashes into the number word, with the unit after it', () => {
    expect(ages('ragazza se-di-ci anni', 'it')).toEqual([{ value: 16, written: true, start: 8, end: 21, text: 'se-di-ci anni' }]);
  });
  it('joins two pieces of up to four letters, whichever is the longer', () => {
    expect(ages('ragazza sedi-ci anni', 'it')).toEqual([{ value: 16, written: true, start: 8, end: 20, text: 'sedi-ci anni' }]);
    expect(ages('ragazza se-dici anni', 'it')).toEqual([{ value: 16, written: true, start: 8, end: 20, text: 'se-dici anni' }]);
  });
  it('does not join a piece of more than four letters', () => {
    expect(ages('ragazza diciot-to anni', 'it')).toEqual([]);
  });
  it('reads a number spelled letter by letter with any one of - / . * _', () => {
    for (const sep of ['/', '.', '*', '_']) {
      const word = 'sedici'.split('').join(sep);
      expect(ages(`ragazza ${word} anni`, 'it')).toEqual([{ value: 16, written: true, start: 8, end: 24, text: `${word} anni` }]);
    }
  });
  it('does not mix two separators in one word, nor join across a space', () => {
    expect(ages('ragazza se-di.ci anni', 'it')).toEqual([]);
    expect(ages('ragazza se -di-ci anni', 'it')).toEqual([]);
    expect(ages('ragazza se- di-ci anni', 'it')).toEqual([]);
    expect(ages('ragazza se:di:ci anni', 'it')).toEqual([]);
  });
  it('reads up to twelve pieces ("v.e.n.t.i.q.u.a.t.t.r.o")', () => {
    expect(ages('v.e.n.t.i.q.u.a.t.t.r.o anni', 'it')).toEqual([{ value: 24, written: true, start: 0, end: 28, text: 'v.e.n.t.i.q.u.a.t.t.r.o anni' }]);
  });
  it('reads a spelled-out number late in a long ad as well as at its start', () => {
    const text = 'Ciao a tutti, sono nuova in citta e cerco lavoro, ragazza se-di-ci anni';
    expect(ages(text, 'it')).toEqual([{ value: 16, written: true, start: 58, end: 71, text: 'se-di-ci anni' }]);
  });
});

describe('age: units spelled out letter by letter ("a/n/s", "j.a.h.r.e")', () => {
  it('reads the unit spelled with slashes or dots after digits', () => {
    expect(ages('Lena 17 a/n/s ici', 'fr')).toEqual([{ value: 17, written: false, start: 5, end: 13, text: '17 a/n/s' }]);
    expect(ages('tengo 17 a/ñ/o/s', 'es')).toEqual([{ value: 17, written: false, start: 6, end: 16, text: '17 a/ñ/o/s' }]);
  });
  it('takes the longest unit ("j.a.h.r.e.n", not "j.a.h.r.e"), and a spelled unit makes an age mid-sentence', () => {
    expect(ages('Lisa 17 j.a.h.r.e.n alt', 'de')).toEqual([{ value: 17, written: false, start: 5, end: 19, text: '17 j.a.h.r.e.n' }]);
    expect(ages('Lisa 17 j.a.h.r.e alt', 'de')).toEqual([{ value: 17, written: false, start: 5, end: 17, text: '17 j.a.h.r.e' }]);
  });
  it('letters that spell no unit are not one (a flat number)', () => {
    expect(ages('Flat 17 a/b/c, second floor')).toEqual([]);
  });
});

describe('age: one-word ages ("diciottenne", "siebzehnjährige")', () => {
  it('reads the Italian -enne form with each vowel the number word ends in', () => {
    expect(ages('ragazza diciottenne cerca lavoro', 'it')).toEqual([{ value: 18, written: true, start: 8, end: 19, text: 'diciottenne' }]);
    expect(ages('ragazza ventenne', 'it')).toEqual([{ value: 20, written: true, start: 8, end: 16, text: 'ventenne' }]);
    expect(ages('ragazza diciassettenne', 'it')).toEqual([{ value: 17, written: true, start: 8, end: 22, text: 'diciassettenne' }]);
    expect(ages('donna trentenne', 'it')).toEqual([{ value: 30, written: true, start: 6, end: 15, text: 'trentenne' }]);
  });
  it('reads the -enne form in Italian only', () => {
    expect(ages('ragazza diciottenne cerca lavoro', 'en')).toEqual([]);
  });
  it('reads the German -jährig form with or without an ending', () => {
    expect(ages('siebzehnjährige Schülerin', 'de')).toEqual([{ value: 17, written: true, start: 0, end: 15, text: 'siebzehnjährige' }]);
    expect(ages('Sie ist siebzehnjährig.', 'de')).toEqual([{ value: 17, written: true, start: 8, end: 22, text: 'siebzehnjährig' }]);
  });
  it('reads "-jähriges" after digits', () => {
    expect(ages('ein 17-jähriges Mädchen', 'de')).toEqual([{ value: 17, written: false, start: 4, end: 15, text: '17-jähriges' }]);
  });
});

describe('age: "y/o", "y.o.", "y o", "year-old", "years"', () => {
  it('includes the final dot of "y.o." but not a comma after "y/o"', () => {
    expect(ages('I am 19 y.o. here')).toEqual([{ value: 19, written: false, start: 5, end: 12, text: '19 y.o.' }]);
    expect(ages('19 y/o, new')).toEqual([{ value: 19, written: false, start: 0, end: 6, text: '19 y/o' }]);
  });
  it('reads "y o" with one space as "yo", an age anywhere in the sentence', () => {
    expect(ages('new in town 19 y o looking for friends')).toEqual([{ value: 19, written: false, start: 12, end: 18, text: '19 y o' }]);
  });
  it('does not read "m/o" (months old) as "y/o"', () => {
    expect(ages('my son is 14 m/o')).toEqual([]);
  });
  it('a hundred years old is not an age of anyone (ages stop at 99)', () => {
    expect(ages('a one hundred years old house')).toEqual([]);
    expect(ages('a ninety-nine years old tree')).toEqual([{ value: 99, written: true, start: 2, end: 23, text: 'ninety-nine years old' }]);
  });
  it('takes "year-old" and "y old" into the span', () => {
    expect(ages('a 19 year-old student')).toEqual([{ value: 19, written: false, start: 2, end: 13, text: '19 year-old' }]);
    expect(ages('a 19 y old student')).toEqual([{ value: 19, written: false, start: 2, end: 10, text: '19 y old' }]);
  });
  it('reads "years", "yrs", "yr" at the end of a clause or of the text', () => {
    expect(ages('Maria, 19 years')).toEqual([{ value: 19, written: false, start: 7, end: 15, text: '19 years' }]);
    expect(ages('Maria 19 years.')).toEqual([{ value: 19, written: false, start: 6, end: 14, text: '19 years' }]);
    expect(ages('Maria 19 yrs.')).toEqual([{ value: 19, written: false, start: 6, end: 12, text: '19 yrs' }]);
    expect(ages('Maria 19 yr.')).toEqual([{ value: 19, written: false, start: 6, end: 11, text: '19 yr' }]);
  });
  it('reads a unit up to two spaces away, not three', () => {
    expect(ages('Lena 19  yo here')).toEqual([{ value: 19, written: false, start: 5, end: 11, text: '19  yo' }]);
    expect(ages('Lena 19   yo here')).toEqual([]);
  });
  it('keeps an age noun\'s age when a dash ends the text', () => {
    expect(ages('Anna, age 19 -')).toEqual([{ value: 19, written: false, start: 6, end: 12, text: 'age 19' }]);
  });
  it('starts the span at the number when a unit made it an age, even after an age noun', () => {
    expect(ages('age 19 years.')).toEqual([{ value: 19, written: false, start: 4, end: 12, text: '19 years' }]);
  });
});

describe('age: durations after "N years"', () => {
  it('"15 years\' experience" is a duration, as "15 years experience" is', () => {
    expect(ages("Maria 15 years' experience")).toEqual([]);
    expect(ages('Maria 15 years experience')).toEqual([]);
  });
});

describe('age: what ends a clause after "N years"', () => {
  it('a loan term followed by a symbol is not an age', () => {
    for (const rest of ['/ rate 3%', '- rate 3%', '% fixed', '$200 a month', '€200 a month', '£200 a month', ': fixed rate', '+ bonus', '@ 3%']) {
      expect(ages(`Loan term 15 years ${rest}`)).toEqual([]);
    }
  });
  it('a conjunction or preposition after "I am N" ends the clause', () => {
    expect(ages("j'ai 17 et je cherche un job", 'fr')).toEqual([{ value: 17, written: false, start: 5, end: 7, text: '17' }]);
    expect(ages('tengo 17 y busco trabajo', 'es')).toEqual([{ value: 17, written: false, start: 6, end: 8, text: '17' }]);
    expect(ages("I'm 19 with experience in retail")).toEqual([{ value: 19, written: false, start: 4, end: 6, text: '19' }]);
    expect(ages("j'ai 19 avec mon permis", 'fr')).toEqual([{ value: 19, written: false, start: 5, end: 7, text: '19' }]);
    expect(ages('tengo 17 con ganas de trabajar', 'es')).toEqual([{ value: 17, written: false, start: 6, end: 8, text: '17' }]);
    expect(ages('ich bin 19 mit Erfahrung im Verkauf', 'de')).toEqual([{ value: 19, written: false, start: 8, end: 10, text: '19' }]);
    expect(ages('tenho 17 com vontade de trabalhar', 'pt')).toEqual([{ value: 17, written: false, start: 6, end: 8, text: '17' }]);
    expect(ages("I'm 19 from Leeds")).toEqual([{ value: 19, written: false, start: 4, end: 6, text: '19' }]);
    expect(ages('tenho 17 de idade', 'pt')).toEqual([{ value: 17, written: false, start: 6, end: 8, text: '17' }]);
    expect(ages('ich bin 19 aus Berlin', 'de')).toEqual([{ value: 19, written: false, start: 8, end: 10, text: '19' }]);
    expect(ages('ho 19 da poco', 'it')).toEqual([{ value: 19, written: false, start: 3, end: 5, text: '19' }]);
  });
});

describe('age: the first person ("I\'m 19", "j’ai 19")', () => {
  it('reads "I’m", "im" and "j’ai" with a typographic apostrophe or none', () => {
    expect(ages('I’m 19.')).toEqual([{ value: 19, written: false, start: 4, end: 6, text: '19' }]);
    expect(ages('im 19.')).toEqual([{ value: 19, written: false, start: 3, end: 5, text: '19' }]);
    expect(ages('j’ai 19.', 'fr')).toEqual([{ value: 19, written: false, start: 5, end: 7, text: '19' }]);
  });
  it('another verb after "I", "ich" or "j\'" does not make the number an age', () => {
    expect(ages('I took bus 19.')).toEqual([]);
    expect(ages('I ordered 19.')).toEqual([]);
    expect(ages('ich zahle 19, nicht mehr', 'de')).toEqual([]);
    expect(ages("j'achète 19, pas plus", 'fr')).toEqual([]);
  });
});

describe('age: names and person words around a bare number', () => {
  it('a name in brackets takes the brackets into the span; an age noun before them does not change it', () => {
    expect(ages('Frau (19)')).toEqual([{ value: 19, written: false, start: 0, end: 9, text: 'Frau (19)' }]);
    expect(ages('Daria (19)')).toEqual([{ value: 19, written: false, start: 0, end: 10, text: 'Daria (19)' }]);
    expect(ages('Alter (19)')).toEqual([{ value: 19, written: false, start: 0, end: 10, text: 'Alter (19)' }]);
  });
  it('an unclosed bracket keeps the number alone', () => {
    expect(ages('New girl (19, from Leeds)')).toEqual([{ value: 19, written: false, start: 10, end: 12, text: '19' }]);
  });
  it('a count in brackets at the start of the text, or after a place in a list, is not an age', () => {
    expect(ages('(12) items in stock')).toEqual([]);
    expect(ages('Open positions: Rome (3), Milan (14)')).toEqual([]);
  });
  it('a lowercase word opening a line is not a name', () => {
    expect(ages('Sizes in stock\nsmall (14), medium (16)')).toEqual([]);
  });
  it('a number set off by commas after a name or near a person word is an age', () => {
    expect(ages('Lena, 16.')).toEqual([{ value: 16, written: false, start: 6, end: 8, text: '16' }]);
    expect(ages('Lena,16. neu hier')).toEqual([{ value: 16, written: false, start: 5, end: 7, text: '16' }]);
    expect(ages('new student, (19) here')).toEqual([{ value: 19, written: false, start: 14, end: 16, text: '19' }]);
  });
  it('each separator around a bare age sets it off', () => {
    for (const [text, start] of [['Lena, 16!', 6], ['Lena, 16 - neu', 6], ['Lena - 16 - neu hier', 7], ['Lena – 16 – neu hier', 7], ['Lena | 16 | neu hier', 7], ['Lena • 16 • neu hier', 7], ['Lena (16, neu hier)', 6]] as const) {
      expect(ages(text)).toEqual([{ value: 16, written: false, start, end: start + 2, text: '16' }]);
    }
  });
  it('a time after a name is not an age', () => {
    expect(ages('Meet Lena, 16.30, at the station')).toEqual([]);
  });
  it('a person word counts up to five tokens before the comma, not six', () => {
    expect(ages('Student new in the town, 19, hi')).toEqual([{ value: 19, written: false, start: 25, end: 27, text: '19' }]);
    expect(ages('Student new in the big town, 19, hi')).toEqual([]);
  });
  it('a person word on an earlier line does not make an address number an age', () => {
    expect(ages('We are a family with a boy\nRue Victor, 16, Paris')).toEqual([]);
  });
  it('a person word just before a line that opens with the lower bound counts', () => {
    expect(ages('Suche Studentin\nab 18', 'de')).toEqual([{ value: 18, written: false, start: 19, end: 21, text: '18', atLeast: true }]);
  });
  it('"a girl of 19" takes the person word into the span; another word before "for" does not make an age', () => {
    expect(ages('una chica de 19.', 'es')).toEqual([{ value: 19, written: false, start: 4, end: 15, text: 'chica de 19' }]);
    expect(ages('una ragazza di 19.', 'it')).toEqual([{ value: 19, written: false, start: 4, end: 17, text: 'ragazza di 19' }]);
    expect(ages('eine Frau von 19.', 'de')).toEqual([{ value: 19, written: false, start: 5, end: 16, text: 'Frau von 19' }]);
    expect(ages('a menina da 19.', 'pt')).toEqual([{ value: 19, written: false, start: 2, end: 14, text: 'menina da 19' }]);
    expect(ages('Need a student for 15, maybe 20 hours')).toEqual([]);
  });
});

describe('age: ranges', () => {
  it('a range after "between/entre/zwischen/tra/fra/from/de/dai/dos/von/da" and an age noun', () => {
    const rows: [string, EntityLanguage, number, string][] = [
      ['age between 18 and 35', 'en', 12, '18 and 35'],
      ['edad entre 18 y 35', 'es', 11, '18 y 35'],
      ['Alter zwischen 18 und 35', 'de', 15, '18 und 35'],
      ['età tra 18 e 35', 'it', 8, '18 e 35'],
      ['età fra 18 e 35', 'it', 8, '18 e 35'],
      ['age from 18 to 35', 'en', 9, '18 to 35'],
      ['edad de 18 a 35', 'es', 8, '18 a 35'],
      ['età dai 18 ai 35', 'it', 8, '18 ai 35'],
      ['idade dos 18 aos 35', 'pt', 10, '18 aos 35'],
      ['Alter von 18 bis 35', 'de', 10, '18 bis 35'],
      ['età da 18 a 35', 'it', 7, '18 a 35'],
    ];
    for (const [text, language, start, span] of rows) {
      expect(ages(text, language)).toEqual([{ value: 18, min: 18, max: 35, written: false, start, end: start + span.length, text: span }]);
    }
  });
  it('a range after a people word and "between"', () => {
    expect(ages('girls between 18 and 25')).toEqual([{ value: 18, min: 18, max: 25, written: false, start: 14, end: 23, text: '18 and 25' }]);
  });
  it('opening hours, room numbers and hours of work are not ages', () => {
    expect(ages('Open daily from 12 to 20')).toEqual([]);
    expect(ages('Rooms 12-20 available')).toEqual([]);
    expect(ages('Jobs for women 30 hours per week')).toEqual([]);
  });
  it('reads "los"/"os" before each end of a range', () => {
    expect(ages('mujeres entre los 18 y los 25 años', 'es')).toEqual([{ value: 18, min: 18, max: 25, written: false, start: 18, end: 34, text: '18 y los 25 años' }]);
    expect(ages('mulheres entre os 18 e os 25 anos', 'pt')).toEqual([{ value: 18, min: 18, max: 25, written: false, start: 18, end: 33, text: '18 e os 25 anos' }]);
  });
  it('takes a weak unit after a range into the span', () => {
    expect(ages('Wanted 18-25 years for photo shoot')).toEqual([{ value: 18, min: 18, max: 25, written: false, start: 7, end: 18, text: '18-25 years' }]);
  });
  it('joins only with a range word, only upwards, and up to 99', () => {
    expect(ages('Alter 18, 60 kg')).toEqual([{ value: 18, written: false, start: 0, end: 8, text: 'Alter 18' }]);
    expect(ages('age 30 and 2 kids')).toEqual([{ value: 30, written: false, start: 0, end: 6, text: 'age 30' }]);
    expect(ages('ages 18-99 welcome')).toEqual([{ value: 18, min: 18, max: 99, written: false, start: 0, end: 10, text: 'ages 18-99' }]);
  });
});

describe('age: lower bounds and sizes', () => {
  it('"no mínimo de 16" is a lower bound; "mulher de 25" is not', () => {
    expect(ages('no mínimo de 16 anos', 'pt')).toEqual([{ value: 16, written: false, start: 13, end: 20, text: '16 anos', atLeast: true }]);
    expect(ages('mulher de 25 anos', 'pt')).toEqual([{ value: 25, written: false, start: 10, end: 17, text: '25 anos' }]);
  });
  it('"at least 18" is a lower bound', () => {
    expect(ages('Must be at least 18 years old')).toEqual([{ value: 18, written: false, start: 17, end: 29, text: '18 years old', atLeast: true }]);
  });
  it('"desde 16" after a people word is a lower bound', () => {
    expect(ages('Curso para jovenes desde 16', 'es')).toEqual([{ value: 16, written: false, start: 25, end: 27, text: '16', atLeast: true }]);
  });
  it('"talla de 14 años" is a clothing size', () => {
    expect(ages('ropa talla de 14 años', 'es')).toEqual([]);
  });
  it('an age noun with a French accent ("âgée 25")', () => {
    expect(ages('Âgée 25, cherche', 'fr')).toEqual([{ value: 25, written: false, start: 0, end: 7, text: 'Âgée 25' }]);
  });
});

describe('age: years of birth', () => {
  it('takes the longest marker into the span ("sono nata nel", not "nata nel")', () => {
    expect(ages('sono nata nel 2010, ciao', 'it')).toEqual([{ value: 16, written: false, bornIn: 2010, start: 0, end: 18, text: 'sono nata nel 2010' }]);
  });
  it('reads a year ending a sentence, a year before a dash and an age, and a year before a comma and an age', () => {
    expect(ages('born in 2009. Loves music')).toEqual([{ value: 17, written: false, bornIn: 2009, start: 0, end: 12, text: 'born in 2009' }]);
    expect(ages('born in 2009 - 17 now')).toEqual([{ value: 17, written: false, bornIn: 2009, start: 0, end: 12, text: 'born in 2009' }]);
    expect(ages('Jg. 2010, 16 Jahre alt', 'de')).toEqual([
      { value: 16, written: false, bornIn: 2010, start: 0, end: 8, text: 'Jg. 2010' },
      { value: 16, written: false, start: 10, end: 18, text: '16 Jahre' },
    ]);
  });
  it('reads two digits after an apostrophe', () => {
    expect(ages("Jahrgang '09", 'de')).toEqual([{ value: 17, written: false, bornIn: 2009, start: 0, end: 12, text: "Jahrgang '09" }]);
  });
  it('reads an age of exactly 12', () => {
    expect(ages('Jahrgang 2014 Fußball-Training', 'de')).toEqual([{ value: 12, written: false, bornIn: 2014, start: 0, end: 13, text: 'Jahrgang 2014' }]);
  });
  it('a single digit after "born in" is not a year', () => {
    expect(ages('Kittens to be born in 3 weeks')).toEqual([]);
  });
});

describe('age: the AgeMatch of findAges', () => {
  it('a single age has no min or max; a range has both', () => {
    const read = (s: string) => {
      const v = createView(s);
      return findAges(v, tokenizeView(v.s), new Uint8Array(v.s.length), 63, 2026);
    };
    expect(read('I am 19yo')).toStrictEqual([{ value: 19, written: false, start: 5, end: 9, from: 5, to: 9 }]);
    expect(read('age 18-25')).toStrictEqual([{ value: 18, min: 18, max: 25, written: false, start: 0, end: 9, from: 0, to: 9 }]);
  });
});
