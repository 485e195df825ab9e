/**
 * Copies the data files the library reads at run time (src/rules/generated/builtin.json and src/model/generated/wording.json, see
 * src/data.ts) into dist/, beside the bundle that reads them. Compiles the built-in packs once and writes the result where the library looks for it
 * (src/rules/generated/ruleset.v8 for the sources, dist/ruleset.v8 for the package), so an
 * assessor starts without compiling. Run by `npm run build` after tsup; the file is generated,
 * not committed. See src/rules/precompiled.ts.
 *
 *   npx tsx scripts/build-compiled.ts
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compileRules } from '../src/rules/compile.js';
import { BUILTIN_PACKS, RULESET } from '../src/rules/generated/builtin.js';
import { compilerSourcesHash, encodeCompiled, loadPrecompiled, PRECOMPILED_FILE } from '../src/rules/precompiled.js';

const root = join(import.meta.dirname, '..');
/** Data files read through `readDataFile` (src/data.ts): source → name in dist/. */
const DATA_FILES = [join('src', 'rules', 'generated', 'builtin.json'), join('src', 'model', 'generated', 'wording.json')];
if (existsSync(join(root, 'dist'))) {
  for (const file of DATA_FILES) copyFileSync(join(root, file), join(root, 'dist', basename(file)));
}
const t0 = performance.now();
const compiled = compileRules(BUILTIN_PACKS);
const bytes = encodeCompiled(compiled, RULESET.sha256, compilerSourcesHash(join(root, 'src')));
const targets = [join(root, 'src', 'rules', 'generated', PRECOMPILED_FILE)];
if (existsSync(join(root, 'dist'))) targets.push(join(root, 'dist', PRECOMPILED_FILE));
for (const file of targets) {
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, bytes);
}
if (!loadPrecompiled(BUILTIN_PACKS, RULESET.sha256)) {
  process.stderr.write('build-compiled: the file just written does not load back\n');
  process.exit(1);
}
process.stdout.write(
  `build-compiled: ${compiled.rules.length} rules, ${compiled.automaton.nodeCount} automaton states, ${(bytes.length / 1e6).toFixed(1)} MB → ${targets.map((t) => t.slice(root.length + 1)).join(', ')} (${Math.round(performance.now() - t0)} ms)\n`,
);
