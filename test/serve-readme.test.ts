/**
 * The curl examples of the README's "Running as a service" section work as pasted: each runs in
 * a shell against a real server (only the port is changed to the test server's).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULESET } from '../src/index.js';
import { ROOT, tempDir } from './helpers/cli.js';
import { startServer, type Served } from './helpers/serve.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = /## Running as a service\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
/** Every `curl …` command of the section's shell blocks, continuation lines joined. */
const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)]
  .flatMap((m) => (m[1] as string).replace(/\\\n\s*/g, '').split('\n'))
  .map((line) => line.trim())
  .filter((line) => line.startsWith('curl '));

const hasCurl = spawnSync('curl', ['--version']).status === 0;
if (!hasCurl) console.warn('serve-readme: curl is not installed, so the README curl examples are not run.');

const tmp = tempDir();
let server: Served;
beforeAll(async () => {
  server = await startServer(['--workers', '1']);
});
afterAll(async () => {
  tmp.cleanup();
  if (server) expect(await server.stop()).toBe(0);
});

describe('README "Running as a service"', () => {
  it('comes after "Scoring a corpus" and has the curl examples', () => {
    expect(readme.indexOf('## Running as a service')).toBeGreaterThan(readme.indexOf('## Scoring a corpus'));
    expect(commands.length).toBeGreaterThanOrEqual(9);
    expect(commands.every((c) => c.includes('localhost:8080/'))).toBe(true);
  });

  it.skipIf(!hasCurl)(`every curl example answers${hasCurl ? '' : ' — SKIPPED: no curl'}`, () => {
    const port = new URL(server.url).port;
    const answers = new Map<string, any>();
    for (const command of commands) {
      const local = command.replaceAll('localhost:8080/', `localhost:${port}/`);
      const stdout = execFileSync('/bin/sh', ['-c', local], { cwd: tmp.dir, encoding: 'utf8' });
      const file = / -o (\S+)/.exec(command)?.[1];
      const body = JSON.parse(file ? readFileSync(join(tmp.dir, file), 'utf8') : stdout);
      answers.set(command, body);
    }
    const find = (part: string): any => [...answers].find(([c]) => c.includes(part))?.[1];
    expect(find('HOSTESS JOBS').level).toBe('high');
    expect(find('HOSTESS JOBS').ruleset.sha256).toBe(RULESET.sha256);
    expect(find('Serveuse').language.code).toBe('fr');
    expect(find('/v1/assess/batch').results.map((r: { ok: boolean }) => r.ok)).toEqual([true, false]);
    expect(find('/v1/rules').count).toBeGreaterThan(100);
    expect(find('/v1/schema').schemas.assessment).toBeDefined();
    expect(find('/openapi.json').openapi).toBe('3.1.0');
    expect(find('/healthz').status).toBe('ok');
    expect(find('/readyz').status).toBe('ready');
    expect(find('{"text": 42}')).toEqual({ error: { code: 'invalid_request', message: 'text: must be a string' } });
  });
});
