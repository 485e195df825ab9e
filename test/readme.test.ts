import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Every TypeScript example in the README that imports the package must run as pasted, against
// the built package (resolved by name through package.json "exports").
const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((m) => m[1] as string)
  .filter((code) => code.includes("from 'trafficking-signals'"));
const dir = mkdtempSync(join(root, 'test', '.readme-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README examples', () => {
  it('exist', () => expect(blocks.length).toBeGreaterThan(1));
  blocks.forEach((code, i) => {
    it(`example ${i + 1} runs`, () => {
      const file = join(dir, `example-${i + 1}.mts`);
      writeFileSync(file, code);
      const tsx = join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs');
      expect(() =>
        execFileSync(process.execPath, ['--import', tsx, file], { cwd: root, encoding: 'utf8', stdio: 'pipe' }),
      ).not.toThrow();
    });
  });
});
