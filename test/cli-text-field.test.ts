/** `score` without --text-field: the text column is found from the first record, or the run stops naming the columns. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseTextField } from '../src/cli/run/text-field.js';
import { assess } from '../src/index.js';
import { parseJsonl, requireBuiltCli, runCli, tempDir, toJsonl } from './helpers/cli.js';

const tmp = tempDir();
beforeAll(() => requireBuiltCli());
afterAll(() => tmp.cleanup());

const AD = 'Hostess job in Dubai, agency keeps your passport, WhatsApp only +1 555 0142.';
const OTHER = 'Cleaner wanted, weekday mornings.';

describe('chooseTextField', () => {
  it('takes the one known name, in any case', () => {
    expect(chooseTextField(['id', 'body', 'site'])).toBe('body');
    expect(chooseTextField(['ad_id', 'Description'])).toBe('Description');
    expect(chooseTextField(['message'])).toBe('message');
  });
  it('refuses none or several, listing the fields', () => {
    expect(() => chooseTextField(['id', 'title'])).toThrow(/none of text, body, description, content, message, ad\. Fields of the first record: "id", "title"\. Name it with --text-field/);
    expect(() => chooseTextField(['text', 'body'])).toThrow(/several of .*"text", "body"/);
    expect(() => chooseTextField([])).toThrow(/Fields of the first record: none/);
  });
});

describe('score without --text-field', () => {
  it('reads a JSONL "body" field and says so on stderr', () => {
    const r = runCli(['score'], { input: toJsonl([{ id: 'a', body: AD, title: 'x' }, { id: 'b', body: OTHER }]) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/reading the ad text from field "body"/);
    const out = parseJsonl(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['a', 'b']);
    expect(out[0]?.score).toBe(assess(AD).score);
  });

  it('says which field it chose also when it is "text"', () => {
    const r = runCli(['score'], { input: toJsonl([{ id: 'a', text: AD }]) });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/reading the ad text from field "text"/);
  });

  it('finds a CSV column whatever its case', () => {
    const file = join(tmp.dir, 'ads.csv');
    writeFileSync(file, `ad_id,Description,site\nc1,"${AD}",example.com\nc2,"${OTHER}",example.com\n`);
    const r = runCli(['score', file, '--id-field', 'ad_id']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/field "Description"/);
    expect(parseJsonl(r.stdout).map((o) => [o.id, o.score])).toEqual([
      ['c1', assess(AD).score],
      ['c2', assess(OTHER).score],
    ]);
  });

  it('skips unreadable lines to find the field; they stay error records', () => {
    const input = `{"id": "bad", oops\n${toJsonl([{ id: 'a', content: AD }])}`;
    const r = runCli(['score'], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/field "content"/);
    const out = parseJsonl(r.stdout);
    expect(out[0]?.error).toMatchObject({ code: 'invalid_json' });
    expect(out[1]?.id).toBe('a');
  });

  it.each([
    ['JSONL with several candidates', toJsonl([{ id: 1, text: AD, body: OTHER }]), [], /several of .*Fields of the first record: "id", "text", "body"/],
    ['JSONL with none', toJsonl([{ id: 1, title: 'Job', html: AD }]), [], /none of .*Fields of the first record: "id", "title", "html"/],
    ['CSV with none', `ref,headline\n1,"${AD}"\n`, ['--input-format', 'csv'], /none of .*Fields of the first record: "ref", "headline"/],
  ])('stops with exit 2 and lists the columns: %s', (_what, input, args, message) => {
    const r = runCli(['score', ...(args as string[])], { input: input as string });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).toMatch(/--text-field/);
    expect(r.stdout).toBe('');
  });

  it('says nothing when --text-field is given, or when there is no record', () => {
    const given = runCli(['score', '--text-field', 'body'], { input: toJsonl([{ id: 'a', body: AD, text: OTHER }]) });
    expect(given.code).toBe(0);
    expect(given.stderr).toBe('');
    expect(parseJsonl(given.stdout)[0]?.score).toBe(assess(AD).score);
    const empty = runCli(['score'], { input: '' });
    expect(empty.code).toBe(0);
    expect(empty.stderr).toBe('');
  });
});
