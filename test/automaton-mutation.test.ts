import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { buildAutomaton, runAutomaton, tokenClasses } from '../src/rules/automaton.js';
import { lexiconResolver } from '../src/rules/lexicon.js';
import type { Atom } from '../src/rules/pattern.js';
import { expandPattern } from '../src/rules/pattern.js';
import type { Lexicon } from '../src/rules/schema.js';
import type { StemmerName } from '../src/rules/stem.js';
import { type Token, tokenize } from '../src/tokenize/index.js';

// The token-class trie (src/rules/automaton.ts) asked directly: which pattern matches which
// token span of a short, mild ad. Written from the mutants that survived
// `npm run mutation:rules -- --mutate src/rules/automaton.ts`. Each test builds its own small
// automaton inside the test (never at collection time), so Stryker can tell which test covers what.

const lexicon = (name: string, terms: string[]): Lexicon => ({
  name,
  description: `Test lexicon ${name}.`,
  terms,
  examples: { match: [terms[0] as string], noMatch: ['zzz'] },
});

interface Options {
  stemmer?: StemmerName;
  lexicons?: Lexicon[];
  /** Pack bit of each pattern (by index); the walk is given `activeMask`. */
  masks?: number[];
  activeMask?: number;
  refActive?: (ref: number) => boolean;
}

function automatonOf(patterns: string[], o: Options = {}) {
  const stemmer = o.stemmer ?? 'en';
  const resolver = lexiconResolver(o.lexicons ?? [], stemmer);
  return buildAutomaton(
    patterns.flatMap((p, ref) => expandPattern(p, stemmer, resolver).map((atoms) => ({ atoms, ref, stemmer, mask: o.masks?.[ref] }))),
  );
}

/** Every hit as "ref:matched tokens@start", in the order the walk reports them. */
function run(auto: ReturnType<typeof buildAutomaton>, text: string, o: Options = {}): string[] {
  const stemmer = o.stemmer ?? 'en';
  const tokens = tokenize(normalizeText(text), text);
  const hits = runAutomaton(auto, tokens, (t) => tokenClasses(auto, stemmer === 'none' ? [] : [stemmer], t), o.refActive ?? (() => true), o.activeMask);
  return hits.map((h) => `${h.ref}:${tokens.slice(h.start, h.end).map((t) => t.text).join(' ')}@${h.start}`);
}

/** The hits of `patterns` in `text`, sorted. */
function hits(patterns: string[], text: string, o: Options = {}): string[] {
  return run(automatonOf(patterns, o), text, o).sort();
}

describe('literal sequences', () => {
  it('match every start, within one sentence only', () => {
    expect(hits(['recruitment fee'], 'pay the recruitment fee now, recruitment fee again')).toEqual([
      '0:recruitment fee@2',
      '0:recruitment fee@5',
    ]);
    expect(hits(['recruitment fee'], 'pay the recruitment. Fee now')).toEqual([]);
    expect(hits(['recruitment fee'], 'recruitment')).toEqual([]);
  });
  it('share a prefix in the trie and still report each pattern', () => {
    expect(hits(['visa fee', 'visa fee paid', 'visa'], 'visa fee paid')).toEqual(['0:visa fee@0', '1:visa fee paid@0', '2:visa@0']);
  });
  it('report a ref once per start even when two variants of it end at the same place', () => {
    expect(hits(['(visa|visa) fee'], 'visa fee')).toEqual(['0:visa fee@0']);
  });
  it('two identical variants of one pattern report it once', () => {
    expect(hits(['pay (visa fee|visa fee)'], 'pay visa fee')).toEqual(['0:pay visa fee@0']);
  });
  it('two patterns with the same atoms report both refs', () => {
    expect(hits(['job offer', 'job offer'], 'job offer')).toEqual(['0:job offer@0', '1:job offer@0']);
  });
  it('skip refs that are not active', () => {
    expect(hits(['job offer', 'offer'], 'job offer', { refActive: (r) => r === 1 })).toEqual(['1:offer@1']);
  });
  it('find an edge among several whose classes were made out of order', () => {
    // Classes: zz 0, cost 1, pay 2, fee 3, deposit 4: the node after "pay" has fee (3) before cost (1).
    const p = ['zz cost', 'pay fee', 'pay cost', 'zz deposit', 'pay deposit'];
    expect(hits(p, 'pay cost')).toEqual(['2:pay cost@0']);
    expect(hits(p, 'pay fee, pay deposit')).toEqual(['1:pay fee@0', '4:pay deposit@2'].sort());
  });
  it('the same word as a literal, a prefix and a stem: three classes', () => {
    const lex = [lexicon('tickets', ['ticket', 'permit'])];
    expect(hits(['ticket', 'ticket*', '@tickets'], 'tickets ticket ticketless', { lexicons: lex })).toEqual([
      '0:ticket@1', '1:ticket@1', '1:ticketless@2', '1:tickets@0', '2:ticket@1', '2:tickets@0',
    ]);
    expect(hits(['~ticket', '~passport'], 'passports')).toEqual(['1:passports@0']);
    const two = [lexicon('a', ['ticket', '=visa']), lexicon('b', ['passport', '=card'])];
    expect(hits(['@a', '@b'], 'cards, passports, visa, tickets', { lexicons: two })).toEqual(['0:tickets@3', '0:visa@2', '1:passports@1']);
    expect(hits(['(fee|cost)', '(fee|price)'], 'price')).toEqual(['1:price@0']);
    expect(hits(['age #num<18', 'age #num<=18'], 'age 18')).toEqual(['1:age 18@0']);
  });
  it('a stem class per stemmer: one atom shared by two packs of different stemmers', () => {
    const atom: Atom = { t: 'stem', values: new Map([['logement', [{ prefix: 'loge', maxLength: 14 }]], ['log', [{ prefix: 'log', maxLength: 10 }]]]) };
    const auto = buildAutomaton([
      { atoms: [atom], ref: 0, stemmer: 'en' },
      { atoms: [atom], ref: 1, stemmer: 'fr' },
    ]);
    expect(run(auto, 'logée', { stemmer: 'fr' })).toEqual(['1:logee@0']);
    expect(run(auto, 'logement', { stemmer: 'en' })).toEqual(['0:logement@0']);
    const lex: Atom = { t: 'lex', name: 'x', alts: [[atom, { t: 'lit', value: 'offert' }], [{ t: 'lit', value: 'a' }, { t: 'lit', value: 'b' }]] };
    const viaLex = buildAutomaton([
      { atoms: [{ t: 'lit', value: 'job' }, lex], ref: 0, stemmer: 'en' },
      { atoms: [{ t: 'lit', value: 'job' }, lex], ref: 1, stemmer: 'fr' },
    ]);
    expect(run(viaLex, 'job logée offert', { stemmer: 'fr' })).toEqual(['1:job logee offert@0']);
    expect(run(viaLex, 'job logement offert', { stemmer: 'en' })).toEqual(['0:job logement offert@0']);
  });
  it('match a token of many classes against a node of few edges, and the other way round', () => {
    // "fee" is a word, a prefix and a stem: many classes; the node after "pay" has one edge.
    const few = ['pay fee', 'fee', 'fee*', 'fee paid', 'pay (fee|cost|price|charge|deposit)'];
    expect(hits(few, 'pay fee')).toEqual(['0:pay fee@0', '1:fee@1', '2:fee@1', '4:pay fee@0']);
    // The node after "pay" has many edges; "cost" has one class.
    expect(hits(['pay fee', 'pay cost', 'pay price', 'pay charge', 'pay deposit'], 'pay deposit, pay charge')).toEqual(['3:pay charge@2', '4:pay deposit@0']);
  });
});

describe('gaps', () => {
  it('skip zero to max tokens, not more', () => {
    const p = ['pay ..2 fee'];
    expect(hits(p, 'pay fee')).toEqual(['0:pay fee@0']);
    expect(hits(p, 'pay a big fee')).toEqual(['0:pay a big fee@0']);
    expect(hits(p, 'pay a very big fee')).toEqual([]);
  });
  it('report the shortest match per start', () => {
    expect(hits(['pay ..3 fee'], 'pay fee fee fee')).toEqual(['0:pay fee@0']);
    expect(hits(['pay ..3 fee'], 'pay pay the fee')).toEqual(['0:pay pay the fee@0', '0:pay the fee@1']);
  });
  it('add up when written one after another', () => {
    expect(hits(['pay ..1 ..2 fee'], 'pay one two three fee')).toEqual(['0:pay one two three fee@0']);
    expect(hits(['pay ..1 ..2 fee'], 'pay one two three four fee')).toEqual([]);
  });
  it('never reach into the next sentence, even at the end of the ad', () => {
    expect(hits(['pay ..3 fee'], 'pay now. Fee')).toEqual([]);
    expect(hits(['pay ..3 fee'], 'pay now. Fee is due')).toEqual([]);
    expect(hits(['pay ..3 fee'], 'you pay')).toEqual([]);
    expect(hits(['pay ..3 fee ..3 now'], 'pay a fee')).toEqual([]);
  });
  it('gaps of different lengths from one node are kept apart', () => {
    expect(hits(['pay ..1 fee', 'pay ..3 fee'], 'pay a b fee')).toEqual(['1:pay a b fee@0']);
    expect(hits(['pay ..1 fee', 'pay ..3 fee'], 'pay a fee')).toEqual(['0:pay a fee@0', '1:pay a fee@0']);
  });
  it('a gap then any one token, then a word', () => {
    const p = ['pay ..1 * fee'];
    expect(hits(p, 'pay a fee')).toEqual(['0:pay a fee@0']);
    expect(hits(p, 'pay one two fee')).toEqual(['0:pay one two fee@0']);
    expect(hits(p, 'pay one two three fee')).toEqual([]);
    expect(hits(p, 'pay fee')).toEqual([]);
  });
  it('a gap then a number, a flag or a prefix', () => {
    expect(hits(['age ..2 #num<18'], 'age is 16')).toEqual(['0:age is 16@0']);
    expect(hits(['age ..2 #num<18'], 'age is 19')).toEqual([]);
    expect(hits(['work ..2 #flag'], 'work in 🇫🇷')).toEqual(['0:work in 🇫🇷@0']);
    expect(hits(['work ..2 recruit*'], 'work via recruiters')).toEqual(['0:work via recruiters@0']);
  });
});

describe('any one token', () => {
  it('is exactly one token', () => {
    const p = ['pay * fee'];
    expect(hits(p, 'pay a fee')).toEqual(['0:pay a fee@0']);
    expect(hits(p, 'pay fee')).toEqual([]);
    expect(hits(p, 'pay one two fee')).toEqual([]);
    expect(hits(['pay *'], 'pay')).toEqual([]);
    expect(hits(['pay *'], 'pay. now')).toEqual([]);
    expect(hits(['pay *'], 'pay now')).toEqual(['0:pay now@0']);
  });
});

describe('token classes', () => {
  it('numbers by range, inclusive', () => {
    const p = ['age #num<18', 'age #num>=18', 'age #num', 'aged #num18-35', 'old #num>20', 'old #num<=20'];
    expect(hits(p, 'age 17')).toEqual(['0:age 17@0', '2:age 17@0']);
    expect(hits(p, 'age 18')).toEqual(['1:age 18@0', '2:age 18@0']);
    expect(hits(p, 'aged 18, aged 35, aged 36, aged 17')).toEqual(['3:aged 18@0', '3:aged 35@2']);
    expect(hits(p, 'old 20, old 21')).toEqual(['4:old 21@2', '5:old 20@0']);
    // A word is not a number, nor a number a word.
    expect(hits(['age #num'], 'age seventeen')).toEqual([]);
  });
  it('a flag is a pair of regional indicators; other emoji are not flags', () => {
    expect(hits(['#flag work'], '🇬🇧 work')).toEqual(['0:🇬🇧 work@0']);
    expect(hits(['#flag work'], '🙂 work')).toEqual([]);
    expect(hits(['#flag work'], '🌍 work')).toEqual([]);
    expect(hits(['#flag work'], '👍🏽 work')).toEqual([]);
    // The first and last regional indicators.
    expect(hits(['#flag work'], '🇦🇨 work, 🇿🇦 work')).toEqual(['0:🇦🇨 work@0', '0:🇿🇦 work@2']);
    expect(hits(['#flag work', '✈ work'], '✈️ work')).toEqual(['1:✈ work@0']);
  });
  it('prefixes of several lengths; a word shorter than a prefix is not it', () => {
    const p = ['rec*', 'recruit*', 'recruitment'];
    expect(hits(p, 'recruiters')).toEqual(['0:recruiters@0', '1:recruiters@0']);
    expect(hits(p, 'recruitment')).toEqual(['0:recruitment@0', '1:recruitment@0', '2:recruitment@0']);
    expect(hits(p, 'recipe')).toEqual(['0:recipe@0']);
    expect(hits(p, 're')).toEqual([]);
    expect(hits(['fee*'], '$ 300')).toEqual([]);
  });
  it('a prefix reads only words: not numbers', () => {
    expect(hits(['100*'], '1000')).toEqual([]);
  });
  it('lists the classes of a token ascending, the squeezed form included', () => {
    const auto = automatonOf(['gorgeous', 'goorgeous', 'gor*', 'zzz']);
    const [tok] = tokenize(normalizeText('gooorgeous'), 'gooorgeous') as [Token];
    expect(tok.alt).toBe('gorgeous');
    expect(tokenClasses(auto, ['en'], tok)).toEqual([0, 1, 2]);
    const [plain] = tokenize(normalizeText('zzz'), 'zzz') as [Token];
    expect(tokenClasses(auto, ['en'], plain)).toEqual([3]);
  });
  it('stems within their guard, for the stemmer given', () => {
    const lex = [lexicon('organ', ['organ', 'ticket'])];
    expect(hits(['@organ'], 'organizers', { lexicons: lex })).toEqual(['0:organizers@0']);
    // "organization" has the stem "organ" but is too long; "general" the stem of "generous" but
    // not its first letters.
    const lex2 = [lexicon('organ', ['organ', 'ticket', 'generous'])];
    expect(hits(['@organ'], 'organs, tickets, organization, general, ticketing', { lexicons: lex2 })).toEqual(['0:organs@0', '0:ticketing@4', '0:tickets@1']);
    // Without the stemmer the matcher is given, no stem matches.
    const auto = automatonOf(['@organ'], { lexicons: lex });
    expect(run(auto, 'organs', { stemmer: 'none' })).toEqual([]);
  });
});

describe('stem guards', () => {
  const guarded = (maxLength: number, prefix = 'tick') =>
    buildAutomaton([{ atoms: [{ t: 'stem', values: new Map([['ticket', [{ prefix: 'zzz', maxLength: 99 }, { prefix, maxLength }]]]) }], ref: 0, stemmer: 'en' }]);
  it('a token passes one guard of its stem: starts with the prefix, at most maxLength long', () => {
    expect(run(guarded(9), 'ticketing')).toEqual(['0:ticketing@0']);
    expect(run(guarded(8), 'ticketing')).toEqual([]);
    expect(run(guarded(9, 'ticke'), 'tickets')).toEqual(['0:tickets@0']);
    expect(run(guarded(9, 'ticks'), 'tickets')).toEqual([]);
  });
  it('the stem is read from the accented source, the guard from the text', () => {
    const auto = buildAutomaton([{ atoms: [{ t: 'stem', values: new Map([['log', [{ prefix: 'log', maxLength: 10 }]]]) }], ref: 0, stemmer: 'fr' }]);
    expect(run(auto, 'logée', { stemmer: 'fr' })).toEqual(['0:logee@0']);
    expect(run(auto, 'logés', { stemmer: 'fr' })).toEqual(['0:loges@0']);
  });
});

describe('lexicons of several-word terms (their own sub-trie)', () => {
  // Six alternatives after the one-word terms merge: kept as one position, not written out.
  const cost = lexicon('cost', ['flight', 'visa', 'plane ticket', 'bus ticket', 'train ticket', 'visa fee', 'work permit']);
  const o = { lexicons: [cost] };
  it('match any term, one word or several, after a word', () => {
    const p = ['pay @cost'];
    expect(hits(p, 'pay plane ticket', o)).toEqual(['0:pay plane ticket@0']);
    expect(hits(p, 'pay flights, pay work permit, pay bus', o)).toEqual(['0:pay flights@0', '0:pay work permit@2']);
    expect(hits(p, 'pay plane', o)).toEqual([]);
  });
  it('report the shortest match of each term: "visa" and "visa fee" are two variants', () => {
    expect(hits(['pay @cost'], 'pay visa fee', o)).toEqual(['0:pay visa fee@0', '0:pay visa@0']);
    expect(hits(['pay @cost now'], 'pay visa fee now', o)).toEqual(['0:pay visa fee now@0']);
    expect(hits(['pay @cost ..2 now'], 'pay visa fee now', o)).toEqual(['0:pay visa fee now@0', '0:pay visa fee now@0']);
    expect(hits(['pay @cost ..2 now'], 'pay visa now now', o)).toEqual(['0:pay visa now@0']);
    // "visa" ends a term even though "visa fee" goes on: no "fee" needed.
    expect(hits(['pay @cost'], 'pay visa now', o)).toEqual(['0:pay visa@0']);
  });
  it('continue after the term, and need the rest of the pattern', () => {
    const p = ['pay @cost (paid|covered)'];
    expect(hits(p, 'pay bus ticket covered', o)).toEqual(['0:pay bus ticket covered@0']);
    expect(hits(p, 'pay bus ticket', o)).toEqual([]);
    expect(hits(p, 'pay bus ticket. covered', o)).toEqual([]);
  });
  it('after a gap: each position of the window where a term can start', () => {
    const p = ['pay ..2 @cost'];
    expect(hits(p, 'pay for the train ticket', o)).toEqual(['0:pay for the train ticket@0']);
    expect(hits(p, 'pay for all the train ticket', o)).toEqual([]);
    expect(hits(p, 'pay train ticket', o)).toEqual(['0:pay train ticket@0']);
    // "visa" and "visa fee" start at the same position: the term is tried once there, and both end.
    expect(hits(p, 'pay the visa fee', o)).toEqual(['0:pay the visa fee@0', '0:pay the visa@0']);
    expect(hits(p, 'pay the plane. ticket', o)).toEqual([]);
  });
  it('a gap then a lexicon then more words', () => {
    const p = ['pay ..2 @cost ..1 (paid|covered)'];
    expect(hits(p, 'pay your work permit is paid', o)).toEqual(['0:pay your work permit is paid@0']);
    expect(hits(p, 'pay your work permit', o)).toEqual([]);
  });
  it('a lexicon naming another lexicon', () => {
    const docs = lexicon('docs', ['passport', 'id card', 'work visa', 'birth certificate', 'driving licence', 'travel document']);
    const kept = lexicon('kept', ['@docs kept', '@docs held', 'phone kept', 'phone held', 'pay withheld', 'wages withheld']);
    const ko = { lexicons: [docs, kept] };
    expect(hits(['boss @kept'], 'boss id card held', ko)).toEqual(['0:boss id card held@0']);
    expect(hits(['boss @kept'], 'boss passport kept', ko)).toEqual(['0:boss passport kept@0']);
    expect(hits(['boss ..1 @kept'], 'boss has birth certificate kept', ko)).toEqual(['0:boss has birth certificate kept@0']);
    expect(hits(['boss @kept'], 'boss id card', ko)).toEqual([]);
  });
  it('a group of several-word alternatives is one position too', () => {
    const p = ['pay (plane ticket|bus ticket|train ticket|ferry ticket|work visa|the fee) now'];
    expect(hits(p, 'pay ferry ticket now')).toEqual(['0:pay ferry ticket now@0']);
    expect(hits(p, 'pay the fee now')).toEqual(['0:pay the fee now@0']);
    expect(hits(p, 'pay ferry now')).toEqual([]);
  });
  it('a term with a gap inside takes its first fit', () => {
    const gapTerms = lexicon('gapped', ['visa ..2 paid', 'ticket ..2 paid', 'fee ..2 paid', 'bus ..2 paid', 'job ..2 paid', 'room ..2 paid']);
    expect(hits(['all @gapped'], 'all visa is paid paid', { lexicons: [gapTerms] })).toEqual(['0:all visa is paid@0']);
  });
});

describe('sequences that start with a lexicon (buildAutomaton given one directly)', () => {
  const lit = (value: string): Atom => ({ t: 'lit', value });
  const terms: Atom[][] = [[lit('plane'), lit('ticket')], [lit('bus'), lit('ticket')], [lit('visa')], [{ t: 'one', values: new Set(['fee', 'deposit']) }]];
  const lex: Atom = { t: 'lex', name: 'cost', alts: terms };
  it('run the lexicon from each start, once per start, and go on after each term', () => {
    const auto = buildAutomaton([
      { atoms: [lex, lit('paid')], ref: 0, stemmer: 'en' },
      { atoms: [lex, { t: 'gap', max: 1 }, lit('due')], ref: 1, stemmer: 'en' },
      { atoms: [lit('visa')], ref: 2, stemmer: 'en' },
    ]);
    expect(run(auto, 'plane ticket paid, visa paid, bus ticket is due').sort()).toEqual([
      '0:plane ticket paid@0',
      '0:visa paid@3',
      '1:bus ticket is due@5',
      '2:visa@3',
    ]);
    expect(run(auto, 'fee paid').sort()).toEqual(['0:fee paid@0']);
    expect(run(auto, 'deposit paid, fee paid').sort()).toEqual(['0:deposit paid@0', '0:fee paid@2']);
    expect(run(auto, 'ticket paid').sort()).toEqual([]);
    // Run again: nothing of the previous ad is left over.
    expect(run(auto, 'visa').sort()).toEqual(['2:visa@0']);
  });
  it('a lexicon that starts with another lexicon starts with its classes', () => {
    const inner: Atom = { t: 'lex', name: 'inner', alts: [[lit('work'), lit('visa')], [lit('job'), lit('offer')]] };
    const outer: Atom = { t: 'lex', name: 'outer', alts: [[inner, lit('abroad')], [lit('visa'), lit('abroad')]] };
    const auto = buildAutomaton([{ atoms: [outer, lit('now')], ref: 0, stemmer: 'en' }]);
    expect(run(auto, 'job offer abroad now').sort()).toEqual(['0:job offer abroad now@0']);
    expect(run(auto, 'visa abroad now').sort()).toEqual(['0:visa abroad now@0']);
    expect(run(auto, 'work abroad now').sort()).toEqual([]);
    expect(auto.lexFirst.size).toBe(2);
  });
});

describe('pack masks', () => {
  it('keep a pack’s sequences to the walks of its ads', () => {
    const auto = automatonOf(['job offer', 'job offer abroad', 'job', 'offer ..1 abroad'], { masks: [1, 2, 1, 2] });
    const text = 'job offer abroad';
    // The walk does not enter the nodes only pack 2 needs ("… abroad"); which refs count is the
    // caller's refActive (every ref here).
    expect(run(auto, text, { activeMask: 1 }).sort()).toEqual(['0:job offer@0', '2:job@0']);
    expect(run(auto, text, { activeMask: 2 }).sort()).toEqual(['0:job offer@0', '1:job offer abroad@0', '2:job@0', '3:offer abroad@1']);
    expect(run(auto, text, { activeMask: 3 }).sort()).toEqual(['0:job offer@0', '1:job offer abroad@0', '2:job@0', '3:offer abroad@1']);
    expect(run(auto, text, { activeMask: 4 })).toEqual([]);
    expect(run(auto, text).sort()).toEqual(['0:job offer@0', '1:job offer abroad@0', '2:job@0', '3:offer abroad@1']);
  });
  it('a sequence without a mask is every pack’s', () => {
    const auto = automatonOf(['job offer', 'job'], { masks: [4] });
    expect(run(auto, 'job offer', { activeMask: 4 }).sort()).toEqual(['0:job offer@0', '1:job@0']);
    expect(run(auto, 'job offer', { activeMask: 1 }).sort()).toEqual(['1:job@0']);
  });
  it('reach through any, gaps and lexicons', () => {
    const cost = lexicon('cost', ['flight', 'plane ticket', 'bus ticket', 'train ticket', 'visa fee', 'work permit']);
    const auto = automatonOf(['pay * fee', 'pay ..2 fee', 'pay @cost', 'pay'], { masks: [1, 2, 4, 8], lexicons: [cost] });
    // "pay" ends ref 3 (pack 8), reported whenever the node is walked.
    expect(run(auto, 'pay a fee', { activeMask: 1 }).sort()).toEqual(['0:pay a fee@0', '3:pay@0']);
    expect(run(auto, 'pay a fee', { activeMask: 2 }).sort()).toEqual(['1:pay a fee@0', '3:pay@0']);
    expect(run(auto, 'pay plane ticket', { activeMask: 4 }).sort()).toEqual(['2:pay plane ticket@0', '3:pay@0']);
    expect(run(auto, 'pay plane ticket', { activeMask: 8 })).toEqual(['3:pay@0']);
    expect(run(auto, 'pay plane ticket', { activeMask: 16 })).toEqual([]);
    expect(auto.packMask[0]).toBe(15);
  });
});

describe('needed classes: a branch the ad cannot complete is skipped, never one it can', () => {
  it('alternatives that need different words', () => {
    const p = ['pay (visa fee|plane ticket|bus fare|ferry ticket|train fare) now'];
    expect(hits(p, 'pay visa fee now')).toEqual(['0:pay visa fee now@0']);
    expect(hits(p, 'pay train fare now')).toEqual(['0:pay train fare now@0']);
    expect(hits(p, 'pay visa fee')).toEqual([]);
  });
  it('a word, a gap, any token or a lexicon after one node: each way needs only its own words', () => {
    const cost = lexicon('cost', ['flight', 'plane ticket', 'bus ticket', 'train ticket', 'visa fee', 'work permit']);
    expect(hits(['pay fee', 'pay ..2 cost'], 'pay the cost')).toEqual(['1:pay the cost@0']);
    expect(hits(['pay fee', 'pay * cost'], 'pay a cost')).toEqual(['1:pay a cost@0']);
    expect(hits(['pay fee', 'pay @cost'], 'pay bus ticket', { lexicons: [cost] })).toEqual(['1:pay bus ticket@0']);
    expect(hits(['pay ..2 fee', 'pay ..2 @cost'], 'pay for a bus ticket', { lexicons: [cost] })).toEqual(['1:pay for a bus ticket@0']);
  });
  it('many patterns under one word, each needing its own words', () => {
    const p = ['job ..3 (visa|permit) paid', 'job ..3 flight ..2 free', 'job * offer', 'job ..2 abroad', 'job offer'];
    expect(hits(p, 'job in spain with visa paid')).toEqual(['0:job in spain with visa paid@0']);
    expect(hits(p, 'job and flight are free')).toEqual(['1:job and flight are free@0']);
    expect(hits(p, 'job big offer abroad')).toEqual(['2:job big offer@0', '3:job big offer abroad@0']);
    expect(hits(p, 'job offer')).toEqual(['4:job offer@0']);
  });
  it('more than six needed words', () => {
    const p = ['one two three four five six seven eight'];
    expect(hits(p, 'one two three four five six seven eight')).toEqual(['0:one two three four five six seven eight@0']);
    expect(hits(p, 'one two three four five six seven')).toEqual([]);
    expect(automatonOf(p).needStart[1]! - automatonOf(p).needStart[0]!).toBe(6);
  });
});

describe('select: hits kept once every ref that hit is known', () => {
  it('is given the refs of every hit, and keeps those it accepts', () => {
    const auto = automatonOf(['job', 'offer', 'abroad']);
    const tokens = tokenize(normalizeText('job offer abroad job'), 'job offer abroad job');
    const seen: number[][] = [];
    const out = runAutomaton(auto, tokens, (t) => tokenClasses(auto, ['en'], t), () => true, -1, (refs, count) => {
      seen.push([...refs.slice(0, count)]);
      return (r) => r !== 1;
    });
    expect(seen).toEqual([[0, 1, 2, 0]]);
    expect(out).toEqual([{ ref: 0, start: 0, end: 1 }, { ref: 2, start: 2, end: 3 }, { ref: 0, start: 3, end: 4 }]);
  });
});

describe('long ads', () => {
  it('many hits and many tokens: buffers grow and are reused', () => {
    const text = Array.from({ length: 400 }, () => 'fee paid').join(' ');
    const auto = automatonOf(['fee paid', 'paid', 'fee ..3 paid']);
    const out = run(auto, text);
    expect(out).toHaveLength(1200);
    expect(out.filter((h) => h.startsWith('0:')).length).toBe(400);
    expect(out.at(-1)).toBe('1:paid@799');
    const again = run(auto, 'fee paid');
    expect(again.sort()).toEqual(['0:fee paid@0', '1:paid@1', '2:fee paid@0']);
    const huge = `${Array.from({ length: 20_000 }, () => 'fee').join(' ')} paid`;
    expect(run(auto, huge).sort()).toEqual(['0:fee paid@19999', '1:paid@20000', '2:fee fee fee fee paid@19996', '2:fee fee fee paid@19997', '2:fee fee paid@19998', '2:fee paid@19999']);
    expect(run(auto, 'fee paid').sort()).toEqual(['0:fee paid@0', '1:paid@1', '2:fee paid@0']);
  });
  it('more than 64 accepting nodes from one start', () => {
    const patterns = Array.from({ length: 70 }, (_, k) => ['job', ...Array.from({ length: k }, () => '*')].join(' '));
    const out = hits(patterns, `job${' fee'.repeat(69)}`);
    expect(out).toHaveLength(70);
    expect(out).toContain(`69:job${' fee'.repeat(69)}@0`);
  });
  it('many accepting nodes per start', () => {
    const patterns = Array.from({ length: 80 }, (_, i) => `job ${'..1 '.repeat(0)}offer${i}`);
    patterns.push('job');
    const text = Array.from({ length: 80 }, (_, i) => `job offer${i}`).join(' ');
    expect(hits(patterns, text)).toHaveLength(160);
  });
});
