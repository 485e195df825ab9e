// Mutation testing of src/rules (`npm run mutation:rules`): see stryker.config.mjs.
import base from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  vitest: { configFile: 'vitest.mutation.rules.config.ts' },
  mutate: ['src/rules/{match,automaton,evaluate,pattern,lexicon,stem,list,compile}.ts'],
  jsonReporter: { fileName: 'reports/mutation/rules.json' },
  // Re-runs test again only the mutants whose code or covering tests changed.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental-rules.json',
};
