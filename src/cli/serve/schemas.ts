/**
 * The zod schemas of the service's requests and responses. The JSON Schemas that validate
 * requests, the ones `GET /v1/schema` returns and the OpenAPI document are all generated from
 * these, and from the library's own `AssessmentSchema` and `AssessOptionsSchema`.
 */
import { z } from 'zod';
import { AssessmentSchema, AssessOptionsSchema, CATEGORY_IDS } from '../../index.js';
import { BATCH_ITEM_ERROR_CODES, SERVE_ERROR_CODES } from './errors.js';

/**
 * The options a request may carry: the library's options without `packs`. Custom rule packs
 * are not taken over HTTP (a pack is code the server would compile; `serve --pack` is to come),
 * so `options.packs` is refused as an unknown field.
 *
 * @example
 * ```ts
 * RequestOptionsSchema.parse({ language: 'fr', flagLevel: 'high' });
 * ```
 */
export const RequestOptionsSchema = AssessOptionsSchema.omit({ packs: true });

/**
 * The body of `POST /v1/assess`.
 *
 * @example
 * ```ts
 * AssessRequestSchema.parse({ text: 'Hostess job abroad', options: { language: 'en' } });
 * ```
 */
export const AssessRequestSchema = z.strictObject({
  text: z.string().describe('The ad text, as it was posted.'),
  options: RequestOptionsSchema.optional().describe('Options of the assessment (the library options but packs); unknown keys are rejected.'),
});

/**
 * One item of a batch as it should be sent. Items are checked one by one: an item that does not
 * match becomes an error result in its place, and the other items are still scored.
 *
 * @example
 * ```ts
 * BatchItemSchema.parse({ id: 'ad-1', text: 'Cook wanted' });
 * ```
 */
export const BatchItemSchema = z.strictObject({
  id: z.union([z.string(), z.number()]).optional().describe('Your id of the item, echoed in its result.'),
  text: z.string().describe('The ad text.'),
});

/**
 * The body of `POST /v1/assess/batch`, for a batch limit of `maxItems`.
 *
 * @example
 * ```ts
 * batchRequestSchema(1000).parse({ items: [{ id: 1, text: 'Cook wanted' }] });
 * ```
 */
export function batchRequestSchema(maxItems: number) {
  return z.strictObject({
    items: z
      .array(z.unknown().describe('A BatchItem { id?, text }; anything else becomes an error result.'))
      .max(maxItems)
      .describe(`The ads, at most ${maxItems}; results come back in the same order.`),
    options: RequestOptionsSchema.optional().describe('Options applied to every item.'),
  });
}

const RulesetSchema = AssessmentSchema.shape.ruleset.describe('The rule set that produced the answer.');

/**
 * The result for one batch item, in the library's `BatchResult` shape.
 *
 * @example
 * ```ts
 * BatchResultSchema.parse({ index: 0, id: 'x', ok: false, error: { code: 'invalid_item', message: 'items[0].text: is required' } });
 * ```
 */
export const BatchResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({
    index: z.number().int().min(0),
    id: z.union([z.string(), z.number()]).optional(),
    ok: z.literal(true),
    assessment: AssessmentSchema,
  }),
  z.strictObject({
    index: z.number().int().min(0),
    id: z.union([z.string(), z.number()]).optional(),
    ok: z.literal(false),
    error: z.strictObject({ code: z.enum(BATCH_ITEM_ERROR_CODES), message: z.string() }),
  }),
]);

/**
 * The answer of `POST /v1/assess/batch`: one result per item, in order.
 *
 * @example
 * ```ts
 * BatchResponseSchema.shape.results; // array of BatchResult
 * ```
 */
export const BatchResponseSchema = z.strictObject({ ruleset: RulesetSchema, results: z.array(BatchResultSchema) });

/**
 * The answer of `GET /v1/rules`.
 *
 * @example
 * ```ts
 * RulesResponseSchema.shape.rules; // array of { id, pack, category, weight, description, source }
 * ```
 */
export const RulesResponseSchema = z.strictObject({
  ruleset: RulesetSchema,
  count: z.number().int().min(0),
  rules: z.array(
    z.strictObject({
      id: z.string(),
      pack: z.string().describe('Language pack (ISO 639-1), or xx for the language-independent pack.'),
      category: z.enum(CATEGORY_IDS),
      weight: z.number().min(0).max(1),
      description: z.string(),
      source: z.string().describe('Where the indicator is documented.'),
    }),
  ),
});

/**
 * The answer of `GET /v1/schema`: standalone JSON Schemas (draft 2020-12) by name.
 *
 * @example
 * ```ts
 * SchemasResponseSchema.shape.schemas;
 * ```
 */
export const SchemasResponseSchema = z.strictObject({
  ruleset: RulesetSchema,
  schemas: z.record(z.string(), z.record(z.string(), z.unknown())),
});

/**
 * The answer of `GET /healthz`: the process is up and its event loop answers.
 *
 * @example
 * ```ts
 * HealthResponseSchema.parse({ status: 'ok', version: '0.1.0', ruleset });
 * ```
 */
export const HealthResponseSchema = z.strictObject({ status: z.literal('ok'), version: z.string(), ruleset: RulesetSchema });

/**
 * The answer of `GET /readyz`: 200 when requests would be scored now, 503 while the workers
 * start, while the queue is full, and while shutting down.
 *
 * @example
 * ```ts
 * ReadyResponseSchema.shape.status; // 'ready' | 'starting' | 'busy' | 'closing'
 * ```
 */
export const ReadyResponseSchema = z.strictObject({
  status: z.enum(['ready', 'starting', 'busy', 'closing']),
  ruleset: RulesetSchema,
  workers: z.number().int().min(1),
  inFlight: z.number().int().min(0).describe('Scoring requests admitted and not yet answered.'),
  queue: z.number().int().min(1).describe('Most scoring requests admitted at once (--queue).'),
});

/**
 * Every error response.
 *
 * @example
 * ```ts
 * ErrorResponseSchema.parse({ error: { code: 'timeout', message: 'the request took longer than 10000 ms' } });
 * ```
 */
export const ErrorResponseSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(SERVE_ERROR_CODES).describe('Stable, machine-readable.'),
    message: z.string().describe('For people; the wording may change.'),
  }),
});
