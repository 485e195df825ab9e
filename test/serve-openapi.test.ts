/**
 * GET /openapi.json: a valid OpenAPI 3.1 document (checked with the OpenAPI schema validator),
 * generated from the zod schemas, whose paths are the routes the server answers and whose
 * component schemas the real answers validate against.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, RULESET } from '../src/index.js';
import { SERVE_ERROR_CODES } from '../src/cli/serve/errors.js';
import { get, post, startServer, type Served } from './helpers/serve.js';

const AD = 'Hostess job abroad, the agency keeps your passport, WhatsApp only.';
let server: Served;
let doc: any;

beforeAll(async () => {
  server = await startServer(['--workers', '1', '--max-items', '50']);
  const r = await get(`${server.url}/openapi.json`);
  expect(r.status).toBe(200);
  expect(r.headers.get('x-ruleset-sha256')).toBe(RULESET.sha256);
  doc = r.body;
});
afterAll(async () => {
  if (server) expect(await server.stop()).toBe(0);
});

/** Ajv with the document's component schemas, so `#/components/schemas/X` refs resolve. */
function componentValidator(): (name: string, value: unknown) => string | null {
  const ajv = new Ajv2020({ strict: false });
  ajv.addSchema({ $id: 'openapi.json', components: doc.components });
  return (name, value) => {
    const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
    if (!validate) return `no component ${name}`;
    return validate(value) ? null : JSON.stringify(validate.errors);
  };
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document whose references all resolve', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/([^"]+)"/g)].map((m) => m[1] as string);
    for (const ref of refs) {
      const target = ref.split('/').reduce<any>((node, key) => node?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it('is generated from the zod schemas and the server limits', () => {
    const { schemas } = doc.components;
    expect(schemas.AssessOptions.properties.language.enum).toEqual(['auto', ...LANGUAGE_CODES]);
    expect(schemas.AssessRequest.properties.options).toEqual({ $ref: '#/components/schemas/AssessOptions', description: expect.any(String) });
    expect(schemas.BatchRequest.properties.items.maxItems).toBe(50);
    expect(schemas.Error.properties.error.properties.code.enum).toEqual(SERVE_ERROR_CODES);
    expect(schemas.Assessment.properties.ruleset.properties.sha256.pattern).toBe('^[0-9a-f]{64}$');
    expect(doc.info['x-ruleset']).toEqual(RULESET);
  });

  it('lists exactly the routes the server answers', async () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual(
      ['GET /healthz', 'GET /openapi.json', 'GET /readyz', 'GET /v1/rules', 'GET /v1/schema', 'POST /v1/assess', 'POST /v1/assess/batch'].sort(),
    );
  });

  it('describes the answers the server gives', async () => {
    const check = componentValidator();
    const answers: [string, { status: number; body: unknown }][] = [
      ['Assessment', await post(`${server.url}/v1/assess`, { text: AD })],
      ['BatchResponse', await post(`${server.url}/v1/assess/batch`, { items: [{ id: 1, text: AD }, { id: 2 }, 3] })],
      ['RulesResponse', await get(`${server.url}/v1/rules`)],
      ['SchemasResponse', await get(`${server.url}/v1/schema`)],
      ['HealthResponse', await get(`${server.url}/healthz`)],
      ['ReadyResponse', await get(`${server.url}/readyz`)],
      ['Error', await post(`${server.url}/v1/assess`, { text: 1 })],
      ['Error', await get(`${server.url}/nowhere`)],
    ];
    for (const [name, answer] of answers) expect(check(name, answer.body), name).toBeNull();
    // Requests the documentation shows are the ones the server takes.
    expect(check('AssessRequest', { text: AD, options: { language: 'en', flagLevel: 'high' } })).toBeNull();
    expect(check('AssessRequest', { text: AD, extra: 1 })).not.toBeNull();
    expect(check('BatchRequest', { items: [{ id: 'a', text: AD }] })).toBeNull();
  });

  it('documents the status of every error a scoring route can answer', () => {
    const assess = doc.paths['/v1/assess'].post.responses;
    const batch = doc.paths['/v1/assess/batch'].post.responses;
    expect(Object.keys(assess).sort()).toEqual(['200', '400', '413', '415', '500', '503', '504']);
    expect(batch['413'].description).toMatch(/too_many_items/);
    expect(assess['503'].headers['retry-after']).toBeDefined();
    expect(assess['200'].headers['x-ruleset-sha256']).toBeDefined();
  });
});
