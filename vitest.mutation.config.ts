import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant (`npm run mutation`): the unit, rule-logic and
 * recall tests that exercise normalisation and scoring in milliseconds. Subprocess, service,
 * benchmark-like and golden tests are left out so that a mutant costs seconds, not minutes.
 */
export default defineConfig({
  test: {
    include: [
      'test/normalize.test.ts',
      'test/normalize-evidence.test.ts',
      'test/rule-logic.test.ts',
      'test/rule-logic-builtin.test.ts',
      'test/rule-language.test.ts',
      'test/recall.test.ts',
      'test/assess.test.ts',
      'test/score.test.ts',
    ],
    testTimeout: 60_000,
  },
});
