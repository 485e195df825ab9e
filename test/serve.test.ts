/**
 * `serve` as clients meet it: every endpoint and every error, against the built program running
 * as a subprocess on a free loopback port.
 */
import { spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AssessmentSchema, assess, createAssessor, listRules, RULESET, type AssessOptions } from '../src/index.js';
import { CLI, cliEnv, ROOT } from './helpers/cli.js';
import { get, post, startServer, waitFor, type Served } from './helpers/serve.js';

const AD = 'HOSTESS JOBS IN DUBAI - $5,000/month, no experience needed. Flight and visa arranged, costs deducted from your salary. Your passport will be kept by the agency. WhatsApp only.';
const BENIGN = 'Cleaner wanted for a small office, weekday mornings, references required.';
const MAX_ITEMS = 5;
const MAX_BODY = 8192;

let server: Served;
const seen: { status: number; headers: Headers; text: string }[] = [];
const track = <T extends { status: number; headers: Headers; text: string }>(r: T): T => {
  seen.push(r);
  return r;
};
const api = (path: string): string => `${server.url}${path}`;

// Requests with disabledRules compile a ruleset in the worker (seconds, more on a loaded
// machine): the time limit is raised so these tests check behaviour, never timing.
beforeAll(async () => {
  server = await startServer(['--workers', '1', '--timeout', '120000', '--max-items', String(MAX_ITEMS), '--max-body', String(MAX_BODY)]);
});
afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
});

describe('POST /v1/assess', () => {
  it('answers the Assessment the library gives, stamped with the ruleset', async () => {
    const r = track(await post(api('/v1/assess'), { text: AD }));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(AssessmentSchema.safeParse(r.body).success).toBe(true);
    expect(r.body).toEqual(assess(AD));
    expect(r.body.ruleset.sha256).toBe(RULESET.sha256);
    expect(r.headers.get('x-ruleset-sha256')).toBe(RULESET.sha256);
    for (const s of r.body.signals) for (const e of s.evidence) expect(AD.slice(e.start, e.end)).toBe(e.text);
  });

  it('applies options', async () => {
    const options: AssessOptions = { language: 'fr', flagLevel: 'high', maxEvidence: 1, disabledRules: ['xx.off_platform_contact.messenger_name'] };
    const r = track(await post(api('/v1/assess'), { text: AD, options }));
    expect(r.status).toBe(200);
    expect(r.body).toEqual(createAssessor(options).assess(AD));
    expect(r.body.language.code).toBe('fr');
  });
});

describe('POST /v1/assess/batch', () => {
  it('answers one result per item, in order, with error results for bad items among good ones', async () => {
    const items = [{ id: 'a', text: AD }, { id: 'b', text: 42 }, 'not an object', { id: 7, text: BENIGN }, { text: BENIGN, extra: 1 }];
    const r = track(await post(api('/v1/assess/batch'), { items }));
    expect(r.status).toBe(200);
    expect(r.body.ruleset).toEqual(RULESET);
    const results = r.body.results as any[];
    expect(results.map((x) => [x.index, x.id, x.ok])).toEqual([
      [0, 'a', true],
      [1, 'b', false],
      [2, undefined, false],
      [3, 7, true],
      [4, undefined, false],
    ]);
    expect(results[0].assessment).toEqual(assess(AD));
    expect(results[3].assessment).toEqual(assess(BENIGN));
    expect(results[1].error).toEqual({ code: 'invalid_item', message: expect.stringContaining('items[1].text') });
    expect(results[2].error.message).toMatch(/items\[2\]: must be an object/);
    expect(results[4].error.message).toMatch(/items\[4\]/);
  });

  it('takes options and an empty list', async () => {
    const r = track(await post(api('/v1/assess/batch'), { items: [{ id: 1, text: AD }], options: { flagLevel: 'high' } }));
    expect(r.body.results[0].assessment).toEqual(assess(AD, { flagLevel: 'high' }));
    const empty = track(await post(api('/v1/assess/batch'), { items: [] }));
    expect(empty.status).toBe(200);
    expect(empty.body.results).toEqual([]);
  });
});

describe('documents and probes', () => {
  it('GET /v1/rules lists every rule with its source', async () => {
    const r = track(await get(api('/v1/rules')));
    expect(r.status).toBe(200);
    expect(r.body.ruleset).toEqual(RULESET);
    expect(r.body.rules).toEqual(listRules());
    expect(r.body.count).toBe(listRules().length);
    expect(r.body.rules.every((x: { source: string }) => x.source.length > 0)).toBe(true);
  });

  it('GET /v1/schema returns JSON Schemas that the answers validate against', async () => {
    const r = track(await get(api('/v1/schema')));
    expect(r.status).toBe(200);
    expect(Object.keys(r.body.schemas)).toEqual(
      expect.arrayContaining(['assessment', 'options', 'assessRequest', 'batchRequest', 'batchItem', 'batchResponse', 'rulesResponse', 'error']),
    );
    const ajv = new Ajv2020({ strict: false });
    const one = await post(api('/v1/assess'), { text: AD });
    expect(ajv.validate(r.body.schemas.assessment, one.body), JSON.stringify(ajv.errors)).toBe(true);
    const batch = await post(api('/v1/assess/batch'), { items: [{ id: 1, text: AD }, { id: 2 }] });
    expect(ajv.validate(r.body.schemas.batchResponse, batch.body), JSON.stringify(ajv.errors)).toBe(true);
    const rules = await get(api('/v1/rules'));
    expect(ajv.validate(r.body.schemas.rulesResponse, rules.body), JSON.stringify(ajv.errors)).toBe(true);
    const error = await post(api('/v1/assess'), {});
    expect(ajv.validate(r.body.schemas.error, error.body), JSON.stringify(ajv.errors)).toBe(true);
    expect(r.body.schemas.batchRequest.properties.items.maxItems).toBe(MAX_ITEMS);
  });

  it('GET /healthz and GET /readyz', async () => {
    const health = track(await get(api('/healthz')));
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', ruleset: RULESET });
    const ready = track(await get(api('/readyz')));
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', workers: 1, inFlight: 0, queue: 256, ruleset: RULESET });
  });
});

describe('errors are coded JSON, without stack traces', () => {
  const big = JSON.stringify({ text: 'a'.repeat(MAX_BODY) });
  const cases: [string, () => Promise<{ status: number; headers: Headers; body: any; text: string }>, number, string, RegExp][] = [
    ['JSON that does not parse', () => post(api('/v1/assess'), '{"text": oops}', { raw: true }), 400, 'invalid_json', /not valid JSON: .*token/i],
    ['an empty body', () => post(api('/v1/assess'), '', { raw: true }), 400, 'invalid_json', /empty/],
    ['a body that is not JSON', () => post(api('/v1/assess'), 'text=hi', { raw: true, contentType: 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type', /Content-Type: application\/json/],
    ['a missing field', () => post(api('/v1/assess'), { options: {} }), 400, 'invalid_request', /^text: is required/],
    ['a field of the wrong type', () => post(api('/v1/assess'), { text: 5 }), 400, 'invalid_request', /^text: must be a string/],
    ['an unknown field', () => post(api('/v1/assess'), { text: 'x', txet: 'y' }), 400, 'invalid_request', /^txet: is not a known field/],
    ['a bad option value', () => post(api('/v1/assess'), { text: 'x', options: { language: 'klingon' } }), 400, 'invalid_request', /^options\.language: must be one of auto, en/],
    ['an unknown option', () => post(api('/v1/assess'), { text: 'x', options: { lang: 'en' } }), 400, 'invalid_request', /^options\.lang: is not a known field/],
    ['custom rule packs in a request', () => post(api('/v1/assess'), { text: 'x', options: { packs: [] } }), 400, 'invalid_request', /^options\.packs: is not a known field/],
    ['thresholds out of order', () => post(api('/v1/assess'), { text: 'x', options: { thresholds: { low: 0.9, medium: 0.1, high: 0.95 } } }), 400, 'invalid_options', /^options\.thresholds: .*low <= medium <= high/],
    ['an unknown rule id', () => post(api('/v1/assess'), { text: 'x', options: { disabledRules: ['no.such.rule'] } }), 400, 'invalid_options', /options\.disabledRules: unknown rule id\(s\) no\.such\.rule/],
    ['batch items that are not a list', () => post(api('/v1/assess/batch'), { items: { id: 1 } }), 400, 'invalid_request', /^items: must be an array/],
    ['too many items in a batch', () => post(api('/v1/assess/batch'), { items: Array.from({ length: MAX_ITEMS + 1 }, (_, i) => ({ id: i, text: 'x' })) }), 413, 'too_many_items', /more than 5 items/],
    ['a body over the size limit', () => post(api('/v1/assess'), big, { raw: true }), 413, 'body_too_large', /limit of 8192 bytes/],
    ['an unknown route', () => get(api('/v2/assess')), 404, 'not_found', /no route GET \/v2\/assess/],
    ['a known path with another method', () => get(api('/v1/assess')), 404, 'not_found', /no route GET \/v1\/assess/],
  ];
  it.each(cases)('%s', async (_what, send, status, code, message) => {
    const r = track(await send());
    expect(r.status).toBe(status);
    expect(r.body).toEqual({ error: { code, message: expect.stringMatching(message) } });
    expect(r.text).not.toMatch(/\n\s+at |node_modules|\.js:\d+/);
  });
});

describe('requests that are not HTTP', () => {
  it('get a coded JSON 400 with the ruleset header, from a raw socket', async () => {
    const { hostname, port } = new URL(server.url);
    const reply = await new Promise<string>((resolve, reject) => {
      let data = '';
      const socket = connect(Number(port), hostname, () => socket.write('NOT HTTP AT ALL\r\n\r\n'));
      socket.setEncoding('utf8').on('data', (d: string) => (data += d)).on('close', () => resolve(data)).on('error', reject);
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(reply).toContain(`x-ruleset-sha256: ${RULESET.sha256}`);
    const body = JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4));
    expect(body).toEqual({ error: { code: 'invalid_request', message: expect.stringMatching(/not valid HTTP/) } });
  });
});

describe('every response', () => {
  it('carries x-ruleset-sha256 and a request id', () => {
    expect(seen.length).toBeGreaterThan(20);
    for (const r of seen) {
      expect(r.headers.get('x-ruleset-sha256'), r.text.slice(0, 80)).toBe(RULESET.sha256);
      expect(r.headers.get('x-request-id')).toMatch(/\S/);
    }
  });
});

describe('logs', () => {
  it('writes one JSON line per request, with status, latency and items, and no ad text', async () => {
    const marker = 'Zebra-unique-marker-7781 hostess job abroad';
    const r = await post(api('/v1/assess/batch'), { items: [{ id: 'm', text: marker }, { id: 'n', text: BENIGN }] });
    const id = r.headers.get('x-request-id');
    const line = await waitFor('the log line', () => server.logs.find((l) => l.reqId === id && l.msg === 'request'));
    expect(line).toMatchObject({ method: 'POST', route: '/v1/assess/batch', status: 200, items: 2 });
    expect(typeof line.ms).toBe('number');
    expect(server.logs.filter((l) => l.reqId === id)).toHaveLength(1);
    const bad = await post(api('/v1/assess'), `{"text": "${marker}" oops`, { raw: true });
    const badLine = await waitFor('the error log line', () => server.logs.find((l) => l.reqId === bad.headers.get('x-request-id')));
    expect(badLine).toMatchObject({ status: 400, code: 'invalid_json' });
    expect(JSON.stringify(server.logs)).not.toContain('Zebra-unique-marker');
  });
});

describe('the command line', () => {
  it.each([
    [['--port', 'eighty'], /--port must be a whole number from 0 to 65535/],
    [['--log-level', 'loud'], /--log-level must be one of fatal, error, warn, info, debug, silent/],
    [['--wrokers', '2'], /unknown option --wrokers.*Did you mean --workers\?/],
    [['now'], /serve takes no arguments/],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const r = spawnSync(process.execPath, [CLI, 'serve', ...(args as string[])], { cwd: ROOT, env: cliEnv(), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
  });

  it('says so when the port is in use', () => {
    const port = new URL(server.url).port;
    const r = spawnSync(process.execPath, [CLI, 'serve', '--port', port, '--workers', '1'], { cwd: ROOT, env: cliEnv(), encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`port ${port} on 127\\.0\\.0\\.1 is in use`));
  });
});
