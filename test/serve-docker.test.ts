/**
 * The Dockerfile builds an image that serves: built, run on a loopback port, asked to assess,
 * and stopped with SIGTERM (exit 0). Needs a Docker engine; where there is none (`docker info`
 * fails), the test is skipped and its name says why.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { RULESET } from '../src/index.js';
import { ROOT } from './helpers/cli.js';
import { get, post, waitFor } from './helpers/serve.js';

function dockerProblem(): string | undefined {
  const r = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 30_000 });
  if (r.error) return `no docker command (${(r.error as NodeJS.ErrnoException).code ?? r.error.message})`;
  if (r.status !== 0) return `no Docker engine: ${(r.stderr || r.stdout).trim().split('\n').pop()}`;
  return undefined;
}

const problem = dockerProblem();
// Said where a reader of the test output sees it, not only in the skipped test's name.
if (problem) console.warn(`serve-docker: the Dockerfile test is skipped (${problem}); run it where \`docker info\` works.`);
const IMAGE = 'trafficking-signals:test';
const docker = (args: string[], timeout = 60_000): string => execFileSync('docker', args, { cwd: ROOT, encoding: 'utf8', timeout }).trim();
let container: string | undefined;

afterAll(() => {
  if (container) spawnSync('docker', ['rm', '-f', container]);
});

describe('Dockerfile', () => {
  it.skipIf(problem !== undefined)(
    `builds an image that serves and stops gracefully${problem ? ` — SKIPPED: ${problem}` : ''}`,
    async () => {
      docker(['build', '-t', IMAGE, '.'], 900_000);
      container = docker(['run', '-d', '-p', '127.0.0.1::8080', IMAGE]);
      const port = docker(['port', container, '8080/tcp']).split('\n')[0]?.split(':').pop();
      const url = `http://127.0.0.1:${port}`;
      await waitFor('the container to be ready', async () => {
        const r = await get(`${url}/readyz`).catch(() => undefined);
        return r?.status === 200 ? true : undefined;
      });
      const r = await post(`${url}/v1/assess`, { text: 'Hostess job in Dubai, the agency keeps your passport, WhatsApp only.' });
      expect(r.status).toBe(200);
      expect(r.headers.get('x-ruleset-sha256')).toBe(RULESET.sha256);
      expect(docker(['stop', '--time', '30', container], 120_000)).toBe(container);
      expect(docker(['inspect', '--format', '{{.State.ExitCode}}', container])).toBe('0');
    },
    1_200_000,
  );
});
