import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of `src/rules` (`npm run mutation:rules`):
 * the rule-logic, rule-language and morphology tests, which compile one-rule packs of their own (milliseconds) instead of the built-in ruleset: a mutant of src/rules changes the compiler sources, so the precompiled ruleset would be stale and the built-in packs would be compiled again for every mutant (seconds).
 */
export default defineConfig({
  test: {
    include: ['test/rule-logic.test.ts', 'test/rule-language.test.ts', 'test/morphology.test.ts', 'test/rules-mutation.test.ts', 'test/evaluate-mutation.test.ts', 'test/automaton-mutation.test.ts', 'test/pattern-mutation.test.ts'],
    testTimeout: 60_000,
  },
});
