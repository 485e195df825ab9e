import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { tokenize } from '../src/tokenize/index.js';

const norm = (s: string): string => String.fromCodePoint(...normalizeText(s).cps);

describe('normalizeText', () => {
  it.each([
    ['ＹＯＵＮＧ', 'young'], // full-width
    ['𝐘𝐨𝐮𝐧𝐠', 'young'], // mathematical bold
    ['Ⓨⓞⓤⓝⓖ', 'young'], // circled
    ['Logée nourrie', 'logee nourrie'], // diacritics
    ['n\u200be\u200bw', 'new'], // zero-width
    ['уоung', 'young'], // Cyrillic у and о inside a Latin word
    ['ϲash', 'cash'], // Greek lunate sigma, which NFKC turns into ς
    ['y o u n g', 'young'], // spaced letters
    ['f.r.e.s.h', 'fresh'],
    ['y 0 u n g', 'young'], // spaced and leet
    ['n3w in t0wn', 'new in town'], // leetspeak
    ['c@sh only', 'cash only'],
    ['Z̷̛a̸l̶g̵o̴', 'zalgo'], // stacked combining marks dropped
    ['🌹'.repeat(40), '🌹'.repeat(12)], // a flood of one emoji keeps twelve
  ])('%s → %s', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it.each([
    ['18yo', '18yo'],
    ['24h service', '24h service'],
    ['3rd floor', '3rd floor'],
    ['2000euros', '2000euros'],
    ['covid19', 'covid19'],
    ['$300 @handle', '$300 @handle'],
    ['Привет мир', 'привет мир'], // a whole Cyrillic word is a real word, not a look-alike
    ['helloΚαλημέρα', 'helloκαλημερα'], // two words run together, not a look-alike
    ['Αt home', 'αt home'], // a two-letter word: too short to tell
    ['I am a big fan', 'i am a big fan'],
    ['🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹 = 300', '🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹🌹 = 300'], // twelve roses: a price, kept
  ])('leaves %s alone (as %s)', (input, expected) => {
    expect(norm(input)).toBe(expected);
  });

  it('maps every normalised code point to a raw span inside the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const n = normalizeText(raw);
        expect(n.cps.length).toBeLessThanOrEqual([...raw].length);
        n.starts.forEach((s, i) => {
          const e = n.ends[i] as number;
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(raw.length);
          if (i > 0) expect(s).toBeGreaterThanOrEqual(n.starts[i - 1] as number);
        });
      }),
    );
  });
});

describe('tokenize', () => {
  it('splits letters from digits and keeps currency and emoji as tokens', () => {
    const toks = tokenize(normalizeText('Visa & flight: $0, 18yo 🌹150'));
    expect(toks.map((t) => t.text)).toEqual(['visa', '&', 'flight', '$', '0', '18', 'yo', '🌹', '150']);
  });

  it('starts a new sentence at sentence punctuation but not inside wa.me or 3.5', () => {
    const toks = tokenize(normalizeText('wa.me 3.5 ok. Next'));
    expect(toks.map((t) => t.sentence)).toEqual([0, 0, 0, 0, 0, 1]);
  });
});
