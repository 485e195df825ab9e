// Mutation testing (`npm run mutation`): Stryker 9 with the vitest runner changes the code of
// the modules below one small edit at a time ("mutants") and checks that some test fails for
// each. The score per module is the share of mutants killed. Runs the fast tests only
// (vitest.mutation.config.ts); the report is written to reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // Each mutant of a module every assessment passes through runs every covering test (~15 s on
  // 2 cores): the normalisation modules (590 mutants) take over an hour, so the default run
  // mutates the scoring module; widen with --mutate, e.g. npm run mutation -- --mutate 'src/normalize/**/*.ts'.
  mutate: ['src/score/**/*.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 30_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
