import { describe, expect, it } from 'vitest';
import { TraffickingSignalsError } from '../src/errors.js';
import { normalizeText } from '../src/normalize/index.js';
import { compileRules, packBit } from '../src/rules/compile.js';
import { lexiconResolver } from '../src/rules/lexicon.js';
import { matchTokens } from '../src/rules/match.js';
import { type Atom, expandPattern, MAX_EXPANSION, mergeSingles, spliceLexicons } from '../src/rules/pattern.js';
import { type Lexicon, type Pack, type PackId, PackSchema } from '../src/rules/schema.js';
import type { StemmerName } from '../src/rules/stem.js';
import { tokenize } from '../src/tokenize/index.js';

// The rule language parsed into atoms (src/rules/pattern.ts) and packs compiled
// (src/rules/compile.ts): exact atoms, exact error messages, exact refs. Written from the
// mutants that survived `npm run mutation:rules`. Everything is built inside the tests.

const lexicon = (name: string, terms: string[]): Lexicon => ({
  name,
  description: `Test lexicon ${name}.`,
  terms,
  examples: { match: [terms[0] as string], noMatch: ['zzz'] },
});

/** The message `expandPattern` rejects `pattern` with (its code checked too). */
function rejection(pattern: string, stemmer: StemmerName = 'en', lexicons: Lexicon[] | undefined = undefined): string {
  try {
    expandPattern(pattern, stemmer, lexicons ? lexiconResolver(lexicons, stemmer) : undefined);
  } catch (err) {
    expect(err).toBeInstanceOf(TraffickingSignalsError);
    expect((err as TraffickingSignalsError).code).toBe('invalid_rules');
    return (err as Error).message;
  }
  return 'accepted';
}

const lit = (value: string): Atom => ({ t: 'lit', value });
const guards = (prefix: string, ...maxLengths: number[]) => maxLengths.map((maxLength) => ({ prefix, maxLength }));

describe('pattern syntax errors, with their messages', () => {
  it.each([
    ['fee)', 'a ")" has no matching "("'],
    ['pay) (fee', 'a ")" has no matching "("'],
    ['((fee))', 'groups cannot be nested: write two patterns, or name the alternatives as a lexicon (@name)'],
    ['(pay (fee|cost))', 'groups cannot be nested: write two patterns, or name the alternatives as a lexicon (@name)'],
    ['(fee', 'a "(" is not closed'],
    ['pay (fee|cost', 'a "(" is not closed'],
    ['(fee|cost)x', '"(fee|cost)x": put "?" or nothing after ")"'],
    ['(fee||cost)', '"(fee||cost)" has an empty alternative'],
    ['pay (fee| |cost)', '"(fee| |cost)" has an empty alternative'],
    ['fee?', 'every variant needs at least one word'],
    ['(fee|cost)?', 'every variant needs at least one word'],
    ['* fee', 'every variant must start with a word or #num (not "*" or a gap)'],
    ['..2 fee', 'every variant must start with a word or #num (not "*" or a gap)'],
    ['fee? * paid', 'every variant must start with a word or #num (not "*" or a gap)'],
    ['fee ..2', 'a gap cannot end a pattern'],
    ['fee ..2 paid? ', 'a gap cannot end a pattern'],
    ['fee ..0', 'gaps are written "..1" to "..9", not "..0"'],
    ['fee ..10', 'gaps are written "..1" to "..9", not "..10"'],
    ['fee ..', 'gaps are written "..1" to "..9", not ".."'],
    ['fee ..x', 'gaps are written "..1" to "..9", not "..x"'],
    ['age #num<<18', '"#num<<18": write "#num", "#num<18", "#num>=18", "#num18-35" or "#flag"'],
    ['age #num1234567890', '"#num1234567890": write "#num", "#num<18", "#num>=18", "#num18-35" or "#flag"'],
    ['age #', '"#": write "#num", "#num<18", "#num>=18", "#num18-35" or "#flag"'],
    ['age #num18-', '"#num18-": write "#num", "#num<18", "#num>=18", "#num18-35" or "#flag"'],
    ['age #num30-18', '"#num30-18": the range is written low-high'],
    ['age #num<18x', '"#num<18x": write "#num", "#num<18", "#num>=18", "#num18-35" or "#flag"'],
    ['fee #flagx', '"#flagx": write "#num", "#num<18", "#num>=18", "#num18-35" or "#flag"'],
    ['fee @ab-', '"@ab-": lexicon names are lower case letters, digits and "_"'],
    ['fee =', '"=" has no letters, digits, emoji or currency signs'],
    ['fee ?', '"?" has no letters, digits, emoji or currency signs'],
    ['fee !!!', '"!!!" has no letters, digits, emoji or currency signs'],
    ['~new-york', '"~new-york": "~" and "*" apply to one plain word'],
    ['new-york*', '"new-york*": "~" and "*" apply to one plain word'],
    ['ab*', 'prefix "ab*" is too short: use at least 3 letters'],
    ['fee @Bad', '"@Bad": lexicon names are lower case letters, digits and "_"'],
    ['fee @1a', '"@1a": lexicon names are lower case letters, digits and "_"'],
    ['fee @zz', 'unknown lexicon "@zz": define it in the pack\'s lexicons.yml'],
  ])('%s', (pattern, why) => {
    const message = rejection(pattern);
    expect(message).toBe(why === 'accepted' ? 'accepted' : `pattern "${pattern}": ${why}`);
  });
  it('~word needs a stemmer', () => {
    expect(rejection('~fee', 'none')).toBe('pattern "~fee": "~word" needs a pack with a stemmer');
  });
  it('an unknown lexicon lists the known ones', () => {
    expect(rejection('fee @zz', 'en', [lexicon('cost', ['fee']), lexicon('age', ['young'])])).toBe(
      'pattern "fee @zz": unknown lexicon "@zz" (known: @age, @cost): define it in the pack\'s lexicons.yml',
    );
  });
});

describe('atoms of one word', () => {
  it('words, normalised; several tokens from one written word', () => {
    expect(expandPattern('Logé  WORK\tabroad', 'fr')).toEqual([[lit('loge'), lit('work'), lit('abroad')]]);
    expect(expandPattern('18yo', 'en')).toEqual([[lit('18'), lit('yo')]]);
    expect(expandPattern('$300', 'en')).toEqual([[lit('$'), lit('300')]]);
    expect(expandPattern('=visa', 'en')).toEqual([[lit('visa')]]);
    expect(expandPattern('@', 'en')).toEqual([[lit('@')]]);
    // "#num" only as a word of its own.
    expect(expandPattern('age x#num', 'en')).toEqual([[lit('age'), lit('x'), lit('#'), lit('num')]]);
    expect(expandPattern('abc*', 'en')).toEqual([[{ t: 'pre', value: 'abc' }]]);
  });
  it('any, flag, prefixes, gaps', () => {
    expect(expandPattern('fee * paid', 'en')).toEqual([[lit('fee'), { t: 'any' }, lit('paid')]]);
    expect(expandPattern('#flag', 'en')).toEqual([[{ t: 'flag' }]]);
    expect(expandPattern('Recruit*', 'en')).toEqual([[{ t: 'pre', value: 'recruit' }]]);
    expect(expandPattern('fee*', 'en')).toEqual([[{ t: 'pre', value: 'fee' }]]);
    expect(expandPattern('fee ..1 paid ..9 now', 'en')).toEqual([[lit('fee'), { t: 'gap', max: 1 }, lit('paid'), { t: 'gap', max: 9 }, lit('now')]]);
  });
  it('numbers: each comparison, inclusive', () => {
    const num = (p: string) => expandPattern(p, 'none')[0];
    expect(num('#num')).toEqual([{ t: 'num', min: -Infinity, max: Infinity }]);
    expect(num('#num<18')).toEqual([{ t: 'num', min: -Infinity, max: 17 }]);
    expect(num('#num<=18')).toEqual([{ t: 'num', min: -Infinity, max: 18 }]);
    expect(num('#num>18')).toEqual([{ t: 'num', min: 19, max: Infinity }]);
    expect(num('#num>=18')).toEqual([{ t: 'num', min: 18, max: Infinity }]);
    expect(num('#num18-35')).toEqual([{ t: 'num', min: 18, max: 35 }]);
    expect(num('#num18-18')).toEqual([{ t: 'num', min: 18, max: 18 }]);
    expect(() => num('#num123456789')).toThrow(/write "#num"/);
    expect(num('#num>=123456789')).toEqual([{ t: 'num', min: 123456789, max: Infinity }]);
    expect(num('#num9-10')).toEqual([{ t: 'num', min: 9, max: 10 }]);
  });
  it('~word: the stems of its inflections, each with its guard', () => {
    expect(expandPattern('~ticket', 'en')).toEqual([[{ t: 'stem', values: new Map([['ticket', guards('tick', 10, 11, 12)]]) }]]);
    expect(expandPattern('~passports', 'en')).toEqual([[{
      t: 'stem',
      values: new Map([
        ['passport', guards('passpor', 13, 13)],
        ['passportss', guards('passpor', 14)],
        ['passports', guards('passpor', 15)],
      ]),
    }]]);
    // A shorter back-formed singular keeps all but its last letter; accented and plain stems both.
    expect(expandPattern('~jóvenes', 'es')).toEqual([[{
      t: 'stem',
      values: new Map([
        ['joven', guards('joven', 11, 11)],
        ['joveness', guards('joven', 12)],
        ['jovenes', guards('joven', 13)],
        ['jov', guards('jove', 11)],
      ]),
    }]]);
    // The stems of the accented and of the plain form: ads write both.
    expect(expandPattern('~disponível', 'pt')).toEqual([[{
      t: 'stem',
      values: new Map([
        ['dispon', guards('disponiv', 14)],
        ['disponivel', guards('disponiv', 14, 16)],
        ['disponivels', guards('disponiv', 15)],
        ['disponiv', guards('disponiv', 15, 15)],
      ]),
    }]]);
    expect(expandPattern('~Logée', 'fr')).toEqual([[{
      t: 'stem',
      values: new Map([['log', guards('log', 9, 10)], ['loge', guards('log', 9, 10)], ['logeex', guards('log', 10)]]),
    }]]);
    // A short word keeps at least three letters in its guard.
    expect(expandPattern('~bus', 'en')).toEqual([[{ t: 'stem', values: new Map([['bu', guards('bus', 7)], ['buss', guards('bus', 8)], ['buse', guards('bus', 9)]]) }]]);
  });
  it('a pattern word is itself; in a lexicon a plain word of letters is stemmed, =word, prefixes and other words are not', () => {
    const r = lexiconResolver([lexicon('a', ['ticket', '=visa', 'recruit*', 'covid19', 'plane ticket'])], 'en');
    const stemTicket: Atom = { t: 'stem', values: new Map([['ticket', guards('tick', 10, 11, 12)]]) };
    expect(r.resolve('a')).toEqual([
      [{ t: 'set', lits: new Set(['visa']), stems: new Map([['ticket', guards('tick', 10, 11, 12)]]), pres: ['recruit'] }],
      [lit('covid'), lit('19')],
      [{ t: 'stem', values: new Map([['plane', guards('pla', 9, 10, 11)]]) }, stemTicket],
    ]);
    expect(expandPattern('ticket', 'en')).toEqual([[lit('ticket')]]);
    // A number or an emoji in a lexicon is itself.
    expect(lexiconResolver([lexicon('d', ['300', '✈'])], 'en').resolve('d')).toEqual([[{ t: 'one', values: new Set(['300', '✈']) }]]);
    // Without a stemmer a lexicon's words are themselves.
    expect(lexiconResolver([lexicon('b', ['ticket', 'visa'])], 'none').resolve('b')).toEqual([[{ t: 'one', values: new Set(['ticket', 'visa']) }]]);
    // A word that is one token of letters only: "e-mail" is two tokens, so not stemmed.
    expect(lexiconResolver([lexicon('c', ['e-mail', 'fee'])], 'en').resolve('c')).toEqual([
      [lit('e'), lit('mail')],
      [{ t: 'stem', values: new Map([['fee', guards('fee', 7, 8, 8)], ['feee', guards('fee', 8)]]) }],
    ]);
  });
  it('a word compiled before is the same atoms, with or without morphology', () => {
    const r = lexiconResolver([lexicon('a', ['deposit'])], 'en');
    expect(expandPattern('deposit', 'en')).toEqual([[lit('deposit')]]);
    expect(r.resolve('a')).toEqual([[{ t: 'stem', values: new Map([['deposit', guards('depos', 11, 12, 13)]]) }]]);
    expect(expandPattern('deposit', 'en')).toEqual([[lit('deposit')]]);
    expect(expandPattern('deposit', 'en', undefined, true)).toEqual(r.resolve('a'));
    expect(expandPattern('deposit', 'fr', undefined, true)).not.toEqual(r.resolve('a'));
  });
});

describe('groups, options and lexicons', () => {
  it('one-word alternatives are one set; optional adds the empty variant', () => {
    expect(expandPattern('(no|zero) experience (needed|required)?', 'none')).toEqual([
      [{ t: 'one', values: new Set(['no', 'zero']) }, lit('experience'), { t: 'one', values: new Set(['needed', 'required']) }],
      [{ t: 'one', values: new Set(['no', 'zero']) }, lit('experience')],
    ]);
    expect(expandPattern('pay fee?', 'none')).toEqual([[lit('pay'), lit('fee')], [lit('pay')]]);
    expect(expandPattern('pay (fee)', 'none')).toEqual([[lit('pay'), lit('fee')]]);
    expect(expandPattern('pay (fee)?', 'none')).toEqual([[lit('pay'), lit('fee')], [lit('pay')]]);
    expect(expandPattern('pay ( fee | cost )', 'none')).toEqual([[lit('pay'), { t: 'one', values: new Set(['fee', 'cost']) }]]);
  });
  it('a group mixing words, prefixes and several-word alternatives', () => {
    expect(expandPattern('pay (fee|recruit*|visa fee)', 'none')).toEqual([
      [lit('pay'), { t: 'set', lits: new Set(['fee']), stems: new Map(), pres: ['recruit'] }],
      [lit('pay'), lit('visa'), lit('fee')],
    ]);
    expect(expandPattern('pay (visa fee)', 'none')).toEqual([[lit('pay'), lit('visa'), lit('fee')]]);
  });
  it('small groups and lexicons (four alternatives or fewer) are written out; larger ones stay one position', () => {
    const four = expandPattern('pay (a b|c d|e f|g h) now', 'none');
    expect(four).toHaveLength(4);
    expect(four[3]).toEqual([lit('pay'), lit('g'), lit('h'), lit('now')]);
    const five = expandPattern('pay (job offer|bus ticket|visa fee|work permit|plane ticket) now', 'none');
    expect(five).toHaveLength(1);
    expect(five[0]?.[1]).toMatchObject({ t: 'lex', name: '(job offer|bus ticket|visa fee|work permit|plane ticket)' });
    expect((five[0]?.[1] as Extract<Atom, { t: 'lex' }>).alts).toHaveLength(5);
    expect(five[0]?.[2]).toEqual(lit('now'));
    // At the start of a pattern even a large group is written out.
    expect(expandPattern('(job offer|bus ticket|visa fee|work permit|plane ticket) now', 'none')).toHaveLength(5);
  });
  it('a lexicon of one-word terms is one set; with longer terms, one lexicon position', () => {
    const words = [lexicon('cost', ['fee', 'deposit'])];
    expect(expandPattern('pay @cost', 'none', lexiconResolver(words, 'none'))).toEqual([[lit('pay'), { t: 'one', values: new Set(['fee', 'deposit']) }]]);
    const one = [lexicon('cost', ['fee'])];
    expect(expandPattern('pay @cost', 'none', lexiconResolver(one, 'none'))).toEqual([[lit('pay'), lit('fee')]]);
    const multi = [lexicon('cost', ['fee', 'deposit', 'visa fee', 'bus ticket', 'work permit', 'plane ticket'])];
    const seqs = expandPattern('pay @cost', 'none', lexiconResolver(multi, 'none'));
    expect(seqs).toHaveLength(1);
    expect(seqs[0]?.[1]).toMatchObject({ t: 'lex', name: 'cost' });
    expect((seqs[0]?.[1] as Extract<Atom, { t: 'lex' }>).alts[0]).toEqual([{ t: 'one', values: new Set(['fee', 'deposit']) }]);
    // At the start, written out: its one-word set and each longer term.
    expect(expandPattern('@cost now', 'none', lexiconResolver(multi, 'none'))).toHaveLength(5);
    // A lexicon of one several-word term.
    const single = [lexicon('cost', ['visa fee'])];
    expect(expandPattern('pay @cost', 'none', lexiconResolver(single, 'none'))).toEqual([[lit('pay'), lit('visa'), lit('fee')]]);
  });
  it('a lexicon inside a group contributes its own terms, as if written there', () => {
    const r = lexiconResolver([lexicon('wages', ['salary', 'wage', 'monthly pay', 'weekly pay', 'daily pay', 'hourly pay'])], 'none');
    const seqs = expandPattern('good (@wages|tips) here', 'none', r);
    expect(seqs).toHaveLength(1);
    const group = seqs[0]?.[1] as Extract<Atom, { t: 'lex' }>;
    expect(group.t).toBe('lex');
    expect(group.alts[0]).toEqual([{ t: 'one', values: new Set(['salary', 'wage', 'tips']) }]);
    expect(group.alts).toHaveLength(5);
  });
  it('the variant cap: exactly 2048 passes, more fails; a lexicon position counts its terms', () => {
    const pair = '(ab cd|ef gh)';
    expect(expandPattern(Array.from({ length: 11 }, () => pair).join(' '), 'none')).toHaveLength(MAX_EXPANSION);
    const over = Array.from({ length: 12 }, () => pair).join(' ');
    expect(rejection(over, 'none')).toBe(`pattern "${over}": expands to over 2048 variants: split it`);
    const optional = `${Array.from({ length: 11 }, () => 'fee?').join(' ')} paid`;
    expect(expandPattern(optional, 'none')).toHaveLength(2048);
    expect(rejection(`fee? ${optional}`, 'none')).toBe(`pattern "fee? ${optional}": expands to over 2048 variants: split it`);
    const terms = Array.from({ length: 46 }, (_, i) => `term${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))} word`);
    const big = [lexicon('big', terms)];
    expect(rejection('pay @big and @big', 'none', big)).toBe('pattern "pay @big and @big": expands to over 2048 variants: split it');
    const fewer = [lexicon('big', terms.slice(0, 45))];
    expect(expandPattern('pay @big and @big', 'none', lexiconResolver(fewer, 'none'))).toHaveLength(1);
  });
});

describe('mergeSingles and spliceLexicons', () => {
  const stemA: Atom = { t: 'stem', values: new Map([['fee', guards('fee', 7)]]) };
  it('keeps fewer than two single atoms as they are', () => {
    const options = [[lit('fee')], [lit('visa'), lit('fee')]];
    expect(mergeSingles(options)).toBe(options);
    expect(mergeSingles([[{ t: 'any' }], [{ t: 'flag' }]])).toEqual([[{ t: 'any' }], [{ t: 'flag' }]]);
  });
  it('merges words into one word set, and into a set with stems and prefixes', () => {
    expect(mergeSingles([[lit('fee')], [{ t: 'one', values: new Set(['cost', 'price']) }], [lit('visa'), lit('fee')]])).toEqual([
      [{ t: 'one', values: new Set(['fee', 'cost', 'price']) }],
      [lit('visa'), lit('fee')],
    ]);
    const set: Atom = { t: 'set', lits: new Set(['wage']), stems: new Map([['fee', guards('fe', 9)], ['pay', guards('pay', 7)]]), pres: ['sala'] };
    expect(mergeSingles([[{ t: 'flag' }], [stemA], [{ t: 'pre', value: 'recruit' }], [set], [lit('cash')]])).toEqual([
      [{ t: 'set', lits: new Set(['wage', 'cash']), stems: new Map([['fee', [...guards('fee', 7), ...guards('fe', 9)]], ['pay', guards('pay', 7)]]), pres: ['recruit', 'sala'] }],
      [{ t: 'flag' }],
    ]);
    expect(mergeSingles([[{ t: 'pre', value: 'recruit' }], [lit('cash')]])).toEqual([[{ t: 'set', lits: new Set(['cash']), stems: new Map(), pres: ['recruit'] }]]);
    expect(mergeSingles([[stemA], [lit('cash')]])).toEqual([[{ t: 'set', lits: new Set(['cash']), stems: new Map([['fee', guards('fee', 7)]]), pres: [] }]]);
  });
  it('splices a whole lexicon alternative into the group', () => {
    const lex: Atom = { t: 'lex', name: 'x', alts: [[lit('a')], [lit('b'), lit('c')]] };
    expect(spliceLexicons([[lex], [lit('d')], [lex, lit('e')]])).toEqual([[lit('a')], [lit('b'), lit('c')], [lit('d')], [lex, lit('e')]]);
  });
});

// ---------------------------------------------------------------------------------------------
// compile.ts

function pack(id: PackId, rules: Record<string, unknown>[], extra: Record<string, unknown> = {}): Pack {
  return PackSchema.parse({
    pack: id,
    name: 'test',
    stemmer: id === 'xx' ? 'none' : id,
    negation: { window: 3, cues: [] },
    awareness: [],
    rules: rules.map((r, i) => ({
      id: `${id}.debt_bondage.test${i}`, category: 'debt_bondage', weight: 0.5,
      description: 'Test rule of the engine.', source: 'Project test.',
      patterns: ['fee'], examples: { match: ['fee'], noMatch: ['zzz'] }, ...r,
    })),
    ...extra,
  });
}

const awarenessCue = (name: string, patterns: string[], more: Record<string, unknown> = {}) => ({
  id: `en.awareness.${name}`, weight: 0.3, description: 'Reporting verbs of news.', source: 'Project test.',
  patterns, examples: { match: [patterns[0]], noMatch: ['zzz'] }, ...more,
});

describe('compileRules: refs and sequences', () => {
  it('one ref per owner, role and sub, in compile order, with its pack and stemmer', () => {
    const en = pack('en', [
      {
        patterns: ['visa fee', 'job (offer|post)'],
        near: [{ patterns: ['abroad'], window: 5 }, { patterns: ['now', 'today'], window: 5 }],
        unlessNear: [{ patterns: ['refund'], window: 5 }],
        exclusions: ['no visa fee'],
      },
      { patterns: ['deposit'] },
    ], {
      negation: { window: 3, cues: ['no', 'never', { pattern: 'sin', window: 0 }], breaks: ['but', '(however|yet)', 'not only'] },
      awareness: [awarenessCue('police', ['police said'], { exclusions: ['police said no'] }), awarenessCue('hotline', ['call the hotline'])],
    });
    const c = compileRules([en]);
    const r = (role: string, owner: number, sub: number) => ({ role, owner, sub, pack: 'en', stemmer: 'en' });
    expect(c.refs).toEqual([
      r('negation', 0, -1),
      r('negation', 0, 0),
      r('awareness', 0, 0),
      r('awareness_exclusion', 0, 0),
      r('awareness', 1, 0),
      r('rule', 0, 0),
      r('near', 0, 0),
      r('near', 0, 1),
      r('unless', 0, 0),
      r('exclusion', 0, 0),
      r('rule', 1, 0),
    ]);
    expect(c.sequences.map((s) => s.ref)).toEqual([0, 0, 1, 2, 3, 4, 5, 5, 6, 7, 7, 8, 9, 10]);
    expect(c.sequences[0]?.atoms).toEqual([lit('no')]);
    expect(c.rules.map((x) => [x.rule.id, x.pack, x.category])).toEqual([
      ['en.debt_bondage.test0', 'en', 'debt_bondage'],
      ['en.debt_bondage.test1', 'en', 'debt_bondage'],
    ]);
    expect(c.awareness.map((a) => [a.cue.id, a.pack])).toEqual([['en.awareness.police', 'en'], ['en.awareness.hotline', 'en']]);
    expect(c.packs).toEqual([{ pack: 'en', stemmer: 'en', negationWindow: 3, negationBreaks: new Set(['but', 'however', 'yet', 'not', 'only']) }]);
    expect(c.ruleWords).toEqual([new Set(['visa', 'fee', 'job', 'offer', 'post']), new Set(['deposit'])]);
    expect(c.matching.size).toBe(0);
  });
  it('a detector rule has no pattern ref, and no words', () => {
    const c = compileRules([pack('en', [{ patterns: undefined, detector: 'minor_age', near: [{ patterns: ['job'], window: 5 }] }, { patterns: ['fee'] }])]);
    expect(c.refs.map((r) => [r.role, r.owner])).toEqual([['near', 0], ['rule', 1]]);
    expect(c.ruleWords).toEqual([new Set(), new Set(['fee'])]);
  });
  it('a pack without negation cues, awareness exclusions or rule exclusions adds no refs for them', () => {
    const c = compileRules([pack('en', [{ patterns: ['fee'] }], { awareness: [awarenessCue('police', ['police said'])] })]);
    expect(c.refs.map((r) => r.role)).toEqual(['awareness', 'rule']);
    expect(c.packs[0]?.negationBreaks).toEqual(new Set());
  });
  it('the literal words of a rule’s patterns, lexicon terms and prefixes aside', () => {
    const en = pack('en', [{ patterns: ['pay (fee|deposit*|visa fee) @cost', 'refund* @words'] }], {
      lexicons: [lexicon('cost', ['=cash', 'plane ticket', 'bus ticket', 'work permit', 'job offer', 'big ..1 loan']), lexicon('words', ['=wage', '=salary'])],
    });
    const c = compileRules([en]);
    // Stemmed lexicon terms ("plane ticket") are not literal words; "=cash" and the words of a
    // one-word lexicon are, as are the literal words of a group.
    expect([...(c.ruleWords[0] as Set<string>)].sort()).toEqual(['cash', 'fee', 'pay', 'salary', 'visa', 'wage']);
  });
  it('disabled rules are left out, their ids still taken', () => {
    const en = pack('en', [{ patterns: ['fee'] }, { patterns: ['deposit'] }]);
    const c = compileRules([en], new Set(['en.debt_bondage.test0']));
    expect(c.rules.map((x) => x.rule.id)).toEqual(['en.debt_bondage.test1']);
    expect(c.refs).toEqual([{ role: 'rule', owner: 0, sub: 0, pack: 'en', stemmer: 'en' }]);
    expect(c.ruleWords).toEqual([new Set(['deposit'])]);
    const twice = pack('en', [{ patterns: ['fee'] }]);
    expect(() => compileRules([twice, twice], new Set(['en.debt_bondage.test0']))).toThrow('rule id "en.debt_bondage.test0" is used twice: ids must be unique');
    expect(compileRules([en]).rules).toHaveLength(2);
  });
});

describe('compileRules: errors name their owner', () => {
  const message = (packs: Pack[]): string => {
    try {
      compileRules(packs);
    } catch (err) {
      expect((err as TraffickingSignalsError).code).toBe('invalid_rules');
      return (err as Error).message;
    }
    return 'compiled';
  };
  it.each([
    [{ patterns: ['fee)'] }, 'rule en.debt_bondage.test0 (patterns): pattern "fee)": a ")" has no matching "("'],
    [{ near: [{ patterns: ['ab*'], window: 3 }] }, 'rule en.debt_bondage.test0 (near): pattern "ab*": prefix "ab*" is too short: use at least 3 letters'],
    [{ unlessNear: [{ patterns: ['fee ..2'], window: 3 }] }, 'rule en.debt_bondage.test0 (unlessNear): pattern "fee ..2": a gap cannot end a pattern'],
    [{ exclusions: ['* fee'] }, 'rule en.debt_bondage.test0 (exclusions): pattern "* fee": every variant must start with a word or #num (not "*" or a gap)'],
  ])('%j', (rule, why) => {
    expect(message([pack('en', [rule])])).toBe(why);
  });
  it('in negation cues and awareness cues', () => {
    expect(message([pack('en', [], { negation: { window: 3, cues: ['no)'] } })])).toBe('en negation cues: pattern "no)": a ")" has no matching "("');
    expect(message([pack('en', [], { negation: { window: 3, cues: [{ pattern: 'sin)', window: 0 }] } })])).toBe('en negation cues: pattern "sin)": a ")" has no matching "("');
    expect(message([pack('en', [], { awareness: [awarenessCue('police', ['police)'])] })])).toBe('awareness cue en.awareness.police: pattern "police)": a ")" has no matching "("');
    expect(message([pack('en', [], { awareness: [awarenessCue('police', ['police'], { exclusions: ['..1 x'] })] })])).toBe(
      'awareness cue en.awareness.police (exclusions): pattern "..1 x": every variant must start with a word or #num (not "*" or a gap)',
    );
  });
  it('a duplicate rule id across packs', () => {
    const a = pack('en', [{ patterns: ['fee'] }]);
    expect(message([a, a])).toBe('rule id "en.debt_bondage.test0" is used twice: ids must be unique');
  });
});

describe('compileRules: lexicons across packs', () => {
  it('a pack sees its own lexicons, then the language-independent pack’s; a later pack of the same id also the earlier one’s', () => {
    const xx = pack('xx', [], { lexicons: [lexicon('app', ['whatsapp', 'telegram'])] });
    const en = pack('en', [{ patterns: ['(@app|@job) only'] }], { lexicons: [lexicon('job', ['=job', '=work'])] });
    const extra = PackSchema.parse({ ...pack('en', []), rules: [{ ...en.rules[0], id: 'en.debt_bondage.extra', patterns: ['@job @app @mine'] }], lexicons: [lexicon('mine', ['=now'])] });
    const c = compileRules([xx, en, extra]);
    const hits = (text: string, active: PackId[]) => {
      const tokens = tokenize(normalizeText(text), text);
      return matchTokens(tokens, c, new Set(active)).map((h) => `${c.rules[c.refs[h.ref]!.owner]!.rule.id}@${h.start}-${h.end}`);
    };
    expect(hits('telegram only, job whatsapp now', ['en', 'xx'])).toEqual(['en.debt_bondage.test0@0-2', 'en.debt_bondage.extra@2-5']);
    expect(() => compileRules([en])).toThrow(/unknown lexicon "@app" \(known: @job\)/);
    expect(() => compileRules([xx, PackSchema.parse({ ...extra, rules: [{ ...en.rules[0], id: 'en.debt_bondage.extra', patterns: ['@app @job'] }] })])).toThrow(/unknown lexicon "@job"/);
  });
  it('the language-independent pack’s own patterns name its lexicons, exactly', () => {
    const xx = pack('xx', [{ patterns: ['@app only'] }], { lexicons: [lexicon('app', ['whatsapp', 'telegrams'])] });
    const c = compileRules([xx]);
    expect(c.sequences[0]?.atoms[0]).toEqual({ t: 'one', values: new Set(['whatsapp', 'telegrams']) });
    expect(c.packs).toEqual([{ pack: 'xx', stemmer: 'none', negationWindow: 3, negationBreaks: new Set() }]);
  });
});

describe('packBit and pack masks', () => {
  it('numbers packs by first appearance, bits past the 30th are -1', () => {
    const packs = [{ pack: 'en' }, { pack: 'fr' }, { pack: 'en' }, { pack: 'xx' }] as { pack: PackId }[];
    expect(packBit(packs, 'en')).toBe(1);
    expect(packBit(packs, 'fr')).toBe(2);
    expect(packBit(packs, 'xx')).toBe(4);
    expect(packBit(packs, 'de')).toBe(-1);
    const many = Array.from({ length: 31 }, (_, i) => ({ pack: `p${i}` })) as unknown as { pack: PackId }[];
    expect(packBit(many, 'p29' as PackId)).toBe(1 << 29);
    expect(packBit(many, 'p30' as PackId)).toBe(-1);
    expect(packBit(many, 'p0' as PackId)).toBe(1);
  });
  it('each pack’s sequences walk only the ads of that pack', () => {
    const en = pack('en', [{ patterns: ['job offer abroad'] }]);
    const fr = pack('fr', [{ patterns: ['job offer'] }]);
    const c = compileRules([en, fr]);
    expect(c.automaton.packMask[0]).toBe(3);
    const tokens = tokenize(normalizeText('job offer abroad'), 'job offer abroad');
    expect(matchTokens(tokens, c, new Set<PackId>(['en'])).map((h) => [h.ref, h.end])).toEqual([[0, 3]]);
    expect(matchTokens(tokens, c, new Set<PackId>(['fr'])).map((h) => [h.ref, h.end])).toEqual([[1, 2]]);
    // Node "job offer" is needed by both; "… abroad" by English only.
    const walked: number[] = [];
    for (let n = 0; n < c.automaton.nodeCount; n++) walked.push(c.automaton.packMask[n] as number);
    expect(walked).toEqual([3, 3, 3, 1]);
  });
});
