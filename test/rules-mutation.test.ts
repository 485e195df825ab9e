import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { compileRules } from '../src/rules/compile.js';
import { lexiconResolver } from '../src/rules/lexicon.js';
import { matchTokens } from '../src/rules/match.js';
import { type Lexicon, PackSchema, type PackId } from '../src/rules/schema.js';
import { inflectionForms, inflectionStems, stem } from '../src/rules/stem.js';
import { tokenize } from '../src/tokenize/index.js';
import { runTestRule } from './helpers/rules.js';

// Behaviour of the rule engine that the rule-logic, rule-language and morphology tests leave
// open, written from the mutants that survived `npm run mutation:rules`.

describe('inflectionForms: the suffix swaps of each language, both ways', () => {
  it.each([
    ['en', 'party', ['party', 'partys', 'partyes', 'parties']],
    ['en', 'woman', ['woman', 'womans', 'womanes', 'women']],
    ['en', 'cars', ['cars', 'carss', 'car', 'carses']],
    ['en', 'boxes', ['boxes', 'boxess', 'boxe', 'boxeses', 'box']],
    // Too short to take a plural ending off: "bus" is not "bu" + s.
    ['en', 'bus', ['bus', 'buss', 'buses']],
    ['fr', 'cheval', ['cheval', 'chevals', 'chevalx', 'chevaux']],
    ['fr', 'travaux', ['travaux', 'travauxs', 'travauxx', 'travau', 'traval', 'travail']],
    ['fr', 'jeux', ['jeux', 'jeuxs', 'jeuxx', 'jeu']],
    ['es', 'luz', ['luz', 'luzs', 'luzes', 'luces']],
    ['es', 'luces', ['luces', 'lucess', 'luce', 'luceses', 'luc']],
    ['pt', 'jovem', ['jovem', 'jovems', 'jovemes', 'jovens']],
    ['pt', 'patrões', ['patrões', 'patrõess', 'patrõe', 'patrõeses', 'patrõ', 'patrão']],
    ['pt', 'patrão', ['patrão', 'patrãos', 'patrãoes', 'patrões', 'patrães']],
    ['pt', 'papéis', ['papéis', 'papéiss', 'papéi', 'papéises', 'papél', 'papel']],
    ['pt', 'animal', ['animal', 'animals', 'animales', 'animais']],
    ['it', 'ragazza', ['ragazza', 'ragazze']],
    ['it', 'ragazze', ['ragazze', 'ragazza', 'ragazzi']],
    ['it', 'amiche', ['amiche', 'amicha', 'amichi', 'amica']],
    ['it', 'riga', ['riga', 'rige', 'righe']],
    ['it', 'lago', ['lago', 'lagi', 'laghi']],
    ['it', 'fuochi', ['fuochi', 'fuocho', 'fuoche', 'fuoco', 'fuochio']],
    ['it', 'negozi', ['negozi', 'negozo', 'negoze', 'negozio']],
    ['de', 'frau', ['frau', 'fraue', 'frauen', 'fraun', 'frauer', 'fraus']],
    ['de', 'kinder', ['kinder', 'kindere', 'kinderen', 'kindern', 'kinderer', 'kind', 'kinders']],
    ['de', 'lehrerinnen', ['lehrerinnen', 'lehrerinnene', 'lehrerinnenen', 'lehrerinn', 'lehrerinnenn', 'lehrerinne', 'lehrerinnener', 'lehrerinnens', 'lehrerin']],
    ['en', 'Girls', ['girls', 'girlss', 'girl', 'girlses']],
    ['none', 'Girls', ['girls']],
  ] as const)('%s %s', (lang, word, forms) => {
    expect(inflectionForms(lang, word)).toEqual(forms);
  });
});

describe('inflectionStems and stem', () => {
  it('gives the stems of the word and of its forms, once each', () => {
    expect(inflectionStems('es', 'joven')).toEqual(['jov', 'jovens', 'joven']);
    expect(inflectionStems('pt', 'patrão')).toEqual(['patra', 'patrao', 'patro']);
    expect(inflectionStems('de', 'kinder')).toEqual(['kind']);
    expect(inflectionStems('none', 'Girls')).toEqual(['Girls']);
  });
  it('lower-cases the stem and drops its accents', () => {
    expect(stem('en', 'Passports')).toBe('passport');
    expect(stem('fr', 'fraîche')).toBe('fraich');
    expect(stem('fr', 'fraîche')).toBe(stem('fr', 'fraiche'));
    expect(stem('pt', 'patrão')).toBe('patra');
  });
  it('leaves a token alone with no stemmer or when it is longer than 48 characters', () => {
    expect(stem('none', 'Girls')).toBe('Girls');
    const long = `${'talk'.repeat(12)}s`; // 49 characters: "talks…" would stem to "talk…"
    expect(stem('en', long)).toBe(long);
    const longest = `${'talk'.repeat(11)}ings`; // 48 characters: stemmed
    expect(stem('en', longest)).toBe('talk'.repeat(11));
  });
  it('answers the same for a token seen before (memoised)', () => {
    expect(stem('en', 'nannies')).toBe(stem('en', 'nannies'));
    expect(stem('it', 'ragazze')).toBe('ragazz');
  });
});

describe('~word matches by stem, not only by its first letters', () => {
  it('a token that starts like the word but has another stem does not match', () => {
    const matches = (text: string) => runTestRule('en', { patterns: ['~passport'], examples: { match: ['passport'], noMatch: ['zzz'] } }, text).matched;
    expect(matches('passports')).toBe(true);
    expect(matches('passpotato')).toBe(false); // starts with "passpo", stem "passpotato"
  });
});

/** A one-rule pack of `lang` whose rule matches `word`. */
const onePack = (lang: 'en' | 'fr', word: string) =>
  PackSchema.parse({
    pack: lang, name: 'test', stemmer: lang, negation: { window: 3, cues: [] }, awareness: [],
    rules: [{
      id: `${lang}.organ_trade.test`, category: 'organ_trade', weight: 0.5, description: 'Test rule of the engine.',
      source: 'Project test.', patterns: [word], examples: { match: [word], noMatch: ['zzz'] },
    }],
  });

describe('matchTokens: only the active packs report', () => {
  const compiled = compileRules([onePack('en', 'kidney'), onePack('fr', 'rein')]);
  const refsOf = (text: string, active: PackId[]) => {
    const tokens = tokenize(normalizeText(text), text);
    return matchTokens(tokens, compiled, new Set(active)).map((h) => [compiled.refs[h.ref]?.pack, h.start, h.end]);
  };
  it('reports the hits of the active packs, whatever was asked before with the same ruleset', () => {
    expect(refsOf('kidney rein', ['en'])).toEqual([['en', 0, 1]]);
    expect(refsOf('kidney rein', ['fr'])).toEqual([['fr', 1, 2]]);
    expect(refsOf('kidney rein', ['fr', 'en'])).toEqual([['en', 0, 1], ['fr', 1, 2]]);
    expect(refsOf('kidney rein', ['en', 'fr'])).toEqual([['en', 0, 1], ['fr', 1, 2]]);
    expect(refsOf('kidney rein', ['en'])).toEqual([['en', 0, 1]]);
    expect(refsOf('kidney rein', [])).toEqual([]);
  });
  it('ignores a pack that is active but not compiled', () => {
    expect(refsOf('kidney rein', ['xx', 'fr'])).toEqual([['fr', 1, 2]]);
  });
});

describe('lexiconResolver', () => {
  const lex = (name: string, terms: string[]): Lexicon => ({ name, description: `Test lexicon ${name}.`, terms, examples: { match: [terms[0] as string], noMatch: ['zzz'] } });
  it('lists its names and its fallback’s, sorted, once each', () => {
    const fallback = lexiconResolver([lex('money', ['cash']), lex('travel', ['bus'])], 'none');
    const resolver = lexiconResolver([lex('travel', ['flight']), lex('debt', ['loan'])], 'en', fallback);
    expect(resolver.names()).toEqual(['debt', 'money', 'travel']);
    expect(lexiconResolver([lex('b', ['x']), lex('a', ['y'])], 'en').names()).toEqual(['a', 'b']);
  });
  it('expands a lexicon once and answers the same alternatives after', () => {
    const resolver = lexiconResolver([lex('travel', ['flight', 'plane ticket'])], 'en');
    const first = resolver.resolve('travel');
    expect(first).toHaveLength(2);
    expect(resolver.resolve('travel')).toBe(first);
    expect(resolver.resolve('nope')).toBeUndefined();
  });
  it('names the lexicon in the error of a bad term, every time it is asked', () => {
    const resolver = lexiconResolver([lex('ages', ['aged #num<<18'])], 'en');
    expect(() => resolver.resolve('ages')).toThrow(/^lexicon "@ages": .*#num<18/);
    expect(() => resolver.resolve('ages')).toThrow(/^lexicon "@ages": .*#num<18/); // not taken for a cycle
  });
  it('names the lexicon that names itself', () => {
    const resolver = lexiconResolver([lex('a', ['@b']), lex('b', ['@a'])], 'en');
    expect(() => resolver.resolve('a')).toThrow(/lexicon "@a" names itself through its terms: remove the cycle/);
  });
});

describe('matchTokens: a token matches through its squeezed form too', () => {
  it('a stretched word matches through its squeezed form, the same letters without one do not', () => {
    const compiled = compileRules([onePack('en', 'gorgeous')]);
    const hits = (text: string) => matchTokens(tokenize(normalizeText(text), text), compiled, new Set<PackId>(['en'])).map((h) => [h.start, h.end]);
    expect(hits('gooorgeous goorgeous')).toEqual([[0, 1]]);
    expect(hits('goorgeous gooorgeous')).toEqual([[1, 2]]);
  });
});
