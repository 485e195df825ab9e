import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

const LIBRARY_ENTRY = resolve('src/index.js');

/** The CLI imports the library's public surface; at run time that is the built dist/index.js. */
const libraryAsSibling: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'library-as-sibling',
  setup(build) {
    build.onResolve({ filter: /index\.js$/ }, (args) =>
      resolve(args.resolveDir, args.path) === LIBRARY_ENTRY ? { path: './index.js', external: true } : undefined,
    );
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    // The CLI build below writes into dist/ at the same time: leave its files alone.
    clean: ['!cli.js', '!cli-worker.js', '!serve-worker.js'],
    shims: true,
    target: 'node20',
    // franc and its helpers are ESM-only: bundle them so the CommonJS build needs no require(esm).
    noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  },
  {
    // The command-line program (ESM only) and its worker threads, each a single file.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/run/worker.ts', 'serve-worker': 'src/cli/serve/worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: false,
    clean: false,
    splitting: false,
    target: 'node20',
    esbuildPlugins: [libraryAsSibling],
  },
]);
