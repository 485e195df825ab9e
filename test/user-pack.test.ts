import { describe, expect, it } from 'vitest';
import { createAssessor, loadPack, parsePack, RULESET } from '../src/index.js';
import { errorOf } from './helpers/errors.js';

const rule = (over: Record<string, unknown> = {}) => ({
  id: 'acme.off_platform_contact.bird_app',
  category: 'off_platform_contact',
  weight: 0.4,
  description: 'Our platform’s code word for moving to a private app.',
  source: 'Acme trust-and-safety team, 2026',
  patterns: ['(blue|green) bird (app|@messenger)'],
  examples: { match: ['add me on the blue bird app'], noMatch: ['a blue bird'] },
  ...over,
});


describe('custom rule packs', () => {
  it('add rules that use their language’s and the shared lexicons, and stamp the ruleset', () => {
    const pack = parsePack({ pack: 'acme', language: 'en', rules: [rule()] });
    const r = createAssessor({ packs: [pack] }).assess('New girl, add me on the blue bird app');
    expect(r.signals.map((s) => s.ruleId)).toContain('acme.off_platform_contact.bird_app');
    expect(r.ruleset.sha256).toBe(RULESET.sha256);
    expect(r.ruleset.packs).toEqual([{ pack: 'acme', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(createAssessor().assess('add me on the blue bird app').ruleset.packs).toBeUndefined();
  });
  it('override the weight of a built-in rule and switch rules off', () => {
    const text = 'New in town, message me on WhatsApp';
    const plain = createAssessor().assess(text);
    const tuned = createAssessor({
      packs: [{ pack: 'acme', weights: { 'en.movement_transience.new_in_town': 0.05 }, disable: ['xx.off_platform_contact.messenger_name'] }],
    }).assess(text);
    expect(plain.signals.find((s) => s.ruleId === 'en.movement_transience.new_in_town')?.weight).toBeGreaterThan(0.05);
    expect(tuned.signals.find((s) => s.ruleId === 'en.movement_transience.new_in_town')?.weight).toBe(0.05);
    expect(tuned.signals.some((s) => s.ruleId === 'xx.off_platform_contact.messenger_name')).toBe(false);
  });
  it('are read from YAML or JSON text', () => {
    const yaml = loadPack(`
pack: acme
language: en
rules:
  - id: acme.off_platform_contact.bird_app
    category: off_platform_contact
    weight: 0.4
    description: Our platform's code word for moving to a private app.
    source: Acme trust-and-safety team, 2026
    patterns: ["(blue|green) bird app"]
    examples: { match: ["blue bird app"], noMatch: ["blue bird"] }
`);
    const json = loadPack(JSON.stringify({ pack: 'acme', language: 'en', rules: [rule({ patterns: ['(blue|green) bird app'], examples: { match: ['blue bird app'], noMatch: ['blue bird'] }, description: "Our platform's code word for moving to a private app." })] }));
    expect(json).toEqual(yaml);
  });
});

describe('custom packs are validated strictly, with coded errors naming the rule and field', () => {
  const cases: [string, () => unknown, RegExp][] = [
    ['an unknown key', () => parsePack({ pack: 'acme', rulez: [] }), /unrecognized key.*rulez|rulez/i],
    ['an unknown key in a rule', () => parsePack({ pack: 'acme', rules: [rule({ wieght: 1 })] }), /rule acme\.off_platform_contact\.bird_app.*wieght/],
    ['a bad rule id', () => parsePack({ pack: 'acme', rules: [rule({ id: 'Acme!' })] }), /rules\.0\.id|rule ids look like/],
    ['a rule id of another pack', () => parsePack({ pack: 'acme', rules: [rule({ id: 'other.off_platform_contact.x' })] }), /start with "acme\."/],
    ['a duplicate rule id', () => parsePack({ pack: 'acme', rules: [rule(), rule()] }), /used twice/],
    ['a built-in pack name', () => parsePack({ pack: 'en' }), /built-in pack/],
    ['a weight out of range', () => parsePack({ pack: 'acme', weights: { 'en.movement_transience.new_in_town': 2 } }), /weights/],
    ['an unknown rule in weights', () => createAssessor({ packs: [{ pack: 'acme', weights: { 'en.nope.nope': 0.5 } }] }), /unknown rule id.*en\.nope\.nope/],
    ['an unknown rule in disable', () => createAssessor({ packs: [{ pack: 'acme', disable: ['xx.nope.nope'] }] }), /unknown rule id.*xx\.nope\.nope/],
    ['a rule id the built-in packs use', () => createAssessor({ packs: [{ pack: 'acme', rules: [] }, { pack: 'acme', rules: [] }] }), /two packs are named "acme"/],
    ['an unknown lexicon', () => createAssessor({ packs: [{ pack: 'acme', language: 'en', rules: [rule({ patterns: ['@nope app'] })] }] }), /acme\.off_platform_contact\.bird_app.*unknown lexicon "@nope"/],
    ['a pattern that expands past the cap', () => createAssessor({ packs: [{ pack: 'acme', rules: [rule({ patterns: ['(a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d) (a b|c d)'] })] }] }), /acme\.off_platform_contact\.bird_app.*expands to over 2048/],
    ['__proto__ as a key', () => loadPack('{"pack": "acme", "__proto__": {"polluted": true}}'), /__proto__/],
    ['constructor as a key', () => parsePack({ pack: 'acme', rules: [{ ...rule(), constructor: { prototype: {} } }] }), /constructor/],
    ['text that is not YAML', () => loadPack('pack: [acme'), /not valid YAML/],
  ];
  it.each(cases)('%s', (_, fn, message) => {
    const err = errorOf(fn);
    expect(err?.code).toBe('invalid_pack');
    expect(err?.message).toMatch(message);
  });
  it('never changes Object.prototype, whatever the pack says', () => {
    for (const text of ['{"__proto__": {"polluted": 1}}', '__proto__:\n  polluted: 1\n', 'pack: acme\nweights:\n  __proto__: 0.5\n', 'constructor:\n  prototype:\n    polluted: 1\n']) {
      errorOf(() => loadPack(text));
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
  it('a pack given to createAssessor is validated the same way', () => {
    expect(errorOf(() => createAssessor({ packs: [{ pack: 'acme', rulez: [] }] }))?.code).toBe('invalid_pack');
  });
});
