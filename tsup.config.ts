import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: false,
  clean: true,
  shims: true,
  target: 'node20',
  // franc and its helpers are ESM-only: bundle them so the CommonJS build needs no require(esm).
  noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
});
