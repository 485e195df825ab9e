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
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

const literals = files(root).flatMap(regexLiterals);

// Regexes built at run time from data (alternations of currency marks, TLDs, platform names)
// are captured by wrapping the RegExp constructor while the modules load and run.
const dynamic: { source: string; flags: string; where: string }[] = [];
const Original = globalThis.RegExp;
globalThis.RegExp = new Proxy(Original, {
  construct(target, args: [string | RegExp, string?]) {
    const re = new target(...args);
    // Only regexes our own modules build; a dependency's (libphonenumber's) run on short candidates we cut.
    // Stack: [0] "Error", [1] this trap, [2] whoever called `new RegExp`.
    const frame = new Error().stack?.split('\n')[2] ?? '';
    const caller = frame.includes('/src/') && !frame.includes('node_modules') ? frame : undefined;
    if (typeof args[0] === 'string' && caller) dynamic.push({ source: re.source, flags: re.flags, where: `new RegExp at ${caller.trim().replace(/^at /, '').slice(-60)}` });
    return re;
  },
});
try {
  const api = await import('../src/index.js');
  api.assess('Hostess job, $5000/month, WhatsApp +1 555 0142, wa.me/15550142, 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2, 19yo, Steam card, hr@example.com');
} finally {
  globalThis.RegExp = Original;
}
const seen = new Set<string>();
const all = [...literals, ...dynamic].filter((r) => {
  const key = `${r.flags}/${r.source}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
});

describe('ReDoS audit', () => {
  it('finds the shipped regexes', () => {
    expect(all.length).toBeGreaterThan(3);
  });
  for (const re of all) {
    it(`${re.where} /${re.source.slice(0, 80)}/${re.flags} is safe`, () => {
      const result = checkSync(re.source, re.flags.replace('g', ''), { timeout: 20_000 });
      expect(result.status, JSON.stringify(result)).toBe('safe');
    });
  }
});
