import { describe, expect, it } from 'vitest';
import type { Entity } from '../src/entities/schema.js';
import { normalizeText } from '../src/normalize/index.js';
import { compileRules, type CompiledRuleset } from '../src/rules/compile.js';
import { detectorsOf, evaluate, type TokenSpan } from '../src/rules/evaluate.js';
import { matchTokens } from '../src/rules/match.js';
import { type Pack, type PackId, PackSchema } from '../src/rules/schema.js';
import { tokenize } from '../src/tokenize/index.js';

// Rule logic (src/rules/evaluate.ts) on one-rule packs of its own, written from the mutants
// that survived `npm run mutation:rules -- --mutate src/rules/evaluate.ts`: which rule fires
// and with which token spans, what is reported as negated or as reported speech, what an
// awareness cue keeps, and what the detectors report.

type Lang = 'en' | 'fr' | 'es' | 'xx';

/** A rule of `pack` named `<pack>.debt_bondage.<name>`, matching `patterns` unless `fields` say otherwise. */
function rule(pack: Lang, name: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `${pack}.debt_bondage.${name}`, category: 'debt_bondage', weight: 0.5,
    description: 'Test rule of the engine.', source: 'Project test.',
    examples: { match: ['x'], noMatch: ['y'] }, ...fields,
  };
}

/** A pack of test rules; negation window 3 and the cue "no" unless `extra` says otherwise. */
function pack(id: Lang, rules: Record<string, unknown>[], extra: Record<string, unknown> = {}): Pack {
  return PackSchema.parse({
    pack: id, name: 'test', stemmer: id === 'xx' ? 'none' : id,
    negation: { window: 3, cues: ['no'], breaks: [] }, awareness: [], rules, ...extra,
  });
}

const awarenessCue = (name: string, patterns: string[], more: Record<string, unknown> = {}) => ({
  id: `en.awareness.${name}`, weight: 0.3, description: 'Wording of news and advice.', source: 'Project test.',
  patterns, examples: { match: [patterns[0]], noMatch: ['zzz'] }, ...more,
});

const pairs = (spans: readonly TokenSpan[] | undefined) => spans?.map((s) => [s.start, s.end]);

/** Rule logic on `text`, with every map keyed by rule (or cue) id and spans as [start, end]. */
function run(packs: Pack[] | CompiledRuleset, text: string, options: { active?: PackId[]; entities?: Entity[]; reverse?: boolean } = {}) {
  const compiled = Array.isArray(packs) ? compileRules(packs) : packs;
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized, text);
  const active = new Set<PackId>(options.active ?? compiled.packs.map((p) => p.pack));
  const hits = matchTokens(tokens, compiled, active);
  if (options.reverse) hits.reverse();
  const ev = evaluate(hits, tokens, compiled, active, normalized, options.entities);
  const byRule = (m: Map<number, readonly TokenSpan[]>) =>
    Object.fromEntries([...m].map(([k, v]) => [compiled.rules[k]?.rule.id, pairs(v)]));
  return {
    fired: byRule(ev.fired),
    negated: byRule(ev.negated),
    reported: byRule(ev.reported),
    awareness: Object.fromEntries([...ev.awareness].map(([k, v]) => [compiled.awareness[k]?.cue.id, pairs(v)])),
    detected: Object.fromEntries([...ev.detected].map(([k, v]) => [compiled.rules[k]?.rule.id, v.map((s) => text.slice(s.start, s.end))])),
  };
}

/** Each part named in `want` is exactly as given (an empty part is checked to be empty). */
function expectParts(ev: ReturnType<typeof run>, want: Partial<ReturnType<typeof run>>): void {
  for (const [part, value] of Object.entries(want)) expect(ev[part as keyof typeof ev], part).toEqual(value);
}

describe('exclusions', () => {
  const p = pack('en', [rule('en', 'fee', { patterns: ['placement fee'], exclusions: ['free placement fee', 'today', 'waived'] })], { negation: { window: 3, cues: [] } });
  it('drop only the matches they overlap', () => {
    expect(run([p], 'free placement fee. placement fee 300').fired).toEqual({ 'en.debt_bondage.fee': [[3, 5]] });
    expect(run([p], 'free placement fee').fired).toEqual({});
  });
  it('an exclusion that only touches the match, before or after it, drops nothing', () => {
    expect(run([p], 'placement fee today').fired).toEqual({ 'en.debt_bondage.fee': [[0, 2]] });
    expect(run([p], 'waived placement fee').fired).toEqual({ 'en.debt_bondage.fee': [[1, 3]] });
  });
  it('the same span matched by two patterns is evidence once', () => {
    const twice = pack('en', [rule('en', 'fee', { patterns: ['placement fee', 'placement (fee|fees)', 'placement'] })]);
    expect(run([twice], 'placement fee').fired).toEqual({ 'en.debt_bondage.fee': [[0, 1], [0, 2]] });
  });
});

describe('negation', () => {
  const fee = rule('en', 'fee', { patterns: ['fee'] });
  it('reaches exactly the pack window, and reports what it dropped', () => {
    const p = pack('en', [fee]);
    expectParts(run([p], 'no one two three fee'), { fired: {}, negated: { 'en.debt_bondage.fee': [[4, 5]] } });
    expectParts(run([p], 'no one two three four fee'), { fired: { 'en.debt_bondage.fee': [[5, 6]] }, negated: {} });
    expectParts(run([p], 'no fee'), { fired: {}, negated: { 'en.debt_bondage.fee': [[1, 2]] } });
  });
  it('a cue of several words reaches the window from its last word', () => {
    const p = pack('en', [fee], { negation: { window: 3, cues: ['do not ask'] } });
    expect(run([p], 'do not ask one two three fee').negated).toEqual({ 'en.debt_bondage.fee': [[6, 7]] });
    expect(run([p], 'do not ask one two three four fee').fired).toEqual({ 'en.debt_bondage.fee': [[7, 8]] });
  });
  it('a cue with a window wider than every pack window still reaches that far', () => {
    const p = pack('en', [fee], { negation: { window: 1, cues: ['no', { pattern: 'never', window: 6 }] } });
    expect(run([p], 'never one two three four five six fee').negated).toEqual({ 'en.debt_bondage.fee': [[7, 8]] });
    expect(run([p], 'never one two three four five six seven fee').fired).toEqual({ 'en.debt_bondage.fee': [[8, 9]] });
    expect(run([p], 'no one fee').negated).toEqual({ 'en.debt_bondage.fee': [[2, 3]] });
    expect(run([p], 'no one two fee').fired).toEqual({ 'en.debt_bondage.fee': [[3, 4]] });
  });
  it('stays in its clause', () => {
    const p = pack('en', [fee]);
    expect(run([p], 'no, fee').fired).toEqual({ 'en.debt_bondage.fee': [[1, 2]] });
    expect(run([p], 'no (deposit) fee').fired).toEqual({ 'en.debt_bondage.fee': [[2, 3]] });
  });
  it('never reaches back: a cue after the match negates nothing', () => {
    const p = pack('en', [fee]);
    expect(run([p], 'fee no').fired).toEqual({ 'en.debt_bondage.fee': [[0, 1]] });
  });
  it('a contrast word between cue and match ends the reach; one elsewhere does not', () => {
    const p = pack('en', [fee], { negation: { window: 3, cues: ['no'], breaks: ['(but|yet)'] } });
    expect(run([p], 'no deposit but fee').fired).toEqual({ 'en.debt_bondage.fee': [[3, 4]] });
    expect(run([p], 'no deposit yet fee').fired).toEqual({ 'en.debt_bondage.fee': [[3, 4]] });
    expect(run([p], 'but no fee').negated).toEqual({ 'en.debt_bondage.fee': [[2, 3]] });
    expect(run([p], 'no fee but').negated).toEqual({ 'en.debt_bondage.fee': [[1, 2]] });
    expect(run([p], 'no deposit fee').negated).toEqual({ 'en.debt_bondage.fee': [[2, 3]] });
  });
  it('a contrast word that is the match itself does not end the reach', () => {
    const p = pack('en', [rule('en', 'but', { patterns: ['but'] })], { negation: { window: 3, cues: ['no'], breaks: ['but'] } });
    expect(run([p], 'no but').negated).toEqual({ 'en.debt_bondage.but': [[1, 2]] });
  });
  it('a cue that a gap took into the match negates it; one the rule spells out does not', () => {
    const p = pack('en', [
      rule('en', 'paid', { patterns: ['fee ..2 paid'] }),
      rule('en', 'refund', { patterns: ['fee no refund'] }),
    ]);
    expectParts(run([p], 'fee no paid'), { fired: {}, negated: { 'en.debt_bondage.paid': [[0, 3]] } });
    expect(run([p], 'fee no refund').fired).toEqual({ 'en.debt_bondage.refund': [[0, 3]] });
    // Only within the match's clause: the cue after a comma leaves the match alone.
    expect(run([p], 'fee, no paid').fired).toEqual({ 'en.debt_bondage.paid': [[0, 3]] });
  });
  it('a match starting with the cue is not negated by it', () => {
    const p = pack('en', [rule('en', 'nofee', { patterns: ['no fee'] })]);
    expect(run([p], 'no fee').fired).toEqual({ 'en.debt_bondage.nofee': [[0, 2]] });
  });
  it('a rule that is not negatable keeps its match after a cue', () => {
    const p = pack('en', [rule('en', 'fee', { patterns: ['fee'], negatable: false })]);
    expectParts(run([p], 'no fee'), { fired: { 'en.debt_bondage.fee': [[1, 2]] }, negated: {} });
  });
});

describe('a negation word that a non-negatable rule spells out', () => {
  const fee = rule('en', 'fee', { patterns: ['fee'] });
  const needed = rule('en', 'needed', { patterns: ['needed'] });
  it('is part of that cue, not a negation of what follows it', () => {
    const p = pack('en', [rule('en', 'papers', { patterns: ['no papers'], negatable: false }), fee]);
    expectParts(run([p], 'no papers fee'), { fired: { 'en.debt_bondage.papers': [[0, 2]], 'en.debt_bondage.fee': [[2, 3]] }, negated: {} });
  });
  it('still negates a match inside that rule’s own span', () => {
    const p = pack('en', [rule('en', 'placement', { patterns: ['no placement fee'], negatable: false }), fee]);
    expectParts(run([p], 'no placement fee'), { fired: { 'en.debt_bondage.placement': [[0, 3]] }, negated: { 'en.debt_bondage.fee': [[2, 3]] } });
  });
  it('reaches to the end of the longest rule that spells it out', () => {
    const p = pack('en', [
      rule('en', 'short', { patterns: ['no papers'], negatable: false }),
      rule('en', 'long', { patterns: ['no papers needed'], negatable: false }),
      needed,
    ]);
    expectParts(run([p], 'no papers needed'), {
      fired: { 'en.debt_bondage.short': [[0, 2]], 'en.debt_bondage.long': [[0, 3]] },
      negated: { 'en.debt_bondage.needed': [[2, 3]] },
    });
  });
  it('a cue that only a gap of the rule took in still negates what follows', () => {
    const p = pack('en', [rule('en', 'papers', { patterns: ['papers ..2 needed'], negatable: false }), fee]);
    expectParts(run([p], 'papers no needed fee'), { fired: { 'en.debt_bondage.papers': [[0, 3]] }, negated: { 'en.debt_bondage.fee': [[3, 4]] } });
  });
  it('a negatable rule that spells the cue out does not take it in', () => {
    const p = pack('en', [rule('en', 'deposit', { patterns: ['no deposit'] }), fee]);
    expectParts(run([p], 'no deposit fee'), { fired: { 'en.debt_bondage.deposit': [[0, 2]] }, negated: { 'en.debt_bondage.fee': [[2, 3]] } });
  });
  it('a cue of several words is taken in when the rule spells out any of its words', () => {
    const p = pack('en', [rule('en', 'papers', { patterns: ['not papers'], negatable: false }), fee], { negation: { window: 3, cues: ['do not'] } });
    expect(run([p], 'do not papers fee').fired).toEqual({ 'en.debt_bondage.papers': [[1, 3]], 'en.debt_bondage.fee': [[3, 4]] });
  });
  it('never negates the context of the rule that owns it', () => {
    const near = rule('en', 'fee', { patterns: ['fee'], near: [{ patterns: ['papers'], window: 5 }] });
    const spelled = rule('en', 'papers', { patterns: ['no papers'], negatable: false });
    expect(run([pack('en', [near, spelled])], 'fee no papers').fired).toEqual({ 'en.debt_bondage.fee': [[0, 1], [2, 3]], 'en.debt_bondage.papers': [[1, 3]] });
    expect(run([pack('en', [near])], 'fee no papers').fired).toEqual({});
  });
});

describe('negation for rules of xx', () => {
  const xx = (cues: unknown[] = []) => pack('xx', [rule('xx', 'paypal', { patterns: ['paypal'] })], { negation: { window: 1, cues } });
  const en = pack('en', [], { negation: { window: 3, cues: ['no'] } });
  const fr = pack('fr', [], { negation: { window: 1, cues: ['sans'] } });
  it('use the cues and window of every active language pack', () => {
    expect(run([en, fr, xx()], 'no one two paypal').negated).toEqual({ 'xx.debt_bondage.paypal': [[3, 4]] });
    expect(run([en, fr, xx()], 'sans un paypal').negated).toEqual({ 'xx.debt_bondage.paypal': [[2, 3]] });
    expect(run([en, fr, xx()], 'sans un deux paypal').fired).toEqual({ 'xx.debt_bondage.paypal': [[3, 4]] });
    expect(run([en, fr, xx()], 'no one two paypal', { active: ['fr', 'xx'] }).fired).toEqual({ 'xx.debt_bondage.paypal': [[3, 4]] });
  });
  it('not the cues of xx itself', () => {
    expect(run([en, xx(['nope'])], 'nope paypal').fired).toEqual({ 'xx.debt_bondage.paypal': [[1, 2]] });
  });
  it('a language rule reads only its own pack’s cues', () => {
    const frFee = pack('fr', [rule('fr', 'frais', { patterns: ['frais'] })], { negation: { window: 3, cues: ['sans'] } });
    expect(run([en, frFee], 'no frais').fired).toEqual({ 'fr.debt_bondage.frais': [[1, 2]] });
    expect(run([en, frFee], 'sans frais').negated).toEqual({ 'fr.debt_bondage.frais': [[1, 2]] });
  });
});

describe('unlessNear', () => {
  const p = (window = 2, patterns = ['refund', 'full refund']) =>
    pack('en', [rule('en', 'fee', { patterns: ['fee'], unlessNear: [{ patterns, window }] })]);
  it('vetoes at exactly its window, after or before the match, and not a token further', () => {
    expect(run([p()], 'fee one two refund').fired).toEqual({});
    expect(run([p()], 'fee one two three refund').fired).toEqual({ 'en.debt_bondage.fee': [[0, 1]] });
    expect(run([p()], 'refund one two fee').fired).toEqual({});
    expect(run([p()], 'refund one two three fee').fired).toEqual({ 'en.debt_bondage.fee': [[4, 5]] });
  });
  it('measures a context of several words from its nearer end', () => {
    expect(run([p(2, ['full refund'])], 'full refund one two fee').fired).toEqual({});
    expect(run([p(2, ['full refund'])], 'full refund one two three fee').fired).toEqual({ 'en.debt_bondage.fee': [[5, 6]] });
  });
  it('a negated context vetoes nothing', () => {
    expect(run([p(5)], 'fee and no refund').fired).toEqual({ 'en.debt_bondage.fee': [[0, 1]] });
    expect(run([p(5)], 'fee and refund').fired).toEqual({});
  });
  it('a negated context vetoes nothing for a rule that is not negatable either', () => {
    const q = pack('en', [rule('en', 'fee', { patterns: ['fee'], negatable: false, unlessNear: [{ patterns: ['refund'], window: 5 }] })]);
    expect(run([q], 'fee and no refund').fired).toEqual({ 'en.debt_bondage.fee': [[0, 1]] });
  });
  it('a vetoed match is dropped, another match of the rule still fires', () => {
    expect(run([p(1)], 'fee refund. one two three four fee').fired).toEqual({ 'en.debt_bondage.fee': [[6, 7]] });
  });
  it('a negated match is reported as negated even when a context would also veto it', () => {
    expectParts(run([p(5)], 'no fee refund'), { fired: {}, negated: { 'en.debt_bondage.fee': [[1, 2]] } });
  });
});

describe('near', () => {
  const sale = (window = 2, patterns = ['sale', 'cash sale'], more: Record<string, unknown> = {}) =>
    pack('en', [rule('en', 'kidney', { patterns: ['kidney'], near: [{ patterns, window }], ...more })]);
  const id = 'en.debt_bondage.kidney';
  it('is satisfied at exactly its window, after or before the match, and not a token further', () => {
    expect(run([sale()], 'kidney one two sale').fired).toEqual({ [id]: [[0, 1], [3, 4]] });
    expect(run([sale()], 'kidney one two three sale').fired).toEqual({});
    expect(run([sale()], 'sale one two kidney').fired).toEqual({ [id]: [[3, 4], [0, 1]] });
    expect(run([sale()], 'sale one two three kidney').fired).toEqual({});
  });
  it('measures a context of several words from its nearer end', () => {
    expect(run([sale(2, ['cash sale'])], 'cash sale one two kidney').fired).toEqual({ [id]: [[4, 5], [0, 2]] });
    expect(run([sale(2, ['cash sale'])], 'cash sale one two three kidney').fired).toEqual({});
  });
  it('the nearest context supports the match; ties go to the earlier, then the shorter', () => {
    expect(run([sale(5)], 'sale one two kidney three sale').fired).toEqual({ [id]: [[3, 4], [5, 6]] });
    expect(run([sale(5)], 'sale one kidney three four sale').fired).toEqual({ [id]: [[2, 3], [0, 1]] });
    expect(run([sale(5)], 'sale one kidney two sale').fired).toEqual({ [id]: [[2, 3], [0, 1]] });
    expect(run([sale(5, ['sale', 'sale today'])], 'kidney one sale today').fired).toEqual({ [id]: [[0, 1], [2, 3]] });
    expect(run([sale(5, ['sale today', 'sale'])], 'kidney one sale today').fired).toEqual({ [id]: [[0, 1], [2, 3]] });
  });
  it('a negated context supports nothing; a farther one still can', () => {
    expect(run([sale(5)], 'sale one two kidney no sale').fired).toEqual({ [id]: [[3, 4], [0, 1]] });
    expect(run([sale(5)], 'kidney no sale').fired).toEqual({});
  });
  it('for a rule that is not negatable a negated context still counts', () => {
    expect(run([sale(5, ['sale'], { negatable: false })], 'kidney no sale').fired).toEqual({ [id]: [[0, 1], [2, 3]] });
  });
  it('needs every constraint, and lists the rule’s matches first, then their context, each in text order', () => {
    const both = pack('en', [rule('en', 'kidney', { patterns: ['kidney'], near: [{ patterns: ['sale'], window: 3 }, { patterns: ['cash'], window: 3 }] })]);
    expect(run([both], 'kidney sale').fired).toEqual({});
    expect(run([both], 'cash kidney sale').fired).toEqual({ [id]: [[1, 2], [0, 1], [2, 3]] });
    expect(run([both], 'sale cash kidney. one two three four kidney sale cash').fired).toEqual({
      [id]: [[2, 3], [7, 8], [0, 1], [1, 2], [8, 9], [9, 10]],
    });
  });
  it('a match without its context is dropped, the others fire', () => {
    expect(run([sale(1)], 'kidney one two three. kidney sale').fired).toEqual({ [id]: [[4, 5], [5, 6]] });
  });
});

describe('awareness cues', () => {
  const fee = rule('en', 'fee', { patterns: ['fee'] });
  const cues = [
    awarenessCue('hotline', ['hotline'], { exclusions: ['hotline number', 'toll'] }),
    awarenessCue('police', ['police said']),
    awarenessCue('victims', ['victims'], { frames: false }),
  ];
  const p = pack('en', [fee], { awareness: cues });
  it('frame their own sentence: an indicator there is reported, not fired', () => {
    expectParts(run([p], 'Police said the fee was high.'), {
      fired: {}, reported: { 'en.debt_bondage.fee': [[3, 4]] }, awareness: { 'en.awareness.police': [[0, 2]] },
    });
  });
  it('only their own sentence', () => {
    expectParts(run([p], 'Fee first. Police said so.'), {
      fired: { 'en.debt_bondage.fee': [[0, 1]] }, reported: {}, awareness: { 'en.awareness.police': [[2, 4]] },
    });
  });
  it('a cue with frames: false is listed but frames nothing', () => {
    expectParts(run([p], 'Victims paid a fee.'), {
      fired: { 'en.debt_bondage.fee': [[3, 4]] }, reported: {}, awareness: { 'en.awareness.victims': [[0, 1]] },
    });
  });
  it('a negated match in a framed sentence is reported as negated', () => {
    expectParts(run([p], 'Police said no fee.'), { fired: {}, reported: {}, negated: { 'en.debt_bondage.fee': [[3, 4]] } });
  });
  it('a cue match overlapping one of its exclusions is dropped, the cue’s other matches stay', () => {
    expectParts(run([p], 'Call the hotline number for the fee.'), { fired: { 'en.debt_bondage.fee': [[6, 7]] }, awareness: {} });
    expectParts(run([p], 'The hotline number. The hotline has the fee.'), {
      fired: {}, reported: { 'en.debt_bondage.fee': [[7, 8]] }, awareness: { 'en.awareness.hotline': [[4, 5]] },
    });
  });
  it('an exclusion that only touches the cue match drops nothing', () => {
    expectParts(run([p], 'Toll hotline for the fee.'), { fired: {}, awareness: { 'en.awareness.hotline': [[1, 2]] } });
  });
  it('a cue match is dropped when any exclusion overlaps it, not only when all do', () => {
    expect(run([p], 'The hotline number. Toll free. The hotline has the fee.').awareness).toEqual({ 'en.awareness.hotline': [[6, 7]] });
  });
  it('an exclusion without its cue is no cue', () => {
    const ev = run([p], 'Toll free, the fee.');
    expect(ev.fired).toEqual({ 'en.debt_bondage.fee': [[3, 4]] });
    expect(ev.awareness).toEqual({});
  });
  it('an exclusion of one cue does not drop another cue', () => {
    expect(run([p], 'Police said: hotline number and fee.').awareness).toEqual({ 'en.awareness.police': [[0, 2]] });
  });
});

/** An entity over the first occurrence of `sub` in `text`. */
const entity = (text: string, sub: string, fields: Record<string, unknown>): Entity => {
  const start = text.indexOf(sub);
  if (start < 0) throw new Error(`"${sub}" is not in "${text}"`);
  return { text: sub, start, end: start + sub.length, value: sub, ...fields } as Entity;
};
const phone = { type: 'phone', international: false, valid: true, obscured: true, obfuscation: ['words'] };
const handle = { type: 'handle', platform: 'telegram', kind: 'username', via: 'mention' };
const wallet = { type: 'wallet', chain: 'bitcoin', format: 'bech32', checksum: 'valid' };
const age = (value: number, more: Record<string, unknown> = {}) => ({ type: 'age', value, written: false, ...more });
const price = (amount: number) => ({ type: 'price', amount, currency: 'EUR', period: 'month' });

describe('entity detectors', () => {
  const detectors = ['obscured_phone', 'messenger_handle', 'crypto_wallet', 'implausible_wage', 'minor_age', 'stated_minor_age'];
  const all = pack('en', detectors.map((d) => rule('en', d, { detector: d })));
  const firing = (text: string, sub: string, fields: Record<string, unknown>) => Object.keys(run([all], text, { entities: [entity(text, sub, fields)] }).fired);
  it('each reads its kind of entity', () => {
    const text = 'call five five one two, write annajob, pay to bc1qxyz, earn 9000 euro a month, girl aged 16';
    expect(run([all], text, {
      entities: [
        entity(text, 'five five one two', phone), entity(text, 'annajob', handle), entity(text, 'bc1qxyz', wallet),
        entity(text, '9000 euro a month', price(9000)), entity(text, '16', age(16)),
      ],
    }).fired).toEqual({
      'en.debt_bondage.obscured_phone': [[1, 5]],
      'en.debt_bondage.messenger_handle': [[6, 7]],
      'en.debt_bondage.crypto_wallet': [[9, 10]],
      'en.debt_bondage.implausible_wage': [[11, 15]],
      'en.debt_bondage.minor_age': [[17, 18]],
      'en.debt_bondage.stated_minor_age': [[17, 18]],
    });
  });
  it('a phone written plainly, a fair wage and other kinds of entity fire nothing', () => {
    expect(firing('call 5551234', '5551234', { ...phone, obscured: false, obfuscation: [] })).toEqual([]);
    expect(firing('earn 2000 euro a month', '2000 euro a month', price(2000))).toEqual([]);
    expect(firing('mail anna at example dot com', 'anna at example dot com', { type: 'email', obscured: true })).toEqual([]);
    expect(firing('phone 5551234', '5551234', { ...handle, kind: 'phone' })).toEqual(['en.debt_bondage.messenger_handle']);
  });
  it('an age under 18 is a minor age; a lower bound of who may apply is not a stated one', () => {
    expect(firing('aged 17', '17', age(17))).toEqual(['en.debt_bondage.minor_age', 'en.debt_bondage.stated_minor_age']);
    expect(firing('aged 18', '18', age(18))).toEqual([]);
    expect(firing('from 16', '16', age(16, { atLeast: true }))).toEqual(['en.debt_bondage.minor_age']);
    expect(firing('aged 15-17', '15-17', age(15, { min: 15, max: 17 }))).toEqual(['en.debt_bondage.minor_age', 'en.debt_bondage.stated_minor_age']);
    expect(firing('aged 16-18', '16-18', age(16, { min: 16, max: 18 }))).toEqual([]);
    expect(firing('aged 16-25', '16-25', age(16, { min: 16, max: 25 }))).toEqual([]);
  });
  it('cover every token the entity reaches into, and fire nothing for an entity over no token', () => {
    const p = pack('en', [rule('en', 'handle', { detector: 'messenger_handle' })]);
    const text = 'write anna99 now, then go'; // write anna 99 now then go
    const spans = (start: number, end: number) => run([p], text, { entities: [{ ...handle, value: 'x', text: text.slice(start, end), start, end } as Entity] }).fired;
    expect(spans(8, 14)).toEqual({ 'en.debt_bondage.handle': [[1, 4]] }); // "na99 n"
    expect(spans(6, 12)).toEqual({ 'en.debt_bondage.handle': [[1, 3]] }); // exactly "anna99"
    expect(spans(5, 13)).toEqual({ 'en.debt_bondage.handle': [[1, 3]] }); // with the spaces around it
    expect(spans(10, 12)).toEqual({ 'en.debt_bondage.handle': [[2, 3]] }); // "99"
    expect(spans(9, 10)).toEqual({ 'en.debt_bondage.handle': [[1, 2]] }); // the last "a" of "anna"
    expect(spans(6, 10)).toEqual({ 'en.debt_bondage.handle': [[1, 2]] }); // "anna", which "99" touches
    expect(spans(0, 10)).toEqual({ 'en.debt_bondage.handle': [[0, 2]] }); // "write anna"
    expect(spans(0, 1)).toEqual({ 'en.debt_bondage.handle': [[0, 1]] });
    expect(spans(24, 25)).toEqual({ 'en.debt_bondage.handle': [[5, 6]] });
    expect(spans(16, 18)).toEqual({}); // ", "
    expect(spans(12, 13)).toEqual({}); // " "
    expect(spans(25, 25)).toEqual({});
  });
  it('read every entity, whatever their order', () => {
    const p = pack('en', [rule('en', 'handle', { detector: 'messenger_handle' })]);
    const text = 'annajob or bobby or carla';
    const entities = ['carla', 'annajob', 'bobby'].map((h) => entity(text, h, handle));
    expect(run([p], text, { entities }).fired).toEqual({ 'en.debt_bondage.handle': [[0, 1], [2, 3], [4, 5]] });
  });
  it('fire only in an active pack; the rules of two packs read the same entity', () => {
    const en = pack('en', [rule('en', 'handle', { detector: 'messenger_handle' })]);
    const fr = pack('fr', [rule('fr', 'handle', { detector: 'messenger_handle' })]);
    const text = 'write ghost annajob';
    const entities = [entity(text, 'ghost', { type: 'email', obscured: false }), entity(text, 'annajob', handle)];
    expect(run([en, fr], text, { entities }).fired).toEqual({ 'en.debt_bondage.handle': [[2, 3]], 'fr.debt_bondage.handle': [[2, 3]] });
    expect(run([en, fr], text, { entities, active: ['fr'] }).fired).toEqual({ 'fr.debt_bondage.handle': [[2, 3]] });
  });
  it('take near, unlessNear and negation like patterns do', () => {
    const p = pack('en', [rule('en', 'handle', {
      detector: 'messenger_handle', near: [{ patterns: ['write'], window: 3 }], unlessNear: [{ patterns: ['police'], window: 3 }],
    })]);
    const at = (text: string) => run([p], text, { entities: [entity(text, 'annajob', handle)] });
    expect(at('write to annajob').fired).toEqual({ 'en.debt_bondage.handle': [[2, 3], [0, 1]] });
    expect(at('talk to annajob').fired).toEqual({});
    expect(at('write to annajob police').fired).toEqual({});
    expectParts(at('write no annajob'), { fired: {}, negated: { 'en.debt_bondage.handle': [[2, 3]] } });
  });
});

describe('detectorsOf', () => {
  it('lists the entity and log detectors in rule order, once per ruleset', () => {
    const compiled = compileRules([
      pack('en', [rule('en', 'fee', { patterns: ['fee'] }), rule('en', 'age', { detector: 'minor_age' })]),
      pack('xx', [rule('xx', 'zw', { detector: 'zero_width' }), rule('xx', 'wallet', { detector: 'crypto_wallet' }), rule('xx', 'leet', { detector: 'leetspeak' })]),
    ]);
    const d = detectorsOf(compiled);
    expect(d).toEqual({
      entity: [{ owner: 1, detector: 'minor_age', pack: 'en' }, { owner: 3, detector: 'crypto_wallet', pack: 'xx' }],
      log: [{ owner: 2, detector: 'zero_width' }, { owner: 4, detector: 'leetspeak' }],
    });
    expect(detectorsOf(compiled)).toBe(d);
  });
});

describe('detectors of the normalisation log', () => {
  const xx = (extra: Record<string, unknown>[] = []) => pack('xx', [
    rule('xx', 'zero_width', { detector: 'zero_width' }), rule('xx', 'homoglyphs', { detector: 'homoglyphs' }),
    rule('xx', 'leetspeak', { detector: 'leetspeak' }), rule('xx', 'spaced', { detector: 'spaced_letters' }),
    rule('xx', 'fancy', { detector: 'fancy_unicode' }), ...extra,
  ]);
  it('zero-width characters and homoglyphs count wherever they are', () => {
    const text = 'pass\u200bport and p\u0430ypal here';
    expect(run([xx()], text).detected).toEqual({ 'xx.debt_bondage.zero_width': ['pass\u200bport'], 'xx.debt_bondage.homoglyphs': ['p\u0430ypal'] });
  });
  it('leetspeak, spaced letters and fancy letters count only in the words of a fired rule', () => {
    const job = rule('xx', 'job', { patterns: ['job'] });
    const text = 'n3w j0b, w0rk, c.a.s.h j.o.b, ｊｏｂ ｎｏｗ';
    expect(run([xx()], text).detected).toEqual({});
    expect(run([xx([job])], text).detected).toEqual({
      'xx.debt_bondage.leetspeak': ['j0b'], 'xx.debt_bondage.spaced': ['j.o.b'], 'xx.debt_bondage.fancy': ['ｊｏｂ'],
    });
  });
  it('one span per token, in text order', () => {
    const words = rule('xx', 'words', { patterns: ['j.o.b ..3 work', 'new job'] });
    expect(run([xx([words])], 'n3w j0b here, j.o.b w.o.r.k 4 you').detected).toEqual({
      'xx.debt_bondage.leetspeak': ['n3w', 'j0b'], 'xx.debt_bondage.spaced': ['j.o.b', 'w.o.r.k'],
    });
  });
  it('a fold at the edge of a word marks only that word, not the emoji touching it', () => {
    expect(run([xx()], 'pay\u0430💰 now').detected).toEqual({ 'xx.debt_bondage.homoglyphs': ['pay\u0430'] });
    expect(run([xx()], '💰\u0430pple now').detected).toEqual({ 'xx.debt_bondage.homoglyphs': ['\u0430pple'] });
  });
  it('only spaced letters join touching words into one span', () => {
    const price = rule('xx', 'price', { patterns: ['#num euro'] });
    expect(run([xx([price])], '５００ｅｕｒｏ a month').detected).toEqual({ 'xx.debt_bondage.fancy': ['５００', 'ｅｕｒｏ'] });
  });
  it('report nothing without a fold of their kind', () => {
    const job = rule('xx', 'job', { patterns: ['job'] });
    expect(run([xx([job])], 'a job here').detected).toEqual({});
  });
});

describe('rule logic reads every rule, cue and pack by its own index', () => {
  // A negation cue's and an awareness cue's index is their pack's or cue's, not a rule's:
  // rule 0 here never matches, so nothing of index 0 may be dropped as "cannot fire".
  const rules = [rule('en', 'deposit', { patterns: ['deposit'] }), rule('en', 'fee', { patterns: ['fee'] })];
  it('a cue of pack 0 negates a match of rule 1', () => {
    expectParts(run([pack('en', rules)], 'no fee'), { fired: {}, negated: { 'en.debt_bondage.fee': [[1, 2]] } });
  });
  it('awareness cue 0 frames the sentence of a match of rule 1', () => {
    const p = pack('en', rules, { awareness: [awarenessCue('police', ['police said'])] });
    expectParts(run([p], 'Police said the fee was high.'), { fired: {}, reported: { 'en.debt_bondage.fee': [[3, 4]] } });
  });
});

describe('near and unlessNear, more', () => {
  it('measure the window from each context match, however long another one is', () => {
    const unless = pack('en', [rule('en', 'fee', { patterns: ['fee'], unlessNear: [{ patterns: ['refund', 'full refund'], window: 2 }] })]);
    expect(run([unless], 'full refund one two three four refund one two three fee').fired).toEqual({ 'en.debt_bondage.fee': [[10, 11]] });
    const near = pack('en', [rule('en', 'kidney', { patterns: ['kidney'], near: [{ patterns: ['sale', 'cash sale'], window: 2 }] })]);
    expect(run([near], 'cash sale one two three four sale one two three kidney').fired).toEqual({});
  });
  it('a context overlapping the match is at distance 0, and ties still go to the earlier', () => {
    const p = pack('en', [rule('en', 'kidney', { patterns: ['kidney for sale'], near: [{ patterns: ['sale', 'cash'], window: 2 }] })]);
    expect(run([p], 'cash kidney for sale').fired).toEqual({ 'en.debt_bondage.kidney': [[1, 4], [0, 1]] });
    expect(run([p], 'kidney for sale').fired).toEqual({ 'en.debt_bondage.kidney': [[0, 3], [2, 3]] });
  });
  it('a rule that is not negatable still needs its context', () => {
    const p = pack('en', [rule('en', 'kidney', { patterns: ['kidney'], negatable: false, near: [{ patterns: ['sale'], window: 3 }] })], { negation: { window: 3, cues: [] } });
    expect(run([p], 'kidney here').fired).toEqual({});
    expect(run([p], 'kidney sale').fired).toEqual({ 'en.debt_bondage.kidney': [[0, 1], [1, 2]] });
  });
  it('a long context that starts near the match counts even when a shorter one inside it is too far', () => {
    const p = pack('en', [rule('en', 'kidney', { patterns: ['kidney'], near: [{ patterns: ['sale', 'cash ..4 today'], window: 2 }] })]);
    expect(run([p], 'kidney one cash two three sale four today').fired).toEqual({ 'en.debt_bondage.kidney': [[0, 1], [2, 8]] });
  });
  it('a cue that a non-negatable rule spells out never negates the unlessNear context of another rule', () => {
    const fee = rule('en', 'fee', { patterns: ['fee'], unlessNear: [{ patterns: ['papers'], window: 5 }] });
    const spelled = rule('en', 'papers', { patterns: ['no papers'], negatable: false });
    expect(run([pack('en', [fee, spelled])], 'fee no papers').fired).toEqual({ 'en.debt_bondage.papers': [[1, 3]] });
    expect(run([pack('en', [fee])], 'fee no papers').fired).toEqual({ 'en.debt_bondage.fee': [[0, 1]] });
  });
});

describe('a cue next to a non-negatable rule’s match', () => {
  const fee = rule('en', 'fee', { patterns: ['fee'] });
  it('is not part of it, and still negates what follows', () => {
    const p = pack('en', [rule('en', 'papers', { patterns: ['papers'], negatable: false }), fee]);
    expectParts(run([p], 'no papers fee'), { fired: { 'en.debt_bondage.papers': [[1, 2]] }, negated: { 'en.debt_bondage.fee': [[2, 3]] } });
  });
  it('is a negation again when the rule’s word comes back right after its match', () => {
    const p = pack('en', [rule('en', 'papers', { patterns: ['no papers'], negatable: false }), fee]);
    expectParts(run([p], 'no papers no fee'), { fired: { 'en.debt_bondage.papers': [[0, 2]] }, negated: { 'en.debt_bondage.fee': [[3, 4]] } });
  });
  it('inside another rule’s gap, a cue that a non-negatable rule spells out negates nothing', () => {
    const p = pack('en', [rule('en', 'papers', { patterns: ['no papers'], negatable: false }), rule('en', 'needed', { patterns: ['fee ..3 needed'] })]);
    expectParts(run([p], 'fee no papers needed'), { fired: { 'en.debt_bondage.papers': [[1, 3]], 'en.debt_bondage.needed': [[0, 4]] }, negated: {} });
  });
});

describe('hits in any order', () => {
  it('give the same evaluation as hits in text order', () => {
    const p = pack('en', [
      rule('en', 'kidney', { patterns: ['kidney'], near: [{ patterns: ['sale', 'sale today', 'cash ..4 today'], window: 2 }] }),
      rule('en', 'fee', { patterns: ['fee', 'placement fee'], exclusions: ['free placement', 'fee waived'], unlessNear: [{ patterns: ['refund', 'full refund'], window: 2 }] }),
    ], { negation: { window: 3, cues: ['no', 'do not ask'] } });
    for (const text of [
      'kidney one cash two three sale four today',
      'kidney one sale today',
      'sale one kidney two sale. kidney sale kidney',
      'placement fee, fee waived, free placement fee, fee one two three full refund',
      'do not ask one two three fee. no one fee. fee no',
    ]) {
      const inOrder = run([p], text);
      const reversed = run([p], text, { reverse: true });
      expect(inOrder.fired, text).not.toEqual({});
      // `fired` is in text order (its documented contract); `negated` lists what was dropped, in any order.
      expect(reversed.fired, text).toEqual(inOrder.fired);
      const sortedSpans = (m: Record<string, number[][] | undefined>) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k, [...(v ?? [])].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))]));
      expect(sortedSpans(reversed.negated), text).toEqual(sortedSpans(inOrder.negated));
    }
  });
});
