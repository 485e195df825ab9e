/** The CLI as users meet it: help, version, exit codes, usage errors, explain and schema. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCli, ROOT, runCli } from './helpers/cli.js';

beforeAll(() => requireBuiltCli());

describe('help and version', () => {
  it('prints help with examples and exit codes', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('trafficking-signals score fixtures/sample.jsonl --format table');
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*0[\s\S]*1[\s\S]*2/);
    expect(r.stderr).toBe('');
  });

  it('prints each command’s help', () => {
    for (const command of ['score', 'explain', 'merge-summaries', 'schema', 'serve']) {
      const r = runCli([command, '--help']);
      expect(r.code, command).toBe(0);
      expect(r.stdout, command).toContain(`trafficking-signals ${command}`);
    }
  });

  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });
});

describe('usage errors exit 2 with a message that says how to fix it', () => {
  it.each([
    [['score', '--wrokers', '2'], /unknown option --wrokers.*Did you mean --workers\?/],
    [['score', '--workers', 'many'], /--workers must be a whole number from 1 to 256, got 'many'/],
    [['score', '--format', 'xml'], /--format must be one of jsonl, csv, table, got 'xml'/],
    [['score', '--language', 'english'], /--language must be one of auto, en/],
    [['score', '--shard', '3/2'], /--shard must be i\/N with 1 <= i <= N/],
    [['score', '--resume'], /--resume needs -o FILE/],
    [['score', 'no-such-file.jsonl'], /cannot read input 'no-such-file\.jsonl': ENOENT/],
    [['score', 'vitest.config.ts'], /cannot tell the format of 'vitest.config.ts'.*--input-format/],
    [['score', '--disable-rules', 'no.such.rule'], /unknown rule id/],
    [['score', '--output'], /option --output needs a value/],
    [['socre'], /unknown command 'socre'\. Did you mean 'score'\?/],
    [['merge-summaries', 'package.json'], /is not a summary written by 'score --summary'/],
  ])('%j', (args, message) => {
    const r = runCli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});

describe('explain', () => {
  const ad = 'Hostess job in Dubai, $5000/month, no experience. Agency keeps your passport. WhatsApp only +1 555 0142.';

  it('shows the ad with [[evidence]], the level, score and each signal with its details', () => {
    const r = runCli(['explain', ad]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^(HIGH|MEDIUM|LOW|NONE)  score \d\.\d\d/);
    expect(r.stdout).toMatch(/\[\[[^\]]+\]\]/);
    expect(r.stdout).toContain('Signals (');
    expect(r.stdout).toMatch(/weight \d\.\d\d/);
    expect(r.stdout).toContain('source: ');
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('reads stdin, and colours only when asked', () => {
    const plain = runCli(['explain'], { input: ad });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('[[');
    const colour = runCli(['explain', ad], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(colour.stdout).toContain('\u001b[');
    expect(colour.stdout).not.toContain('[[');
  });

  it('lists negated matches and awareness cues', () => {
    const r = runCli(['explain', '--format', 'json', 'We never keep your passport. No fees. If you are a victim, call the national hotline.']);
    const a = JSON.parse(r.stdout) as { context: { negated: unknown[]; cues: unknown[] } };
    const text = runCli(['explain', 'We never keep your passport. No fees. If you are a victim, call the national hotline.']).stdout;
    if (a.context.negated.length) expect(text).toContain('Negated matches');
    if (a.context.cues.length) expect(text).toContain('Awareness cues');
  });

  it('never passes terminal escape sequences from the ad through', () => {
    const r = runCli(['explain', 'passport kept \u001b]0;pwned\u0007 by the agency']);
    expect(r.stdout).not.toContain('\u001b]0;');
  });
});

describe('schema', () => {
  it('prints the JSON Schemas of the assessment and of the options', () => {
    const r = runCli(['schema']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as { assessment: { properties: object }; options: { properties: object } };
    expect(Object.keys(s.assessment.properties)).toContain('signals');
    expect(Object.keys(s.options.properties)).toContain('flagLevel');
    const one = JSON.parse(runCli(['schema', 'assessment']).stdout) as { title: string };
    expect(one.title).toBe('trafficking-signals Assessment');
  });
});
