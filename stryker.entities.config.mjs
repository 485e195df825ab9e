// Mutation testing of the entity finders (`npm run mutation:entities`): see stryker.config.mjs.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation.entities.config.ts' },
  mutate: ['src/entities/**/*.ts'],
  jsonReporter: { fileName: 'reports/mutation/entities.json' },
  // A re-run tests again only the mutants whose code or covering tests changed. Static mutants
  // (module-level tables and regular expressions) have no covering tests and keep their old
  // result: after adding tests, measure with --force.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental-entities.json',
};
