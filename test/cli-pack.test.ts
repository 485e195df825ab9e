/**
 * `--pack FILE` (repeatable) on `score`, `explain` and `serve`, run as subprocesses of the built
 * CLI: the packs reach the worker threads, every result names them in `ruleset.packs`, and a
 * bad pack is a usage error (exit 2) naming the file, and for a rule the rule and the field.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRules, RULESET } from '../src/index.js';
import { parseJsonl, requireBuiltCli, runCli, tempDir, toJsonl } from './helpers/cli.js';
import { get, post, startServer, type Served } from './helpers/serve.js';

const ACME = `
pack: acme
language: en
lexicons:
  - name: bird_app
    description: Our platform's nicknames for a private chat app.
    terms: [blue bird, green bird]
    examples: { match: ["the blue bird app"], noMatch: ["a blue bird"] }
rules:
  - id: acme.off_platform_contact.bird_app
    category: off_platform_contact
    weight: 0.4
    description: Asks to move the conversation to the app our users call the bird.
    source: Acme trust-and-safety team, moderation notes 2026
    patterns: ["@bird_app (app|chat)", "(add|find|dm) me on ..2 @bird_app"]
    examples: { match: ["add me on the blue bird app"], noMatch: ["I saw a blue bird"] }
weights: { en.movement_transience.new_in_town: 0.05 }
disable: [xx.off_platform_contact.messenger_name]
`;
const OTHER = JSON.stringify({ pack: 'other', weights: { 'en.movement_transience.new_in_town': 0.07 } });
const ADS = [
  { id: 'a', text: 'New in town, add me on the green bird app or WhatsApp' },
  { id: 'b', text: 'Cleaner wanted for weekday mornings.' },
  { id: 'c', text: 'Hostess job abroad, agency keeps your passport, dm me on the blue bird' },
];

let tmp: ReturnType<typeof tempDir>;
let acme: string;
let other: string;
let input: string;
const file = (name: string, text: string): string => {
  const path = join(tmp.dir, name);
  writeFileSync(path, text);
  return path;
};
const ruleIds = (record: Record<string, unknown>): string[] => (record.signals as { ruleId: string }[]).map((s) => s.ruleId);

beforeAll(() => {
  requireBuiltCli();
  tmp = tempDir();
  acme = file('acme.yml', ACME);
  other = file('other.json', OTHER);
  input = file('ads.jsonl', toJsonl(ADS));
});
afterAll(() => tmp?.cleanup());

describe('score --pack', () => {
  it('applies the pack in worker threads and in this thread alike, and names it in every result', () => {
    const outputs = ['1', '2'].map((workers) => runCli(['score', input, '--pack', acme, '--workers', workers, '--text-field', 'text']));
    for (const r of outputs) expect(r.code, r.stderr).toBe(0);
    expect(outputs[0]?.stdout).toBe(outputs[1]?.stdout);
    const [a, b, c] = parseJsonl(outputs[0]?.stdout ?? '');
    expect(a?.ruleset).toEqual({ ...RULESET, packs: [{ pack: 'acme', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }], model: expect.stringMatching(/^wording-[0-9a-f]{12}$/) });
    expect(b?.ruleset).toEqual(a?.ruleset);
    expect(ruleIds(a ?? {})).toContain('acme.off_platform_contact.bird_app');
    expect(ruleIds(c ?? {})).toContain('acme.off_platform_contact.bird_app');
    expect(ruleIds(a ?? {})).not.toContain('xx.off_platform_contact.messenger_name');
    const town = (a?.signals as { ruleId: string; weight: number }[]).find((s) => s.ruleId === 'en.movement_transience.new_in_town');
    expect(town?.weight).toBe(0.05);
  });

  it('is repeatable: every pack joins the ruleset, in order, and the summary names them', () => {
    const summary = join(tmp.dir, 'summary.json');
    const r = runCli(['score', input, '--pack', acme, '--pack', other, '--summary', summary, '--text-field', 'text']);
    expect(r.code, r.stderr).toBe(0);
    const [a] = parseJsonl(r.stdout);
    expect((a?.ruleset as { packs: { pack: string }[] }).packs.map((p) => p.pack)).toEqual(['acme', 'other']);
    const s = JSON.parse(readFileSync(summary, 'utf8'));
    expect(s.ruleset).toEqual(a?.ruleset);
    expect(s.options.packs).toEqual((a?.ruleset as { packs: unknown }).packs);
    // Summaries of runs with different packs do not merge.
    const plain = join(tmp.dir, 'plain.json');
    runCli(['score', input, '--summary', plain, '--text-field', 'text']);
    const merged = runCli(['merge-summaries', summary, plain]);
    expect(merged.code).toBe(2);
  });

  it('lets --disable-rules name a rule of a pack', () => {
    const r = runCli(['score', input, '--pack', acme, '--disable-rules', 'acme.off_platform_contact.bird_app', '--text-field', 'text']);
    expect(r.code, r.stderr).toBe(0);
    expect(parseJsonl(r.stdout).flatMap(ruleIds)).not.toContain('acme.off_platform_contact.bird_app');
  });

  const bad: [string, () => string[], RegExp][] = [
    ['a missing file', () => ['--pack', join(tmp.dir, 'nope.yml')], /--pack \S*nope\.yml: no such file/],
    ['a directory', () => { mkdirSync(join(tmp.dir, 'dir'), { recursive: true }); return ['--pack', join(tmp.dir, 'dir')]; }, /--pack \S*dir: is a directory/],
    ['text that is not YAML', () => ['--pack', file('broken.yml', 'pack: [acme')], /--pack \S*broken\.yml: pack: not valid YAML/],
    ['an unknown field of a rule', () => ['--pack', file('field.yml', ACME.replace('weight: 0.4', 'wieght: 0.4'))], /--pack \S*field\.yml: .*rule acme\.off_platform_contact\.bird_app, field .*wieght/],
    ['a pattern over the audit caps', () => ['--pack', file('gaps.yml', ACME.replace('"@bird_app (app|chat)"', '"@bird_app ..9 a ..9 b ..9 (app|chat)"'))], /--pack \S*gaps\.yml: .*rule acme\.off_platform_contact\.bird_app, field patterns\.0: .*1000 ways/],
    ['an unknown lexicon', () => ['--pack', file('lex.yml', ACME.replace('"@bird_app (app|chat)"', '"@nope (app|chat)"'))], /--pack \S*lex\.yml: .*rule acme\.off_platform_contact\.bird_app, field patterns\.0: .*unknown lexicon "@nope"/],
    ['an unknown rule in weights', () => ['--pack', file('weights.json', JSON.stringify({ pack: 'tuned', weights: { 'en.nope.nope': 0.5 } }))], /--pack \S*weights\.json: .*unknown rule id.*en\.nope\.nope/],
    ['two files with one pack name', () => ['--pack', acme, '--pack', file('acme2.yml', ACME)], /--pack \S*acme\.yml and --pack \S*acme2\.yml both define pack "acme"/],
    ['a __proto__ key', () => ['--pack', file('proto.json', '{"pack": "acme", "__proto__": {"x": 1}}')], /--pack \S*proto\.json: .*__proto__/],
  ];
  it.each(bad)('refuses %s: exit 2, naming the file (and the rule and field), before reading any record', (_, args, message) => {
    const r = runCli(['score', input, ...args(), '--text-field', 'text']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('works for explain, and is in the help of score, explain and serve', () => {
    const r = runCli(['explain', '--pack', acme, '--format', 'json', 'add me on the blue bird app']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).signals.map((s: { ruleId: string }) => s.ruleId)).toContain('acme.off_platform_contact.bird_app');
    for (const command of ['score', 'explain', 'serve']) expect(runCli([command, '--help']).stdout).toMatch(/--pack FILE/);
  });
});

describe('serve --pack', () => {
  let served: Served;
  beforeAll(async () => {
    served = await startServer(['--workers', '1', '--pack', acme]);
  }, 300_000);
  afterAll(async () => {
    await served?.stop();
  });
  const api = (path: string): string => `${served.url}${path}`;

  it('scores every request with the packs, and says so in the ruleset and the headers', async () => {
    const r = await post(api('/v1/assess'), { text: ADS[0]?.text });
    expect(r.status).toBe(200);
    expect(r.body.signals.map((s: { ruleId: string }) => s.ruleId)).toContain('acme.off_platform_contact.bird_app');
    const stamp = r.body.ruleset.packs;
    expect(stamp).toEqual([{ pack: 'acme', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    expect(r.headers.get('x-ruleset-sha256')).toBe(RULESET.sha256);
    expect(r.headers.get('x-ruleset-packs')).toBe(`acme=${stamp[0].sha256}`);
    // Request options still apply, on top of the server's packs.
    const high = await post(api('/v1/assess'), { text: ADS[0]?.text, options: { flagLevel: 'high', disabledRules: ['acme.off_platform_contact.bird_app'] } });
    expect(high.status).toBe(200);
    expect(high.body.signals.map((s: { ruleId: string }) => s.ruleId)).not.toContain('acme.off_platform_contact.bird_app');
    expect(high.body.ruleset.packs).toEqual(stamp);
    const batch = await post(api('/v1/assess/batch'), { items: ADS });
    expect(batch.body.ruleset).toEqual(r.body.ruleset);
    expect(batch.body.results.map((x: { assessment: { ruleset: unknown } }) => x.assessment.ruleset)).toEqual([r.body.ruleset, r.body.ruleset, r.body.ruleset]);
    for (const path of ['/healthz', '/readyz', '/v1/rules', '/v1/schema']) {
      const g = await get(api(path));
      expect(g.body.ruleset, path).toEqual(r.body.ruleset);
      expect(g.headers.get('x-ruleset-packs'), path).toBe(`acme=${stamp[0].sha256}`);
    }
    expect((await get(api('/openapi.json'))).body.info['x-ruleset']).toEqual(r.body.ruleset);
  });

  it('lists the pack’s rules with the weights that apply, without the rules it switches off', async () => {
    const { body } = await get(api('/v1/rules'));
    const byId = new Map(body.rules.map((r: { id: string }) => [r.id, r]));
    expect(byId.get('acme.off_platform_contact.bird_app')).toMatchObject({ pack: 'acme', weight: 0.4 });
    expect(byId.get('en.movement_transience.new_in_town')).toMatchObject({ weight: 0.05 });
    expect(byId.has('xx.off_platform_contact.messenger_name')).toBe(false);
    expect(body.count).toBe(listRules().length);
  });

  it('still refuses packs in requests: the server’s packs are fixed at start', async () => {
    const r = await post(api('/v1/assess'), { text: 'x', options: { packs: [] } });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('invalid_request');
  });

  it('exits 2 naming the file, the rule and the field for a bad pack', () => {
    const bad = file('serve-bad.yml', ACME.replace('"@bird_app (app|chat)"', '"@bird_app ..9 a ..9 b ..9 (app|chat)"'));
    const r = runCli(['serve', '--port', '0', '--pack', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--pack \S*serve-bad\.yml: .*rule acme\.off_platform_contact\.bird_app, field patterns\.0: /);
  });
});
