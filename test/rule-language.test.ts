import { describe, expect, it } from 'vitest';
import { normalizeText } from '../src/normalize/index.js';
import { compileRules } from '../src/rules/compile.js';
import { evaluate } from '../src/rules/evaluate.js';
import { matchTokens } from '../src/rules/match.js';
import { expandPattern } from '../src/rules/pattern.js';
import { type Pack, type PackId, PackSchema } from '../src/rules/schema.js';
import { tokenize } from '../src/tokenize/index.js';

/** A one-rule English pack with the given lexicons, awareness cues and rule fields; xx lexicons optional. */
function pack(rule: Record<string, unknown>, extra: Record<string, unknown> = {}): Pack {
  return PackSchema.parse({
    pack: 'en',
    name: 'test',
    stemmer: 'en',
    negation: { window: 3, cues: ['no'] },
    awareness: [],
    rules: [{
      id: 'en.debt_bondage.test', category: 'debt_bondage', weight: 0.5,
      description: 'Test rule of the engine.', source: 'Project test.',
      patterns: ['x'], examples: { match: ['x'], noMatch: ['y'] }, ...rule,
    }],
    ...extra,
  });
}

const lexicon = (name: string, terms: string[]) => ({
  name, description: `Test lexicon ${name}.`, terms, examples: { match: [terms[0]], noMatch: ['zzz'] },
});

function run(packs: Pack[], text: string) {
  const compiled = compileRules(packs);
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized, text);
  const active = new Set<PackId>(packs.map((p) => p.pack));
  return evaluate(matchTokens(tokens, compiled, active), tokens, compiled, active, normalized);
}
const fires = (packs: Pack[], text: string): boolean => run(packs, text).fired.size > 0;

describe('lexicons', () => {
  const travel = lexicon('travel', ['flight', 'plane ticket', '=visa', '✈']);
  const covered = lexicon('covered', ['paid', 'free', 'on us']);
  const p = pack({ patterns: ['@travel ..3 @covered'] }, { lexicons: [travel, covered] });

  it('a pattern names a lexicon with @name, and every term of it matches', () => {
    for (const text of ['flight paid', 'plane ticket free', 'visa on us', '✈️ paid', 'flights and visas? no: flights free']) {
      expect(fires([p], text), text).toBe(true);
    }
    expect(fires([p], 'hotel paid')).toBe(false);
  });
  it('plain words match their inflections through the stemmer; =word matches only itself', () => {
    expect(fires([p], 'two plane tickets, all paid')).toBe(true); // tickets
    expect(fires([p], 'visas paid')).toBe(false); // =visa
  });
  it('a lexicon of one-word terms is one position, not one variant per word', () => {
    const resolver = { resolve: (n: string) => (n === 'x' ? [[{ t: 'lit' as const, value: 'a' }], [{ t: 'lit' as const, value: 'b' }]] : undefined), names: () => ['x'] };
    expect(expandPattern('(@x|c) d', 'none', resolver)).toHaveLength(1);
  });
  it('a lexicon may include another, and the language-independent pack’s', () => {
    const xx = PackSchema.parse({ pack: 'xx', name: 'xx', stemmer: 'none', negation: { window: 1, cues: [] }, awareness: [], lexicons: [lexicon('emoji_free', ['🆓'])], rules: [] });
    const en = pack({ patterns: ['@travel @covered'] }, { lexicons: [travel, { ...covered, terms: ['paid', '@emoji_free'] }] });
    expect(fires([en, xx], 'flight 🆓')).toBe(true);
  });
  it('names the rule and the lexicon when one is unknown, and rejects cycles', () => {
    expect(() => compileRules([pack({ patterns: ['@nope paid'] })])).toThrow(/rule en\.debt_bondage\.test \(patterns\).*unknown lexicon "@nope"/);
    const loop = pack({ patterns: ['@a'] }, { lexicons: [lexicon('a', ['@b']), lexicon('b', ['@a'])] });
    expect(() => compileRules([loop])).toThrow(/names itself/);
  });
  it('keeps stems to inflections: derivational stems do not match', () => {
    const organ = pack({ patterns: ['@organ'] }, { lexicons: [lexicon('organ', ['organ', 'generous'])] });
    expect(fires([organ], 'organs')).toBe(true);
    expect(fires([organ], 'organization')).toBe(false); // Porter: organ
    expect(fires([organ], 'general')).toBe(false); // Porter: gener, like generous
  });
});

describe('numbers and flags', () => {
  const p = pack({ patterns: ['age #num<18', '(from|aged) #num16-25 ..2 #num28-45'] });
  it('#num<18 compares instead of enumerating', () => {
    expect(fires([p], 'age 16')).toBe(true);
    expect(fires([p], 'age 17')).toBe(true);
    expect(fires([p], 'age 18')).toBe(false);
  });
  it('#numA-B is an inclusive range: "aged 19-34" and "18-36" as well as "18-35"', () => {
    for (const text of ['aged 18-35', 'aged 19-34', 'from 18 to 36']) expect(fires([p], text), text).toBe(true);
    expect(fires([p], 'aged 30-60')).toBe(false);
  });
  it('rejects a malformed number atom with a message that says how to write it', () => {
    expect(() => expandPattern('age #num<<18', 'none')).toThrow(/#num<18/);
    expect(() => expandPattern('age #num30-18', 'none')).toThrow(/low-high/);
  });
  it('#flag matches a flag emoji; a pair of regional indicators is one token', () => {
    const route = pack({ patterns: ['#flag (➡|to) #flag'] });
    expect(fires([route], '🇫🇷➡️🇬🇧 every week')).toBe(true);
    expect(fires([route], 'FR to UK')).toBe(false);
    expect(tokenize(normalizeText('🇫🇷🇬🇧')).map((t) => t.text)).toEqual(['🇫🇷', '🇬🇧']);
  });
});

describe('obfuscation seen through by ordinary rules', () => {
  const p = pack({ patterns: ['(new|young) (girl|girls)', 'gorgeous', 'sweet', 'sex', 'cash'] });
  it.each([
    ['gooorgeous'], ['sweeeeet'], ['neeeew girl'], ['y.o.u.n.g g.i.r.l.s'], ['n-e-w g-i-r-l'], ['n/e/w g/i/r/l'],
    ['$ex'], ['ca$h'], ['N3W G1RL'],
  ])('%s', (text) => {
    expect(fires([p], text)).toBe(true);
  });
  it('keeps evidence in raw offsets', () => {
    const text = 'gooorgeous and $ex';
    const tokens = tokenize(normalizeText(text), text);
    for (const t of tokens) expect(text.slice(t.rawStart, t.rawEnd).length).toBeGreaterThan(0);
    expect(text.slice(tokens[0]?.rawStart, tokens[0]?.rawEnd)).toBe('gooorgeous');
    expect(tokens[0]?.alt).toBe('gorgeous');
  });
  it('leaves prices, handles, www and xxx alone', () => {
    const norm = (s: string): string => String.fromCodePoint(...normalizeText(s).cps);
    expect(norm('$300 @handle www xxx')).toBe('$300 @handle www xxx');
    expect(norm('sooooo')).toBe('soo');
  });
});

describe('reported speech and advice', () => {
  const awareness = [{
    id: 'en.awareness.test', weight: 0.3, description: 'Reporting verbs of news.', source: 'Project test.',
    patterns: ['police said', 'if your (employer|boss)'], examples: { match: ['police said'], noMatch: ['said'] },
  }];
  const p = pack({ patterns: ['passport kept'] }, { awareness });
  it('an indicator in a sentence a cue frames is reported, not fired', () => {
    const ev = run([p], 'Police said her passport kept by the boss was found.');
    expect(ev.fired.size).toBe(0);
    expect(ev.reported.size).toBe(1);
    expect(run([p], 'If your employer has your passport kept, call us.').fired.size).toBe(0);
  });
  it('only that sentence: an indicator in another sentence still fires', () => {
    expect(run([p], 'Police said it was cold. Passport kept by the agency.').fired.size).toBe(1);
  });
  it('a cue with frames: false frames nothing', () => {
    const q = pack({ patterns: ['passport kept'] }, { awareness: awareness.map((a) => ({ ...a, frames: false })) });
    expect(run([q], 'Police said her passport kept by the boss was found.').fired.size).toBe(1);
  });
});
