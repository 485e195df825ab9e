/** `score` on corpora: formats, errors mid-stream, order with workers, shards, resume, pipes. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonl, requireBuiltCli, runCli, runShell, syntheticAds, tempDir, toJsonl, CLI } from './helpers/cli.js';
import { SCHEMA_VERSION } from '../src/schema.js';

const tmp = tempDir();
const ads = syntheticAds(300);
const jsonl = join(tmp.dir, 'ads.jsonl');
let whole: Record<string, unknown>[];

beforeAll(() => {
  requireBuiltCli();
  writeFileSync(jsonl, toJsonl(ads));
  const r = runCli(['score', jsonl, '--workers', '1', '--summary', join(tmp.dir, 'whole.json')]);
  expect(r.code).toBe(0);
  whole = parseJsonl(r.stdout);
});
afterAll(() => tmp.cleanup());

const ids = (records: Record<string, unknown>[]): unknown[] => records.map((r) => r.id);

describe('score', () => {
  it('writes one { id, ...assessment } per JSONL record, in order', () => {
    expect(ids(whole)).toEqual(ads.map((a) => a.id));
    const first = whole[0] as { score: number; level: string; signals: unknown[]; schemaVersion: string };
    expect(first.schemaVersion).toBe(SCHEMA_VERSION);
    expect(typeof first.score).toBe('number');
    expect(Array.isArray(first.signals)).toBe(true);
  });

  it('reads stdin as JSONL, with dot paths and line numbers as fallback ids', () => {
    const input = toJsonl([{ ad: { body: 'Agency keeps your passport.' } }, { ad: { body: 'Gardener wanted.' }, ref: 'r-2' }]);
    const r = runCli(['score', '--text-field', 'ad.body', '--id-field', 'ref', '--keep-fields', 'ref'], { input });
    expect(r.code).toBe(0);
    const out = parseJsonl(r.stdout);
    expect(ids(out)).toEqual([1, 'r-2']);
    expect(out[1]?.fields).toEqual({ ref: 'r-2' });
  });

  it('reads CSV by extension and from stdin with --input-format csv', () => {
    const csv = 'ad_id,body,site\nc1,"Agency keeps your passport, WhatsApp only +1 555 0142",example.com\nc2,"Cleaner wanted, mornings",example.com\n';
    const file = join(tmp.dir, 'ads.csv');
    writeFileSync(file, csv);
    const a = runCli(['score', file, '--text-field', 'body', '--id-field', 'ad_id']);
    const b = runCli(['score', '--input-format', 'csv', '--text-field', 'body', '--id-field', 'ad_id'], { input: csv });
    expect(a.code).toBe(0);
    expect(ids(parseJsonl(a.stdout))).toEqual(['c1', 'c2']);
    expect(b.stdout).toBe(a.stdout);
  });

  it('turns a malformed line in the middle into one error record and goes on (exit 1)', () => {
    const lines = toJsonl(ads.slice(0, 20)).split('\n');
    lines.splice(10, 0, '{"id": "bad", text: oops');
    const r = runCli(['score'], { input: lines.join('\n') });
    expect(r.code).toBe(1);
    const out = parseJsonl(r.stdout);
    expect(out).toHaveLength(21);
    const errors = out.filter((o) => o.error);
    expect(errors).toEqual([{ id: 11, line: 11, error: { code: 'invalid_json', message: expect.any(String) } }]);
    expect(ids(out.filter((o) => !o.error))).toEqual(ads.slice(0, 20).map((a) => a.id));
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a record without text as an error record', () => {
    // With --text-field: without it, the first record's "body" would be taken as the text field.
    const r = runCli(['score', '--text-field', 'text'], { input: toJsonl([{ id: 'x', body: 'no text field' }, { id: 'y', text: 'ok' }]) });
    expect(r.code).toBe(1);
    const [x, y] = parseJsonl(r.stdout);
    expect((x?.error as { code: string }).code).toBe('invalid_record');
    expect(y?.id).toBe('y');
  });

  it('keeps input order with several workers and small batches', () => {
    const r = runCli(['score', jsonl, '--workers', '2', '--batch-size', '7']);
    expect(r.code).toBe(0);
    expect(parseJsonl(r.stdout)).toEqual(whole);
  });

  it('--fail-on flagged exits 1 when a record is flagged', () => {
    const r = runCli(['score', jsonl, '--fail-on', 'flagged', '-o', join(tmp.dir, 'f.jsonl')]);
    expect(whole.some((w) => w.flagged)).toBe(true);
    expect(r.code).toBe(1);
  });
});

describe('CSV output', () => {
  it('has one column per category and escapes cells that could run as formulas', () => {
    const input = toJsonl([
      { id: '=HYPERLINK("http://example.com","x")', text: 'Agency keeps your passport.', note: '+1 555 0100' },
      { id: '@sum', text: '-Cleaner wanted', note: '-2' },
    ]);
    const r = runCli(['score', '--format', 'csv', '--keep-fields', 'note'], { input });
    expect(r.code).toBe(0);
    const [header, row1, row2] = r.stdout.split('\n');
    expect(header).toMatch(/^id,fields\.note,score,level,flagged,language,deceptive_recruitment,/);
    expect(header).toContain('signals,top_evidence,warnings,error');
    expect(row1?.startsWith(`"'=HYPERLINK(""http://example.com"",""x"")",'+1 555 0100,`)).toBe(true);
    expect(row2?.startsWith("'@sum,'-2,")).toBe(true);
    for (const line of r.stdout.trim().split('\n')) expect(line).not.toMatch(/(^|,)[=+\-@]/);
  });
});

describe('shards and summaries', () => {
  it('two --shard halves split the records and their summaries merge to the whole', () => {
    const parts = [1, 2].map((i) => {
      const summary = join(tmp.dir, `half-${i}.json`);
      const r = runCli(['score', jsonl, '--shard', `${i}/2`, '--summary', summary, '--workers', String(i)]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/records\s+\d+/);
      return { out: parseJsonl(r.stdout), summary };
    });
    const [a, b] = parts as [(typeof parts)[0], (typeof parts)[0]];
    expect(a.out.length).toBeGreaterThan(0);
    expect(b.out.length).toBeGreaterThan(0);
    expect(a.out.length + b.out.length).toBe(ads.length);
    expect(new Set([...ids(a.out), ...ids(b.out)]).size).toBe(ads.length);

    const merged = runCli(['merge-summaries', a.summary, b.summary]);
    expect(merged.code).toBe(0);
    const wholeSummary = readFileSync(join(tmp.dir, 'whole.json'), 'utf8');
    expect(JSON.parse(merged.stdout)).toEqual(JSON.parse(wholeSummary));
    expect(merged.stdout).toBe(wholeSummary);
  });

  it('counts records, levels, a 20-bin histogram, categories, rules, languages, ruleset and options', () => {
    const s = JSON.parse(readFileSync(join(tmp.dir, 'whole.json'), 'utf8')) as {
      records: number; scored: number; errors: number; truncated: number;
      levels: Record<string, number>; histogram: { bins: number; counts: number[] };
      categories: Record<string, number>; rules: Record<string, number>; languages: Record<string, number>;
      ruleset: { sha256: string }; options: { flagLevel: string; textField: string }; shard: unknown;
    };
    expect(s.records).toBe(ads.length);
    expect(s.scored).toBe(ads.length);
    expect(s.errors).toBe(0);
    expect(s.truncated).toBe(0);
    expect(Object.values(s.levels).reduce((x, y) => x + y, 0)).toBe(ads.length);
    expect(s.histogram.bins).toBe(20);
    expect(s.histogram.counts.reduce((x, y) => x + y, 0)).toBe(ads.length);
    expect(Object.keys(s.categories)).toHaveLength(15);
    expect(Object.keys(s.rules).length).toBeGreaterThan(0);
    expect(s.languages.en).toBeGreaterThan(0);
    expect(s.ruleset.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(s.options).toMatchObject({ flagLevel: 'medium', textField: 'text' });
    expect(s.shard).toBeNull();
  });

  it('refuses to merge summaries made with different options', () => {
    const other = join(tmp.dir, 'high.json');
    runCli(['score', jsonl, '--flag-level', 'high', '--summary', other, '-o', join(tmp.dir, 'h.jsonl')]);
    const r = runCli(['merge-summaries', join(tmp.dir, 'whole.json'), other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/different options/);
  });
});

describe('--resume', () => {
  it('skips ids already in the output, cuts a partial last line and appends the rest', () => {
    const out = join(tmp.dir, 'resumed.jsonl');
    const full = toJsonl(whole).split('\n');
    // An interrupted run: 120 complete records and half of the next one.
    writeFileSync(out, `${full.slice(0, 120).join('\n')}\n${(full[120] ?? '').slice(0, 40)}`);
    const r = runCli(['score', jsonl, '-o', out, '--resume']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/120 records already in/);
    expect(parseJsonl(readFileSync(out, 'utf8'))).toEqual(whole);
  });

  it('works for CSV output without repeating the header', () => {
    const out = join(tmp.dir, 'resumed.csv');
    const complete = runCli(['score', jsonl, '--format', 'csv']).stdout;
    writeFileSync(out, complete.split('\n').slice(0, 51).join('\n') + '\n');
    const r = runCli(['score', jsonl, '--format', 'csv', '-o', out, '--resume']);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(complete);
  });
});

describe('pipes and limits', () => {
  it('ends quietly when the reader closes early (| head)', () => {
    const big = join(tmp.dir, 'big.jsonl');
    writeFileSync(big, toJsonl(syntheticAds(1000, 11)));
    for (const workers of ['1', '2']) {
      const r = runShell(`"${process.execPath}" "${CLI}" score "${big}" --workers ${workers} | head -n 3`);
      expect(r.code).toBe(0);
      expect(r.stdout.trim().split('\n')).toHaveLength(3);
      expect(r.stderr).not.toMatch(/EPIPE|Error|at /);
    }
  });

  it('turns a record over the time limit into a timeout error record, keeping the rest', () => {
    // The test hook makes records containing the marker spin; no timing of real records matters.
    const input = toJsonl([...ads.slice(0, 40), { id: 'stuck', text: 'STUCK_MARKER ad' }, ...ads.slice(40, 80)]);
    const r = runCli(['score', '--workers', '2', '--batch-size', '16', '--timeout', '3000'], {
      input,
      env: { TRAFFICKING_SIGNALS_TEST_HANG: 'STUCK_MARKER' },
    });
    expect(r.code).toBe(1);
    const out = parseJsonl(r.stdout);
    expect(ids(out)).toEqual([...ads.slice(0, 40).map((a) => a.id), 'stuck', ...ads.slice(40, 80).map((a) => a.id)]);
    expect(out[40]).toMatchObject({ id: 'stuck', error: { code: 'timeout' } });
    expect(out.filter((o) => o.error)).toHaveLength(1);
    expect(out.slice(0, 40)).toEqual(whole.slice(0, 40));
  });

  it('prints a readable table', () => {
    const r = runCli(['score', 'fixtures/sample.jsonl', '--format', 'table']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+LEVEL\s+SCORE\s+LANG\s+SIGNALS/);
    // Zero-width characters (obfuscated ads use them) take no column.
    for (const line of lines) expect(line.replace(/[\u200b-\u200f\u2060\ufeff\ufe0f]/g, '').length).toBeLessThanOrEqual(100);
  });
});
