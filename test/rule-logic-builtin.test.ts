import { describe, expect, it } from 'vitest';

// Rule logic seen through the built-in ruleset (assess). Kept apart from rule-logic.test.ts,
// whose one-rule packs compile in milliseconds, so that the mutation run of src/rules
// (vitest.mutation.rules.config.ts) does not compile the whole ruleset for every mutant.

describe('negation breaks and cues a rule spells out', () => {
  it('a contrast word ends a negation’s reach', async () => {
    const { assess } = await import('../src/index.js');
    const ids = (t: string) => assess(t, { language: 'en' }).signals.map((s) => s.ruleId);
    expect(ids('No placement fee and no salary deduction.')).not.toContain('en.debt_bondage.costs_deducted');
    expect(ids('No placement fee but salary deduction for the flight.')).toContain('en.debt_bondage.costs_deducted');
  });
  it('a cue spelled out by a non-negatable rule still negates inside that rule’s span, not after it', async () => {
    const { assess } = await import('../src/index.js');
    const r = assess('No placement fee but salary deduction for the flight.', { language: 'en' });
    expect(r.signals.map((s) => s.ruleId)).not.toContain('en.debt_bondage.recruitment_fee');
    expect(r.context.negated.map((n) => n.ruleId)).toContain('en.debt_bondage.recruitment_fee');
  });
});

describe('evidence order', () => {
  it("lists the rule's own match before the context that satisfied near", async () => {
    const { assess } = await import('../src/index.js');
    const r = assess('Incall or outcall, 150 roses. Call my manager to book.', { language: 'en' });
    const booker = r.signals.find((s) => s.ruleId === 'en.third_party_control.booker_manager');
    expect(booker?.evidence[0]?.text).toBe('Call my manager');
    expect(booker?.evidence.length).toBeGreaterThan(1); // the escort context comes after
  });
});
