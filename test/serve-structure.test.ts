/**
 * The service's code: every export of src/cli/serve documented with an @example, modules kept
 * small, and the service CLI-only (nothing outside src/cli imports it; the library's exports stay
 * as pinned in exports.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const serveDir = join(root, 'src', 'cli', 'serve');
const serveFiles = readdirSync(serveDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(serveDir, f));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('src/cli/serve', () => {
  it('documents every export with an @example', () => {
    const program = ts.createProgram(serveFiles, { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true, resolveJsonModule: true });
    const checker = program.getTypeChecker();
    const missing: string[] = [];
    for (const file of serveFiles) {
      const source = program.getSourceFile(file);
      const moduleSymbol = source && checker.getSymbolAtLocation(source);
      if (!moduleSymbol) continue;
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const tags = (exported.declarations ?? []).flatMap((d) => ts.getJSDocTags(d).map((t) => t.tagName.text));
        if (!tags.includes('example')) missing.push(`${relative(root, file)}: ${exported.name}`);
      }
    }
    expect(missing, `add TSDoc with an @example to: ${missing.join(', ')}`).toEqual([]);
  });

  it('keeps its modules small', () => {
    for (const file of serveFiles) {
      const lines = readFileSync(file, 'utf8').split('\n').length;
      expect(lines, relative(root, file)).toBeLessThan(200);
    }
  });

  it('is imported by nothing outside src/cli', () => {
    const outside = sourceFiles(join(root, 'src')).filter((f) => !f.startsWith(join(root, 'src', 'cli')));
    const importers = outside.filter((f) => /from\s+['"][^'"]*cli\//.test(readFileSync(f, 'utf8')));
    expect(importers.map((f) => relative(root, f))).toEqual([]);
  });

  it('reaches the library only through its public surface (src/index.ts)', () => {
    const deep = serveFiles.filter((f) => /from\s+['"]\.\.\/\.\.\/(?!index\.js['"])[^'"]+['"]/.test(readFileSync(f, 'utf8').replace(/\.\.\/\.\.\/\.\.\/package\.json/g, '')));
    expect(deep.map((f) => relative(root, f))).toEqual([]);
  });
});
