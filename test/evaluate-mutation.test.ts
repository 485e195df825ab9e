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
function run(packs: Pack[] | CompiledRuleset, text: string, options: { active?: PackId[]; entities?: Entity[] } = {}) {
  const compiled = Array.isArray(packs) ? compileRules(packs) : packs;
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized, text);
  const active = new Set<PackId>(options.active ?? compiled.packs.map((p) => p.pack));
  const ev = evaluate(matchTokens(tokens, compiled, active), tokens, compiled, active, normalized, options.entities);
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
    expect(run([p], 'no one two three fee')).toMatchObject({ fired: {}, negated: { 'en.debt_bondage.fee': [[4, 5]] } });
    expect(run([p], 'no one two three four fee')).toMatchObject({ fired: { 'en.debt_bondage.fee': [[5, 6]] }, negated: {} });
    expect(run([p], 'no fee')).toMatchObject({ fired: {}, negated: { 'en.debt_bondage.fee': [[1, 2]] } });
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
    expect(run([p], 'fee no paid')).toMatchObject({ fired: {}, negated: { 'en.debt_bondage.paid': [[0, 3]] } });
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
    expect(run([p], 'no fee')).toMatchObject({ fired: { 'en.debt_bondage.fee': [[1, 2]] }, negated: {} });
  });
});

describe('a negation word that a non-negatable rule spells out', () => {
  const fee = rule('en', 'fee', { patterns: ['fee'] });
  const needed = rule('en', 'needed', { patterns: ['needed'] });
  it('is part of that cue, not a negation of what follows it', () => {
    const p = pack('en', [rule('en', 'papers', { patterns: ['no papers'], negatable: false }), fee]);
    expect(run([p], 'no papers fee')).toMatchObject({ fired: { 'en.debt_bondage.papers': [[0, 2]], 'en.debt_bondage.fee': [[2, 3]] }, negated: {} });
  });
  it('still negates a match inside that rule’s own span', () => {
    const p = pack('en', [rule('en', 'placement', { patterns: ['no placement fee'], negatable: false }), fee]);
    expect(run([p], 'no placement fee')).toMatchObject({ fired: { 'en.debt_bondage.placement': [[0, 3]] }, negated: { 'en.debt_bondage.fee': [[2, 3]] } });
  });
  it('reaches to the end of the longest rule that spells it out', () => {
    const p = pack('en', [
      rule('en', 'short', { patterns: ['no papers'], negatable: false }),
      rule('en', 'long', { patterns: ['no papers needed'], negatable: false }),
      needed,
    ]);
    expect(run([p], 'no papers needed')).toMatchObject({
      fired: { 'en.debt_bondage.short': [[0, 2]], 'en.debt_bondage.long': [[0, 3]] },
      negated: { 'en.debt_bondage.needed': [[2, 3]] },
    });
  });
  it('a cue that only a gap of the rule took in still negates what follows', () => {
    const p = pack('en', [rule('en', 'papers', { patterns: ['papers ..2 needed'], negatable: false }), fee]);
    expect(run([p], 'papers no needed fee')).toMatchObject({ fired: { 'en.debt_bondage.papers': [[0, 3]] }, negated: { 'en.debt_bondage.fee': [[3, 4]] } });
  });
  it('a negatable rule that spells the cue out does not take it in', () => {
    const p = pack('en', [rule('en', 'deposit', { patterns: ['no deposit'] }), fee]);
    expect(run([p], 'no deposit fee')).toMatchObject({ fired: { 'en.debt_bondage.deposit': [[0, 2]] }, negated: { 'en.debt_bondage.fee': [[2, 3]] } });
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
    expect(run([p(5)], 'no fee refund')).toMatchObject({ fired: {}, negated: { 'en.debt_bondage.fee': [[1, 2]] } });
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
