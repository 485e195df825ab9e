import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of `src/normalize` (`npm run mutation:normalize`):
 * the normalisation unit tests, which call normalizeText and tokenize directly and load no ruleset (a mutant of src/normalize makes the precompiled ruleset stale, so a test going through assess would compile the built-in packs again for every mutant).
 */
export default defineConfig({
  test: {
    include: ['test/normalize.test.ts', 'test/normalize-mutation.test.ts'],
    testTimeout: 60_000,
  },
});
