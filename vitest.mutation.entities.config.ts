import { defineConfig } from 'vitest/config';

/**
 * The tests Stryker runs against each mutant of `src/entities` (`npm run mutation:entities`):
 * the entity tables and whole-ad tests, which call the entity finders directly (no ruleset, no
 * assessor) and take about a second.
 */
export default defineConfig({
  test: {
    include: ['test/entities.test.ts', 'test/entities-ads.test.ts', 'test/entities-mutation.test.ts', 'test/age-mutation.test.ts', 'test/email-mutation.test.ts', 'test/url-mutation.test.ts', 'test/wallet-mutation.test.ts', 'test/gift-card-mutation.test.ts', 'test/handle-mutation.test.ts', 'test/price-mutation.test.ts', 'test/wage-mutation.test.ts', 'test/number-words-mutation.test.ts', 'test/period-mutation.test.ts', 'test/tld-trim-mutation.test.ts'],
    testTimeout: 60_000,
  },
});
