/**
 * The golden file: the JSON of every assessment of every fixture, every blind-set ad
 * (heldout/ and blind/*, except the running round's final batch until it is scored) and the bundled sample, with default options. An engine change that
 * must not change behaviour (the hot-path work) reproduces it byte for byte; one that does
 * change behaviour regenerates it in its own commit, saying which assessments changed and why.
 *
 *   npx tsx scripts/golden.ts           write test/golden/assessments.jsonl.gz
 *   npx tsx scripts/golden.ts --check   compare, list the ids whose assessment differs (exit 1)
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createAssessor } from '../src/index.js';
import { loadFixtures } from './lib/fixtures.js';
import { isUnscored } from './lib/untouched.js';

const root = join(import.meta.dirname, '..');
const file = join(root, 'test', 'golden', 'assessments.jsonl.gz');

/** Every text of the golden set, with a stable id, in a stable order. */
export function goldenTexts(): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = loadFixtures().map((f) => ({ id: f.id, text: f.text }));
  const dirs = [join(root, 'heldout')];
  const blind = join(root, 'blind');
  if (existsSync(blind)) {
    for (const d of readdirSync(blind).sort()) {
      // The running round's final batch (and the next round's) joins the golden file once scored.
      if (!isUnscored(d) && statSync(join(blind, d)).isDirectory()) dirs.push(join(blind, d));
    }
  }
  for (const dir of dirs) for (const f of loadFixtures(dir)) out.push({ id: f.id, text: f.text });
  for (const line of readFileSync(join(root, 'fixtures', 'sample.jsonl'), 'utf8').trim().split('\n')) {
    const row = JSON.parse(line) as { id: string; text: string };
    out.push({ id: `sample:${row.id}`, text: row.text });
  }
  return out;
}

/** The golden lines for the current engine (ages from years of birth counted as of 2026, so the file does not age). */
export function goldenLines(): string[] {
  const assessor = createAssessor({ referenceYear: 2026 });
  return goldenTexts().map(({ id, text }) => JSON.stringify({ id, assessment: assessor.assess(text) }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = goldenLines();
  if (process.argv.includes('--check')) {
    const want = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const differ: string[] = [];
    const n = Math.max(want.length, lines.length);
    for (let i = 0; i < n; i++) if (want[i] !== lines[i]) differ.push((JSON.parse(lines[i] ?? want[i] ?? '{}') as { id?: string }).id ?? `#${i}`);
    process.stdout.write(differ.length ? `${differ.length} of ${n} assessments differ: ${differ.slice(0, 50).join(', ')}\n` : `all ${n} assessments identical\n`);
    process.exit(differ.length ? 1 : 0);
  }
  mkdirSync(join(root, 'test', 'golden'), { recursive: true });
  writeFileSync(file, gzipSync(`${lines.join('\n')}\n`, { level: 9 }));
  process.stdout.write(`golden: ${lines.length} assessments → test/golden/assessments.jsonl.gz\n`);
}
