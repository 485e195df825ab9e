/**
 * `serve` under work: /healthz while a batch is scored, a full queue, the time limit, a client
 * that goes away, and graceful shutdown with requests in flight. Requests are held in flight by
 * the test gate (a text with the marker waits in its worker until a file exists), so nothing
 * here depends on how fast the machine is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assess, RULESET } from '../src/index.js';
import { TEST_GATE_MARKER } from '../src/cli/serve/test-hooks.js';
import { get, post, startServer, waitFor, type Served } from './helpers/serve.js';

const dir = mkdtempSync(join(tmpdir(), 'ts-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AD = 'Hostess job abroad, flight and visa free, the agency keeps your passport, WhatsApp only.';
const HELD = `${TEST_GATE_MARKER} ${AD}`;

/** A server whose gate starts closed; `open()` lets held texts through, `close()` holds them again. */
async function gatedServer(name: string, args: string[]): Promise<Served & { open(): void; close(): void }> {
  const gate = join(dir, `${name}.open`);
  const server = await startServer(['--workers', '1', ...args], { TRAFFICKING_SIGNALS_TEST_GATE: gate });
  return Object.assign(server, { open: () => writeFileSync(gate, ''), close: () => rmSync(gate, { force: true }) });
}

const inFlight = async (url: string): Promise<number> => (await get(`${url}/readyz`)).body.inFlight as number;
const untilInFlight = (url: string, n: number): Promise<true> =>
  waitFor(`${n} request(s) in flight`, async () => ((await inFlight(url)) === n ? true : undefined));

describe('a server with a small queue and no time limit', () => {
  let server: Awaited<ReturnType<typeof gatedServer>>;
  afterAll(async () => {
    if (server) expect(await server.stop()).toBe(0);
  });

  it('answers /healthz while a large batch is being scored', async () => {
    server = await gatedServer('queue', ['--queue', '2', '--timeout', '0']);
    const items = Array.from({ length: 200 }, (_, i) => ({ id: i, text: i === 0 ? HELD : AD }));
    const batch = post(`${server.url}/v1/assess/batch`, { items });
    await untilInFlight(server.url, 1);
    const health = await get(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    server.open();
    const done = await batch;
    expect(done.status).toBe(200);
    expect(done.body.results).toHaveLength(200);
    expect(done.body.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    expect(done.body.results[1].assessment).toEqual(assess(AD));
    server.close();
  });

  it('refuses work with 503 queue_full and Retry-After when the queue is full; /readyz says busy', async () => {
    const held = [post(`${server.url}/v1/assess`, { text: HELD }), post(`${server.url}/v1/assess`, { text: HELD })];
    await untilInFlight(server.url, 2);
    const ready = await get(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: 'busy', inFlight: 2, queue: 2 });
    const refused = await post(`${server.url}/v1/assess`, { text: AD });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('x-ruleset-sha256')).toBe(RULESET.sha256);
    expect(refused.body).toEqual({ error: { code: 'queue_full', message: expect.stringMatching(/busy.*--queue/) } });
    // Probes and documents are not scoring work: they still answer.
    expect((await get(`${server.url}/v1/rules`)).status).toBe(200);
    server.open();
    for (const r of await Promise.all(held)) expect(r.status).toBe(200);
    server.close();
  });

  it('drops the queued work of a client that goes away, and logs it as 499', async () => {
    // A runs (held at the gate); B waits behind it, and its client goes away.
    const running = post(`${server.url}/v1/assess`, { text: HELD });
    await untilInFlight(server.url, 1);
    const controller = new AbortController();
    const gone = post(`${server.url}/v1/assess`, { text: AD }, { signal: controller.signal }).catch((err: Error) => err);
    await untilInFlight(server.url, 2);
    controller.abort();
    expect(await gone).toBeInstanceOf(Error);
    // B leaves the queue although A still holds the only worker.
    await untilInFlight(server.url, 1);
    const line = await waitFor('the 499 log line', () => server.logs.find((l) => l.status === 499));
    expect(line).toMatchObject({ code: 'client_closed', route: '/v1/assess' });
    server.open();
    expect((await running).status).toBe(200);
    server.close();
    const after = await post(`${server.url}/v1/assess`, { text: AD });
    expect(after.status).toBe(200);
  });
});

describe('a server with a time limit', () => {
  it('answers 504 timeout for a request over the limit, and serves the next one', async () => {
    const server = await gatedServer('timeout', ['--timeout', '1000']);
    try {
      const slow = await post(`${server.url}/v1/assess/batch`, { items: [{ id: 1, text: AD }, { id: 2, text: HELD }] });
      expect(slow.status).toBe(504);
      expect(slow.body).toEqual({ error: { code: 'timeout', message: expect.stringMatching(/longer than the limit of 1000 ms \(--timeout\)/) } });
      // The held thread was ended; its replacement compiles the rules first, which on a busy
      // machine can itself take longer than the limit: retry until it answers.
      const next = await waitFor('an answer from the replacement thread', async () => {
        const r = await post(`${server.url}/v1/assess`, { text: AD });
        return r.status === 504 ? undefined : r;
      });
      expect(next.status).toBe(200);
      expect(next.body).toEqual(assess(AD));
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM stops accepting, answers every request in flight, and exits 0', async () => {
    const server = await gatedServer('shutdown', ['--timeout', '0']);
    const texts = [HELD, AD, 'Cleaner wanted, weekday mornings.', AD];
    const singles = texts.map((text) => post(`${server.url}/v1/assess`, { text }));
    const batches = [0, 1, 2].map((b) => post(`${server.url}/v1/assess/batch`, { items: texts.map((text, i) => ({ id: `${b}-${i}`, text })) }));
    await untilInFlight(server.url, singles.length + batches.length);
    // A connection opened but never used (clients keep spare ones) must not hold the shutdown up.
    const { hostname, port } = new URL(server.url);
    const spare = connect(Number(port), hostname);
    let spareClosed = false;
    spare.on('close', () => (spareClosed = true)).on('error', () => {});
    await new Promise((resolve) => spare.once('connect', resolve));

    server.child.kill('SIGTERM');
    await waitFor('the shutdown to begin', () => server.logs.find((l) => String(l.msg).startsWith('shutting down')));
    // New connections are refused now (or, on a kept-alive one, answered 503 shutting_down).
    const late = await post(`${server.url}/v1/assess`, { text: AD }).catch((err: Error) => err);
    if (!(late instanceof Error)) expect(late.body.error.code).toBe('shutting_down');

    // Ended by the server while the held requests are still in flight.
    await waitFor('the spare connection to be ended', () => (spareClosed ? true : undefined));
    expect(server.child.exitCode).toBeNull();

    server.open();
    const answered = await Promise.all([...singles, ...batches]);
    expect(answered.map((r) => r.status)).toEqual(Array(answered.length).fill(200));
    expect(answered[1]?.body).toEqual(assess(AD));
    for (const b of answered.slice(singles.length)) {
      expect(b.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true, true, true]);
    }
    expect(await server.exited).toBe(0);
    expect(server.logs.at(-1)?.msg).toBe('stopped');
  });
});
