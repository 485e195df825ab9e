import { join } from 'node:path';
import ts from 'typescript';
import { expect, it } from 'vitest';

// Every public export — values and types — carries TSDoc with an @example.
it('documents every export with an @example', () => {
  const entry = join(import.meta.dirname, '..', 'src', 'index.ts');
  const program = ts.createProgram([entry], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error('cannot read src/index.ts');
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = (symbol.declarations ?? []).flatMap((d) => ts.getJSDocTags(d).map((t) => t.tagName.text));
    if (!tags.includes('example')) missing.push(exported.name);
  }
  expect(missing, `add TSDoc with an @example to: ${missing.join(', ')}`).toEqual([]);
});
