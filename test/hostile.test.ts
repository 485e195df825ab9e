/**
 * Regression tables of crafted inputs in every language. Each row hides an indicator with one
 * trick an ad writer uses against filters (invisible characters inside a word, look-alike
 * letters, spaced or dotted letters, leetspeak, styled Unicode, markup, floods, bidi controls…)
 * and expects: no throw, a schema-valid Assessment, every span inside the input, the categories
 * the plain sentence gets still found (the trick hides nothing), and the same trick on a benign
 * ad of the language not flagged. Rows the engine does not pass yet are `it.fails`, each with
 * the problem named: remove `.fails` when it is fixed.
 */
import { describe, expect, it } from 'vitest';
import { assess, AssessmentSchema, type Assessment } from '../src/index.js';
import { badSpans, spansOf } from './helpers/hostile.js';

type Lang = 'en' | 'fr' | 'es' | 'de' | 'pt' | 'it';

/** Per language: a sentence with a clear indicator, its key word, and a benign ad. */
const ADS: Record<Lang, { plain: string; key: string; benign: string }> = {
  en: { plain: 'Good job abroad. The agency keeps your passport until the debt is paid.', key: 'passport', benign: 'Cleaner wanted for weekday mornings, references required.' },
  fr: { plain: 'Travail à l’étranger. Le patron garde le passeport pendant le contrat.', key: 'passeport', benign: 'Vendanges en Bourgogne, débutants acceptés, contrat saisonnier.' },
  es: { plain: 'Trabajo en el extranjero. La agencia se queda con tu pasaporte hasta pagar la deuda.', key: 'pasaporte', benign: 'Camarera para bar en Madrid, horario de tarde, contrato.' },
  de: { plain: 'Arbeit im Ausland. Der Chef behält deinen Pass bis die Schulden bezahlt sind.', key: 'Pass', benign: 'Erntehelfer für die Apfelernte gesucht, Unterkunft vorhanden.' },
  pt: { plain: 'Trabalho no exterior. O patrão fica com o passaporte até pagar a dívida.', key: 'passaporte', benign: 'Vaga de recepcionista, salário compatível, horário comercial.' },
  it: { plain: 'Lavoro all’estero. Il datore trattiene il passaporto fino al pagamento del debito.', key: 'passaporto', benign: 'Cameriera per ristorante a Roma, contratto regolare.' },
};

const CYRILLIC: Record<string, string> = { a: 'а', o: 'о', e: 'е', c: 'с' };
const styled = (w: string, lower: number, upper: number): string =>
  [...w].map((c) => (/[a-z]/.test(c) ? String.fromCodePoint(lower + c.charCodeAt(0) - 97) : /[A-Z]/.test(c) ? String.fromCodePoint(upper + c.charCodeAt(0) - 65) : c)).join('');

/** Tricks applied to the key word. */
const WORD_TRICKS: [string, (w: string) => string][] = [
  ['zero-width characters inside the word', (w) => `${w.slice(0, 2)}\u200b${w.slice(2, 3)}\u200d${w.slice(3)}\u2060`],
  ['a soft hyphen inside the word', (w) => `${w.slice(0, 3)}\u00ad${w.slice(3)}`],
  ['Cyrillic look-alikes for a, o, e, c', (w) => [...w].map((c) => CYRILLIC[c] ?? c).join('')],
  ['spaced letters', (w) => [...w].join(' ')],
  ['dotted letters', (w) => [...w].join('.')],
  ['leetspeak digits', (w) => w.replace(/a/g, '4').replace(/o/g, '0').replace(/e/g, '3')],
  ['fullwidth letters', (w) => [...w].map((c) => String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0)).join('')],
  ['mathematical bold letters', (w) => styled(w, 0x1d41a, 0x1d400)],
  ['a combining stroke on every letter', (w) => [...w].map((c) => `${c}\u0336`).join('')],
  ['stretched consonants', (w) => w.replace(/ss?/, 'sssss')],
  ['capitals', (w) => w.toUpperCase()],
];

/** Tricks applied to the whole text. */
const TEXT_TRICKS: [string, (t: string) => string][] = [
  ['HTML markup and a script around it', (t) => `<div class="ad"><p>${t}</p><script>alert("x")</script><!-- ${t} --></div>`],
  ['NUL bytes between the words', (t) => t.replace(/ /g, ' \u0000 ')],
  ['bidi embedding and marks', (t) => `\u202b${t.replace(/ /g, ' \u200f')}\u202c`],
  ['the ad repeated 2,000 times', (t) => `${t} `.repeat(2000)],
  ['a base64 blob before it', (t) => `${'QWxsIHdvcmsgYW5kIG5vIHBsYXk='.repeat(300)} ${t}`],
  ['an emoji flood around it', (t) => `${'😀'.repeat(3000)} ${t} ${'👩‍❤️‍👨'.repeat(500)}`],
  ['tabs for spaces', (t) => t.replace(/ /g, '\t')],
  ['lone surrogates and combining stacks around it', (t) => `\ud800${'\u0301'.repeat(60)} ${t} \udfff\udbff`],
];

/**
 * Rows the engine does not pass yet, by `lang: trick`, with the problem. These are findings
 * for src/normalize (the maintainer's); the report of the hardening work lists them.
 */
const KNOWN: Record<string, string> = {
  // "fica com o p a s s a p o r t e": the article "o" is itself a single letter, so the
  // spaced-letter step joins it to the word ("opassaporte") and the word is lost.
  'pt: spaced letters': 'spaced letters are joined with a single-letter word before them',
  'pt: dotted letters': 'dotted letters are joined with a single-letter word before them',
};

// The categories the rules found: these tables test what normalisation undoes, and the wording
// model can find a category from the other words of an ad even where the trick hid its word.
const categories = (a: Assessment): Set<string> => new Set(a.signals.filter((s) => !s.ruleId.startsWith('model.')).map((s) => s.category));

/** Assesses one hostile text: schema-valid, every span inside it. */
function check(hostile: string): Assessment {
  const a = assess(hostile);
  const parsed = AssessmentSchema.safeParse(a);
  expect(parsed.success, parsed.error?.message).toBe(true);
  expect(badSpans(hostile, spansOf(a))).toEqual([]);
  return a;
}

describe.each(Object.keys(ADS) as Lang[])('hostile input (%s)', (lang) => {
  const { plain, key, benign } = ADS[lang];
  const expected = categories(assess(plain));
  const rows: [string, string, string][] = [
    ...WORD_TRICKS.map(([name, trick]): [string, string, string] => [name, plain.replace(key, trick(key)), benign.replace(/\p{L}{5,}/u, (w) => trick(w))]),
    ...TEXT_TRICKS.map(([name, trick]): [string, string, string] => [name, trick(plain), trick(benign)]),
  ];
  it('has a plain sentence with an indicator, and a benign ad that is not flagged', () => {
    expect(expected.size).toBeGreaterThan(0);
    expect(assess(benign).flagged).toBe(false);
  });
  for (const [name, hostile, hostileBenign] of rows) {
    const known = KNOWN[`${lang}: ${name}`];
    const test = (): void => {
      const found = categories(check(hostile));
      expect([...expected].filter((c) => !found.has(c)), 'categories the trick hid').toEqual([]);
      expect(check(hostileBenign).flagged, 'the benign ad with the same trick').toBe(false);
    };
    if (known) it.fails(`${name} — known problem: ${known}`, test);
    else it(`${name}: still found, benign still not flagged`, test);
  }
});

describe('hostile input that no normaliser step undoes yet (every language)', () => {
  // Findings for src/normalize, each pinned as failing until it is handled.
  const cases: [string, (plain: string, key: string) => string][] = [
    // Text scraped from HTML keeps its entities: "&nbsp;" between words becomes a word of its own.
    ['HTML entities between the words (&nbsp;)', (p) => p.replace(/ /g, '&nbsp;')],
    // A numeric character reference inside the key word is not decoded.
    ['a numeric character reference in the word (&#112;)', (p, k) => p.replace(k, `&#${k.charCodeAt(0)};${k.slice(1)}`)],
    // Look-alikes are folded only inside words that are mostly Latin.
    ['a word written mostly in Cyrillic look-alikes', (p, k) => p.replace(k, [...k].map((c) => ({ a: 'а', o: 'о', e: 'е', p: 'р', s: 'ѕ', c: 'с', i: 'і' })[c] ?? c).join(''))],
    // "pa$$port": "$$" is not folded to "ss" (obscenity #94 guards "$$3x"; a word of letters is not guarded).
    ['two dollar signs for "ss"', (p, k) => p.replace(k, k.replace('ss', () => '$$').replace('s', () => '$'))],
    // Squeezing keeps two of a stretched letter: "paaassport" becomes "paassport".
    ['a stretched vowel', (p, k) => p.replace(k, k.replace(/[aeiou]/i, (v) => v.repeat(4)))],
    // Text reversed behind a right-to-left override displays as the word but is stored backwards.
    ['text reversed behind a right-to-left override', (p) => `\u202e${[...p].reverse().join('')}\u202c`],
  ];
  for (const [name, trick] of cases) {
    it.fails(`${name} — the indicator is lost`, () => {
      const lost = (Object.keys(ADS) as Lang[]).filter((lang) => {
        const { plain, key } = ADS[lang];
        const found = categories(check(trick(plain, key)));
        return [...categories(assess(plain))].some((c) => !found.has(c));
      });
      expect(lost).toEqual([]);
    });
  }
  it.fails('an English spaced word after the article "a" (the cause of the pt rows above)', () => {
    const a = check('The agency keeps a p a s s p o r t of yours until the debt is paid.');
    expect(categories(a).has('document_control')).toBe(true);
  });
});

describe('noise alone is not an ad', () => {
  const noise: [string, string][] = [
    ['an emoji flood', '😀🎉👍'.repeat(3000)],
    ['ZWJ family and flag sequences', '👨‍👩‍👧‍👦🏳️‍🌈🇺🇸🇫🇷1️⃣#️⃣🏴󠁧󠁢󠁳󠁣󠁴󠁿'.repeat(400)],
    ['a base64 blob', 'QWxsIHdvcmsgYW5kIG5vIHBsYXkgbWFrZXMgSmFjayBhIGR1bGwgYm95Lg=='.repeat(500)],
    ['script and style markup', '<script>var a=1;</script><style>p{color:red}</style>'.repeat(300)],
    ['NUL and control bytes', '\u0000\u0001\u0007\u001b[0m'.repeat(2000)],
    ['lone surrogates', '\ud800a\udfffb\udbff '.repeat(2000)],
    ['a combining-mark stack', `a${'\u0301\u0302\u0303'.repeat(3000)}`],
    ['bidi controls', '\u202e\u202d\u2066\u2067\u2069\u200f'.repeat(2000)],
    ['digits', '0123456789'.repeat(2000)],
    ['@ and dots', '@.'.repeat(5000)],
    ['whitespace of every kind', ' \t\n\r\u00a0\u3000\u2028\u2029'.repeat(2000)],
  ];
  it.each(noise)('%s: no throw, schema-valid, not flagged', (_, text) => {
    const a = check(text);
    expect(a.flagged).toBe(false);
  });
});
