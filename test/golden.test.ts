import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { goldenLines } from '../scripts/golden.js';

// The golden file freezes the JSON of every assessment of every fixture, blind-set ad and
// sample record (scripts/golden.ts). A change that must not change behaviour (the hot path)
// reproduces it byte for byte; one that does regenerates it (`npx tsx scripts/golden.ts`) in
// its own commit, saying which assessments changed and why.
const file = join(import.meta.dirname, 'golden', 'assessments.jsonl.gz');

describe('golden assessments', () => {
  it('the engine reproduces every assessment of the golden file', () => {
    expect(existsSync(file), 'test/golden/assessments.jsonl.gz is missing: run npx tsx scripts/golden.ts').toBe(true);
    const want = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const got = goldenLines();
    const differ: string[] = [];
    for (let i = 0; i < Math.max(want.length, got.length); i++) {
      if (want[i] !== got[i]) differ.push((JSON.parse(got[i] ?? want[i] ?? '{}') as { id?: string }).id ?? `#${i}`);
    }
    expect(differ, `${differ.length} assessments differ from the golden file (run npx tsx scripts/golden.ts --check; regenerate in a commit of its own if the change is meant)`).toEqual([]);
  }, 300_000);
});
