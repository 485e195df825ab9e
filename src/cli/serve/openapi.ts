/**
 * The OpenAPI 3.1 document of the service, generated from the zod schemas (requests as their
 * input type, responses as their output type) so it cannot drift from what the server checks.
 */
import { z } from 'zod';
import { AssessmentSchema, RULESET, type Assessment } from '../../index.js';
import { SERVE_ERROR_STATUS, type ServeErrorCode } from './errors.js';
import type { JsonSchema } from './json-schemas.js';
import type { Limits } from './limits.js';
import {
  AssessRequestSchema,
  BatchItemSchema,
  batchRequestSchema,
  BatchResponseSchema,
  BatchResultSchema,
  ErrorResponseSchema,
  HealthResponseSchema,
  ReadyResponseSchema,
  RequestOptionsSchema,
  RulesResponseSchema,
  SchemasResponseSchema,
} from './schemas.js';

const ref = (id: string): JsonSchema => ({ $ref: `#/components/schemas/${id}` });

/** Component schemas of one registry, without the `$schema`/`$id` that a component must not carry. */
function components(entries: [z.ZodType, string][], io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [schema, id] of entries) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io, target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

const HEADERS = {
  'x-ruleset-sha256': { $ref: '#/components/headers/RulesetSha256' },
  'x-request-id': { $ref: '#/components/headers/RequestId' },
};

const json = (schema: JsonSchema, description: string, extraHeaders: Record<string, unknown> = {}) => ({
  description,
  headers: { ...HEADERS, ...extraHeaders },
  content: { 'application/json': { schema } },
});

/** Error responses by status, each listing the codes it can carry. */
function errors(codes: ServeErrorCode[]): Record<string, unknown> {
  const byStatus = new Map<number, ServeErrorCode[]>();
  for (const code of [...codes, 'internal_error' as const]) {
    const status = SERVE_ERROR_STATUS[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      json(ref('Error'), `Error: ${list.join(', ')}.`, status === 503 ? { 'retry-after': { $ref: '#/components/headers/RetryAfter' } } : {}),
    ]),
  );
}

const SCORING_ERRORS: ServeErrorCode[] = [
  'invalid_json',
  'invalid_request',
  'invalid_options',
  'body_too_large',
  'unsupported_media_type',
  'queue_full',
  'shutting_down',
  'timeout',
];

const body = (id: string) => ({ required: true, content: { 'application/json': { schema: ref(id) } } });

/**
 * The OpenAPI 3.1 document for these limits and this ruleset (with the packs of `serve --pack`).
 *
 * @example
 * ```ts
 * const doc = buildOpenApi(DEFAULT_LIMITS, '0.1.0');
 * doc.openapi; // "3.1.0"
 * ```
 */
export function buildOpenApi(limits: Limits, version: string, ruleset: Assessment['ruleset'] = RULESET): JsonSchema {
  const schemas = {
    ...components(
      [
        [RequestOptionsSchema, 'AssessOptions'],
        [AssessRequestSchema, 'AssessRequest'],
        [batchRequestSchema(limits.maxItems), 'BatchRequest'],
        [BatchItemSchema, 'BatchItem'],
      ],
      'input',
    ),
    ...components(
      [
        [AssessmentSchema, 'Assessment'],
        [BatchResultSchema, 'BatchResult'],
        [BatchResponseSchema, 'BatchResponse'],
        [RulesResponseSchema, 'RulesResponse'],
        [SchemasResponseSchema, 'SchemasResponse'],
        [HealthResponseSchema, 'HealthResponse'],
        [ReadyResponseSchema, 'ReadyResponse'],
        [ErrorResponseSchema, 'Error'],
      ],
      'output',
    ),
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'trafficking-signals',
      version,
      summary: 'Human-trafficking risk signals in the text of online ads, with evidence. Triage for human review, never a verdict.',
      license: { name: 'MIT', identifier: 'MIT' },
      'x-ruleset': ruleset,
    },
    paths: {
      '/v1/assess': {
        post: {
          operationId: 'assess',
          summary: 'Assess one ad',
          requestBody: body('AssessRequest'),
          responses: { '200': json(ref('Assessment'), 'The Assessment of the ad.'), ...errors(SCORING_ERRORS) },
        },
      },
      '/v1/assess/batch': {
        post: {
          operationId: 'assessBatch',
          summary: `Assess up to ${limits.maxItems} ads; one result per item, in order`,
          description: 'An item that is not { id?, text } becomes an error result (invalid_item) in its place; the other items are still scored.',
          requestBody: body('BatchRequest'),
          responses: { '200': json(ref('BatchResponse'), 'One result per item, in order.'), ...errors([...SCORING_ERRORS, 'too_many_items']) },
        },
      },
      '/v1/rules': { get: { operationId: 'listRules', summary: 'Every rule, with its weight and source', responses: { '200': json(ref('RulesResponse'), 'The rules.') } } },
      '/v1/schema': { get: { operationId: 'schemas', summary: 'The JSON Schemas (draft 2020-12) of the requests and responses', responses: { '200': json(ref('SchemasResponse'), 'Standalone JSON Schemas by name.') } } },
      '/openapi.json': { get: { operationId: 'openapi', summary: 'This document', responses: { '200': json({ type: 'object' }, 'The OpenAPI 3.1 document.') } } },
      '/healthz': { get: { operationId: 'health', summary: 'Liveness: the process answers', responses: { '200': json(ref('HealthResponse'), 'Alive.') } } },
      '/readyz': {
        get: {
          operationId: 'ready',
          summary: 'Readiness: requests would be scored now',
          responses: {
            '200': json(ref('ReadyResponse'), 'Ready.'),
            '503': json(ref('ReadyResponse'), 'Starting, busy (queue full) or closing.', { 'retry-after': { $ref: '#/components/headers/RetryAfter' } }),
          },
        },
      },
    },
    components: {
      schemas,
      headers: {
        RulesetSha256: { description: 'SHA-256 of the rule set that answers; on every response.', schema: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
        RulesetPacks: { description: 'The custom packs of `serve --pack`, as name=sha256, comma-separated; on every response of a server that has them.', schema: { type: 'string' } },
        RequestId: { description: 'The id of the request in the server log.', schema: { type: 'string' } },
        RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 1 } },
      },
    },
  };
}
