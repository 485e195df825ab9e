import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The same smoke test against the built package, through its own `exports` map (self-reference
// by package name), once as ESM and once as CommonJS. `npm test` builds dist/ first.
const root = join(import.meta.dirname, '..');
const AD = 'Hostess job abroad, placement fee required before travel, Telegram only, 150🌹 incall';

const SMOKE = `
  const ok = (c, m) => { if (!c) { console.error('FAIL: ' + m); process.exit(1); } };
  const r = api.assess(${JSON.stringify(AD)});
  ok(r.signals.length > 0, 'signals');
  ok(Object.keys(r.categories).length === 15, 'categories');
  ok(api.AssessmentSchema.safeParse(r).success, 'schema');
  for (const s of r.signals) for (const e of s.evidence) ok(${JSON.stringify(AD)}.slice(e.start, e.end) === e.text, 'evidence');
  ok(api.safeAssess(1).ok === false, 'safeAssess');
  ok(typeof api.createAssessor().assessBatch === 'function', 'assessor');
  ok(schema.title.includes('Assessment') && schema.properties.categories, 'json schema');
  console.log('smoke ok ' + r.level);
`;

function run(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe.each(['esm', 'cjs'])('dist (%s)', (kind) => {
  it('loads through the exports map, scores an ad and prints nothing else to stdout', () => {
    if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it first)');
    const out =
      kind === 'esm'
        ? run(['--input-type=module', '-e', `import * as api from 'trafficking-signals'; import { createRequire } from 'node:module'; const schema = createRequire(import.meta.url)('trafficking-signals/assessment.schema.json'); ${SMOKE}`])
        : run(['-e', `const api = require('trafficking-signals'); const schema = require('trafficking-signals/assessment.schema.json'); ${SMOKE}`]);
    expect(out.trim()).toMatch(/^smoke ok (none|low|medium|high)$/);
  });
});
