// Mutation testing of src/normalize (`npm run mutation:normalize`): see stryker.config.mjs.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation.normalize.config.ts' },
  mutate: ['src/normalize/**/*.ts'],
  jsonReporter: { fileName: 'reports/mutation/normalize.json' },
  // A re-run tests again only the mutants whose code or covering tests changed. Static mutants
  // (module-level tables and regular expressions) have no covering tests and keep their old
  // result: after adding tests, measure with --force.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental-normalize.json',
};
