import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// ReDoS audit: every regular expression literal shipped in src/ is checked with recheck.
// Rules themselves are not regexes (they compile to token sequences), so this covers all
// regexes that ever see ad text.
const root = join(import.meta.dirname, '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

function regexLiterals(path: string): { source: string; flags: string; where: string }[] {
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { source: string; flags: string; where: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(sf);
      const end = text.lastIndexOf('/');
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      out.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${relative(root, path)}:${line + 1}` });
    }
    if (ts.isNewExpression(node) && node.expression.getText(sf) === 'RegExp') {
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
      throw new Error(`${relative(root, path)}:${line + 1}: dynamic RegExp — use a literal so this audit can check it`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const all = files(root).flatMap(regexLiterals);

describe('ReDoS audit', () => {
  it('finds the shipped regexes', () => {
    expect(all.length).toBeGreaterThan(3);
  });
  for (const re of all) {
    it(`${re.where} /${re.source}/${re.flags} is safe`, () => {
      const result = checkSync(re.source, re.flags.replace('g', ''), { timeout: 10_000 });
      expect(result.status, JSON.stringify(result)).toBe('safe');
    });
  }
});
