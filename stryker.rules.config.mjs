// Mutation testing of src/rules (`npm run mutation:rules`): see stryker.config.mjs.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation.rules.config.ts' },
  mutate: ['src/rules/{match,automaton,evaluate,pattern,lexicon,stem,compile}.ts'],
  jsonReporter: { fileName: 'reports/mutation/rules.json' },
  // A re-run tests again only the mutants whose code or covering tests changed. Static mutants
  // (module-level tables and regular expressions) have no covering tests and keep their old
  // result: after adding tests, measure with --force.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental-rules.json',
};
