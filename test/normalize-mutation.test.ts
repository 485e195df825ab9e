import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { isDigit, isLetter, mapEach, mergeSpans } from '../src/normalize/mapped.js';
import { isInvisible } from '../src/normalize/steps/invisible.js';

// Behaviour of the normalisation steps that normalize.test.ts leaves open (bounds, the raw
// spans of each code point, the transform log), written from the mutants that survived
// `npm run mutation:normalize`.

/** Normalised text, raw starts and ends, and the non-empty entries of the log. */
function norm(raw: string) {
  const n = normalizeText(raw);
  return {
    text: String.fromCodePoint(...n.cps),
    starts: [...n.starts],
    ends: [...n.ends],
    log: Object.fromEntries(Object.entries(n.log).filter(([, spans]) => spans.length > 0)),
  };
}

describe('isInvisible: the ranges and their neighbours', () => {
  it.each([
    0x200b, 0x200f, 0x202a, 0x202e, 0x2060, 0x2064, 0xfeff, 0x00ad, 0x034f, 0x180e, 0xfe00, 0xfe0f, 0xe0000, 0xe01ef,
  ])('U+%s is invisible', (cp) => {
    expect(isInvisible(cp)).toBe(true);
  });
  it.each([
    0x200a, 0x2010, 0x2029, 0x202f, 0x205f, 0x2065, 0xfefe, 0xff00, 0x00ac, 0x00ae, 0x034e, 0x0350, 0x180d, 0x180f, 0xfdff, 0xfe10, 0xdffff, 0xe01f0, 0x20, 0x61,
  ])('U+%s is not', (cp) => {
    expect(isInvisible(cp)).toBe(false);
  });
});

describe('squeezeRepeats', () => {
  it('keeps the first and last letters of a run of three or more and logs the run in raw offsets', () => {
    expect(norm('soo')).toEqual({ text: 'soo', starts: [0, 1, 2], ends: [1, 2, 3], log: {} });
    expect(norm('sooo')).toEqual({ text: 'soo', starts: [0, 1, 3], ends: [1, 2, 4], log: { repeated_letters: [{ start: 1, end: 4 }] } });
    expect(norm('a sooooo b')).toEqual({
      text: 'a soo b', starts: [0, 1, 2, 3, 7, 8, 9], ends: [1, 2, 3, 4, 8, 9, 10], log: { repeated_letters: [{ start: 3, end: 8 }] },
    });
    expect(norm('zzzz')).toEqual({ text: 'zz', starts: [0, 3], ends: [1, 4], log: { repeated_letters: [{ start: 0, end: 4 }] } });
    // A word-final stretch still ends where the raw word ends, so its evidence is the whole word.
    expect(norm('onlyyy!')).toMatchObject({ text: 'onlyy!', starts: [0, 1, 2, 3, 5, 6], ends: [1, 2, 3, 4, 6, 7] });
  });
  it('leaves www, xxx, digits and punctuation runs alone', () => {
    expect(norm('wwww').text).toBe('wwww');
    expect(norm('xxxx').text).toBe('xxxx');
    expect(norm('1111')).toEqual({ text: '1111', starts: [0, 1, 2, 3], ends: [1, 2, 3, 4], log: {} });
    expect(norm('!'.repeat(20)).text).toBe('!'.repeat(20));
    expect(norm('★'.repeat(14)).text).toBe('★'.repeat(14)); // a symbol, not a pictograph
    expect(norm('©'.repeat(20)).text).toBe('©'.repeat(20)); // a pictograph, but Latin-1: not an emoji flood
  });
  it('cuts a run of more than twelve of one emoji to twelve, unlogged', () => {
    const twelve = norm('🌹'.repeat(12));
    expect(norm('🌹'.repeat(13))).toEqual(twelve);
    expect(twelve.text).toBe('🌹'.repeat(12));
    expect(twelve.ends.at(-1)).toBe(24);
    expect(twelve.log).toEqual({});
    expect(norm(`${'🌹'.repeat(13)} x`).text).toBe(`${'🌹'.repeat(12)} x`);
  });
});

describe('joinSpacedLetters', () => {
  it('joins three or more single characters with one separator each, logging the run', () => {
    for (const sep of [' ', '.', '-', '_', '*', '·', '•', '/']) {
      expect(norm(`a${sep}b${sep}c`), sep).toEqual({ text: 'abc', starts: [0, 2, 4], ends: [1, 3, 5], log: { spaced_letters: [{ start: 0, end: 5 }] } });
    }
  });
  it('needs three characters, one separator, the same one, and half of them letters', () => {
    expect(norm('a b').text).toBe('a b');
    expect(norm('a  b  c').text).toBe('a  b  c');
    expect(norm('a.b-c').text).toBe('a.b-c');
    expect(norm('a,b,c').text).toBe('a,b,c');
    expect(norm('1 2 c').text).toBe('1 2 c');
    expect(norm('1 b c')).toMatchObject({ text: '1bc', log: { spaced_letters: [{ start: 0, end: 5 }] } });
    expect(norm('a b c d 1 2 3 4 5').text).toBe('a b c d 1 2 3 4 5');
    expect(norm('a b 1 2').text).toBe('ab12'); // half letters is enough
  });
  it('takes only single characters: a longer word before or after stays apart', () => {
    expect(norm('ab c d e')).toEqual({
      text: 'ab cde', starts: [0, 1, 2, 3, 5, 7], ends: [1, 2, 3, 4, 6, 8], log: { spaced_letters: [{ start: 3, end: 8 }] },
    });
    expect(norm('a b c de')).toMatchObject({ text: 'abc de', log: { spaced_letters: [{ start: 0, end: 5 }] } });
    expect(norm('ab c d').text).toBe('ab c d');
    expect(norm('a - b').text).toBe('a - b'); // a separator is not one of the characters
    expect(norm('x a b c')).toMatchObject({ text: 'xabc', log: { spaced_letters: [{ start: 0, end: 7 }] } });
  });
  it('counts leet symbols as characters of the word', () => {
    expect(norm('w.h.@.t')).toEqual({
      text: 'what', starts: [0, 2, 4, 6], ends: [1, 3, 5, 7], log: { leetspeak: [{ start: 4, end: 5 }], spaced_letters: [{ start: 0, end: 7 }] },
    });
  });
});

describe('foldLeet', () => {
  it.each([
    // Each digit and symbol that stands for a letter, and the raw offsets logged.
    ['g0od', 'good', [[1, 2]]],
    ['g1rl', 'girl', [[1, 2]]],
    ['fr3e', 'free', [[2, 3]]],
    ['c4sh', 'cash', [[1, 2]]],
    ['ba5e', 'base', [[2, 3]]],
    ['pa7h', 'path', [[2, 3]]],
    ['c@sh', 'cash', [[1, 2]]],
    ['ca$h', 'cash', [[2, 3]]],
    ['fr€e', 'free', [[2, 3]]],
    ['g!rl', 'girl', [[1, 2]]],
    ['he||o', 'hello', [[2, 3], [3, 4]]],
    ['c@$h', 'cash', [[1, 2], [2, 3]]],
    // Up to three symbols in a row inside a word; a fourth makes the run punctuation.
    ['p@$$port', 'passport', [[1, 2], [2, 3], [3, 4]]],
    ['ab@$$$cd', 'ab@$$$cd', []],
    ['c0d3', 'code', [[1, 2], [3, 4]]],
    ['4n0s', 'anos', [[0, 1], [2, 3]]],
    ['h3ll0', 'hello', [[1, 2], [4, 5]]],
    ['a1b', 'aib', [[1, 2]]],
    ['ab1', 'abi', [[2, 3]]],
    ['x@y', 'xay', [[1, 2]]],
    ['p!nk!', 'pink!', [[1, 2]]],
    // "$" or "€" opening a word of two letters or more; "$" closing a word of three letters or more.
    ['$ex', 'sex', [[0, 1]]],
    ['x$ex', 'xsex', [[1, 2]]],
    ['$$ex', 'ssex', [[0, 1], [1, 2]]],
    ['€@sy', 'easy', [[0, 1], [1, 2]]],
    ['ganamo$', 'ganamos', [[6, 7]]],
    ['abc$', 'abcs', [[3, 4]]],
    // "@" closing a word that already has a substitute; it does not tip the letter balance.
    ['c@s@', 'casa', [[1, 2], [3, 4]]],
    ['m@nd@ 2', 'manda 2', [[1, 2], [4, 5]]],
    ['3xp3r13nc1@', 'experiencia', [[0, 1], [3, 4], [5, 6], [6, 7], [9, 10], [10, 11]]],
  ])('%s → %s', (raw, text, spans) => {
    const n = normalizeText(raw);
    expect(String.fromCodePoint(...n.cps)).toBe(text);
    expect(n.log.leetspeak.map((s) => [s.start, s.end])).toEqual(spans);
  });
  it.each([
    'he2o', 'he6o', 'he8o', 'he9o', // not leet digits
    'us$', 'r$', '300$', 'ab$', 'a$', '$e', '$ 5', // currencies, prices, too few letters
    '3rd', '1er', '5pm', '7min', '10min', // ordinals and units
    'a1', '1ab', '11ab', 'ab11', // too few letters, or a number before or after
    'anna@example.com', // an e-mail address keeps its "@"
    'me@ home', 'pago@ 5', 'ab@', // a closing "@" after a word with no other substitute
  ])('leaves %s alone', (raw) => {
    const n = normalizeText(raw);
    expect(String.fromCodePoint(...n.cps)).toBe(raw);
    expect(n.log.leetspeak).toEqual([]);
  });
});

describe('foldHomoglyphs', () => {
  const TABLE: [string, string][] = [
    ['a', 'аα'], ['b', 'ь'], ['c', 'сϲς'], ['d', 'ԁ'], ['e', 'еε'], ['g', 'ɡ'], ['h', 'һ'], ['i', 'іιı'], ['j', 'ј'],
    ['k', 'κк'], ['l', 'ӏ'], ['m', 'м'], ['n', 'ηп'], ['o', 'оοσ'], ['p', 'рρ'], ['q', 'ԛ'], ['r', 'г'], ['s', 'ѕ'],
    ['t', 'т'], ['u', 'υ'], ['v', 'ν'], ['w', 'ѡ'], ['x', 'хχ'], ['y', 'уγ'],
  ];
  it.each(TABLE.flatMap(([latin, alikes]) => [...alikes].map((alike) => [alike, latin])))('%s inside a Latin word reads as %s', (alike, latin) => {
    const n = normalizeText(`fa${alike}ke`);
    expect(String.fromCodePoint(...n.cps)).toBe(`fa${latin}ke`);
    expect(n.log.homoglyphs).toEqual([{ start: 2, end: 3 }]);
  });
  it('folds two look-alikes in a row when Latin letters outnumber them', () => {
    expect(norm('plаcеment')).toMatchObject({ text: 'placement', log: { homoglyphs: [{ start: 2, end: 3 }, { start: 4, end: 5 }] } });
    expect(norm('abcоо')).toMatchObject({ text: 'abcoo', log: { homoglyphs: [{ start: 3, end: 4 }, { start: 4, end: 5 }] } });
  });
  it('leaves a word alone when the look-alikes are as many as the Latin letters, or three run together', () => {
    expect(norm('aо')).toEqual({ text: 'aо', starts: [0, 1], ends: [1, 2], log: {} });
    expect(norm('abоо').text).toBe('abоо');
    expect(norm('abcdefоро').text).toBe('abcdefоро');
    expect(norm('hello мир').text).toBe('hello мир');
    expect(norm('abжо').text).toBe('abжo'); // ж is foreign but no look-alike: only о counts against the Latin letters
  });
  it('counts a and z as Latin letters', () => {
    expect(norm('aaо').text).toBe('aao');
    expect(norm('zzо').text).toBe('zzo');
  });
});

describe('mapped text helpers', () => {
  it('isLetter and isDigit: ASCII bounds and beyond', () => {
    expect(['a', 'z', 'A', 'Z', 'é', 'ж'].map((c) => isLetter(c.codePointAt(0) as number))).toEqual([true, true, true, true, true, true]);
    expect(['@', '[', '`', '{', '0', ' ', '\u0080'].map((c) => isLetter(c.codePointAt(0) as number))).toEqual([false, false, false, false, false, false, false]);
    expect(['0', '9', '٣'].map((c) => isDigit(c.codePointAt(0) as number))).toEqual([true, true, true]);
    expect(['/', ':', 'a', 'Ⅳ'].map((c) => isDigit(c.codePointAt(0) as number))).toEqual([false, false, false, false]);
  });
  it('mapEach maps each code point and drops those mapped below zero, keeping raw spans', () => {
    const text = { cps: Int32Array.from([0x61, 0x2d, 0x62]), starts: Int32Array.from([0, 2, 3]), ends: Int32Array.from([2, 3, 5]) };
    const out = mapEach(text, (cp) => (cp === 0x2d ? -1 : cp - 0x20));
    expect([[...out.cps], [...out.starts], [...out.ends]]).toEqual([[0x41, 0x42], [0, 3], [2, 5]]);
    expect([...mapEach(text, (cp) => cp).cps]).toEqual([0x61, 0x2d, 0x62]);
  });
  it('mergeSpans sorts and merges overlapping or touching spans', () => {
    expect(mergeSpans([{ start: 5, end: 7 }, { start: 0, end: 2 }, { start: 2, end: 3 }, { start: 6, end: 9 }, { start: 10, end: 11 }])).toEqual([
      { start: 0, end: 3 }, { start: 5, end: 9 }, { start: 10, end: 11 },
    ]);
    expect(mergeSpans([{ start: 1, end: 8 }, { start: 1, end: 3 }])).toEqual([{ start: 1, end: 8 }]);
    expect(mergeSpans([])).toEqual([]);
  });
});
