/**
 * The routes of the service. Scoring routes check their body against the JSON Schemas generated
 * from the zod schemas, check options in the main thread and score on the worker pool; the
 * documents (`/v1/rules`, `/v1/schema`, `/openapi.json`) are serialized once at start.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Assessment, ErrorCode, RuleInfo } from '../../index.js';
import { BATCH_ITEM_ERROR_CODES, ServeError } from './errors.js';
import { serviceJsonSchemas } from './json-schemas.js';
import { RETRY_AFTER_SECONDS } from './limits.js';
import { noteOf } from './log.js';
import { buildOpenApi } from './openapi.js';
import { checkOptions } from './request-options.js';
import { BatchItemSchema } from './schemas.js';
import { scoreWithinLimits, type Scorer } from './scoring.js';

/**
 * What the routes need: the scorer, the version, whether the server is shutting down, and the
 * rules it scores with (the built-in ones, and the packs of `serve --pack`).
 *
 * @example
 * ```ts
 * registerRoutes(app, { pool, admission, limits, version: '0.1.0', state: { closing: false }, ruleset: RULESET, rules: listRules(), ruleIds });
 * ```
 */
export interface RouteContext extends Scorer {
  version: string;
  state: { closing: boolean };
  /** The stamp of every answer: `RULESET`, with `packs` when the server has custom packs. */
  ruleset: Assessment['ruleset'];
  /** The rules that score (GET /v1/rules). */
  rules: RuleInfo[];
  /** Every rule id a request may name in `disabledRules`. */
  ruleIds: ReadonlySet<string>;
}

const sendJson = (reply: FastifyReply, json: string, status = 200): FastifyReply =>
  reply.code(status).type('application/json; charset=utf-8').send(json);

/** An item of a batch, or the error result that takes its place. */
type CheckedItem = { text: string; id?: string | number } | { error: string; id?: string | number };

function checkItem(raw: unknown, index: number): CheckedItem {
  const parsed = BatchItemSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const rawId = (raw as { id?: unknown } | null)?.id;
  const id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : undefined;
  const issue = parsed.error.issues[0];
  const where = [`items[${index}]`, ...(issue?.path ?? []).map(String)].join('.');
  const what = raw === null || typeof raw !== 'object' || Array.isArray(raw) ? 'must be an object { id?, text }' : (issue?.message ?? 'is not valid');
  return { error: `${where}: ${what}`, ...(id === undefined ? {} : { id }) };
}

/** The JSON of one batch result, in the library's `BatchResult` field order. */
function resultJson(index: number, id: string | number | undefined, rest: string): string {
  return `{"index":${index}${id === undefined ? '' : `,"id":${JSON.stringify(id)}`},${rest}}`;
}

const itemErrorCode = (code: ErrorCode): (typeof BATCH_ITEM_ERROR_CODES)[number] => (code === 'invalid_input' ? 'invalid_input' : 'internal_error');

/**
 * Adds every route of the service to `app`.
 *
 * @example
 * ```ts
 * registerRoutes(app, context);
 * ```
 */
export function registerRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const schemas = serviceJsonSchemas(ctx.limits);
  const { ruleset, rules } = ctx;
  const rulesetJson = JSON.stringify(ruleset);
  const rulesJson = JSON.stringify({ ruleset, count: rules.length, rules });
  const schemasJson = JSON.stringify({ ruleset, schemas });
  const openapiJson = JSON.stringify(buildOpenApi(ctx.limits, ctx.version, ruleset));
  const healthJson = JSON.stringify({ status: 'ok', version: ctx.version, ruleset });

  app.post<{ Body: { text: string; options?: unknown } }>('/v1/assess', { schema: { body: schemas.assessRequest } }, async (request, reply) => {
    const { text } = request.body;
    const note = noteOf(request);
    note.items = 1;
    note.texts = [text];
    const options = checkOptions(request.body.options, ctx.ruleIds);
    const [outcome] = await scoreWithinLimits(ctx, reply.raw, [text], options);
    if (!outcome?.ok) {
      note.failure = new Error(outcome?.error.message ?? 'no outcome');
      throw new ServeError('internal_error', 'internal error: the server log has the details');
    }
    return sendJson(reply, outcome.json);
  });

  app.post<{ Body: { items: unknown[]; options?: unknown } }>('/v1/assess/batch', { schema: { body: schemas.batchRequest } }, async (request, reply) => {
    const { items } = request.body;
    const checked = items.map(checkItem);
    const texts = checked.flatMap((c) => ('text' in c ? [c.text] : []));
    const note = noteOf(request);
    note.items = items.length;
    note.texts = texts;
    const options = checkOptions(request.body.options, ctx.ruleIds);
    const outcomes = texts.length ? await scoreWithinLimits(ctx, reply.raw, texts, options) : [];
    let next = 0;
    const parts = checked.map((c, index) => {
      if ('error' in c) return resultJson(index, c.id, `"ok":false,"error":${JSON.stringify({ code: 'invalid_item', message: c.error })}`);
      const outcome = outcomes[next++];
      if (!outcome) throw new Error(`missing outcome for item ${index}`);
      if (outcome.ok) return resultJson(index, c.id, `"ok":true,"assessment":${outcome.json}`);
      return resultJson(index, c.id, `"ok":false,"error":${JSON.stringify({ code: itemErrorCode(outcome.error.code), message: outcome.error.message })}`);
    });
    return sendJson(reply, `{"ruleset":${rulesetJson},"results":[${parts.join(',')}]}`);
  });

  app.get('/v1/rules', async (_request, reply) => sendJson(reply, rulesJson));
  app.get('/v1/schema', async (_request, reply) => sendJson(reply, schemasJson));
  app.get('/openapi.json', async (_request, reply) => sendJson(reply, openapiJson));
  app.get('/healthz', async (_request, reply) => sendJson(reply, healthJson));
  app.get('/readyz', async (_request, reply) => {
    const status = ctx.state.closing ? 'closing' : !ctx.pool.warm ? 'starting' : ctx.admission.full ? 'busy' : 'ready';
    if (status !== 'ready') reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    const body = { status, ruleset, workers: ctx.pool.threads, inFlight: ctx.admission.inFlight, queue: ctx.admission.limit };
    return sendJson(reply, JSON.stringify(body), status === 'ready' ? 200 : 503);
  });
}
