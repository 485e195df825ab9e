// Mutation testing (`npm run mutation`): Stryker 9 with the vitest runner changes the code of
// the modules below one small edit at a time ("mutants") and checks that some test fails for
// each. The score per module is the share of mutants killed. Runs the fast tests only
// (vitest.mutation.config.ts); the report is written to reports/mutation/.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // The default run mutates the scoring module (about 2 minutes). The entity finders, the rule
  // engine and the normalisation steps have configs of their own that run only their unit tests
  // (npm run mutation:entities, mutation:rules, mutation:normalize: stryker.<module>.config.mjs);
  // a whole module is thousands of mutants (entities 4,691, rules 2,250, normalize 613; about
  // 2-4 s each with --concurrency 1), so measure a file at a time with a comma-separated list:
  // npm run mutation:entities -- --concurrency 1 --mutate 'src/entities/phone.ts'
  // (--mutate given twice keeps only the last one).
  mutate: ['src/score/**/*.ts'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 30_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
export default config;

/**
 * The configuration of one module's run (`npm run mutation:<name>`): only that module's unit
 * tests (`vitest.mutation.<name>.config.ts`), its own report, and incremental runs — a re-run
 * tests again only the mutants whose code or covering tests changed. Static mutants
 * (module-level tables and regular expressions) have no covering tests and keep their old
 * result: after adding tests, measure with --force.
 * @param {string} name
 * @param {string[]} mutate
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function moduleConfig(name, mutate) {
  return {
    ...config,
    vitest: { configFile: `vitest.mutation.${name}.config.ts` },
    mutate,
    jsonReporter: { fileName: `reports/mutation/${name}.json` },
    incremental: true,
    incrementalFile: `reports/stryker-incremental-${name}.json`,
  };
}
