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
