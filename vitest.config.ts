import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Also write a machine-readable result, from which .ci/run prints its closing count line.
    reporters: ['default', ['json', { outputFile: '.vitest-results.json' }]],
  },
});
