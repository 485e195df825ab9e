// Mutation testing of the entity finders (`npm run mutation:entities`): see stryker.config.mjs.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation.entities.config.ts' },
  mutate: ['src/entities/**/*.ts'],
  jsonReporter: { fileName: 'reports/mutation/entities.json' },
  // Re-runs test again only the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental-entities.json',
};
