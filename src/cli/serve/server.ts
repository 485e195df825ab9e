/**
 * The fastify application of `serve`: JSON bodies parsed with a message that names the problem,
 * bodies validated by Ajv (JSON Schema 2020-12, no coercion, no defaults), every response
 * stamped with the ruleset's SHA-256 and the request id, every error answered as
 * `{ error: { code, message } }`, one log line per request.
 */
import type { Duplex } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Assessment } from '../../index.js';
import { errorBody, ServeError } from './errors.js';
import { toServeError } from './error-map.js';
import { RETRY_AFTER_SECONDS } from './limits.js';
import { logRequest, noteOf } from './log.js';
import { registerRoutes, type RouteContext } from './routes.js';
import { ClientGoneError } from './scoring.js';

/**
 * How the server logs.
 *
 * @example
 * ```ts
 * const logging: Logging = { level: 'info', logText: false };
 * ```
 */
export interface Logging {
  /** pino level: fatal, error, warn, info, debug or silent. */
  level: string;
  /** Put the ad texts into the request log lines. */
  logText: boolean;
}

function sendError(request: FastifyRequest, reply: FastifyReply, err: ServeError): FastifyReply {
  noteOf(request).code = err.code;
  if (err.status === 503) reply.header('retry-after', String(RETRY_AFTER_SECONDS));
  return reply.code(err.status).type('application/json; charset=utf-8').send(JSON.stringify(errorBody(err)));
}

const PROBES = new Set(['/healthz', '/readyz']);

/**
 * The ruleset headers of every response: `x-ruleset-sha256` (the built-in rules) and, with
 * `serve --pack`, `x-ruleset-packs` (`name=sha256`, comma-separated).
 *
 * @example
 * ```ts
 * rulesetHeaders(RULESET); // { 'x-ruleset-sha256': '…' }
 * ```
 */
export function rulesetHeaders(ruleset: Assessment['ruleset']): Record<string, string> {
  const headers: Record<string, string> = { 'x-ruleset-sha256': ruleset.sha256 };
  if (ruleset.packs?.length) headers['x-ruleset-packs'] = ruleset.packs.map((p) => `${p.pack}=${p.sha256}`).join(',');
  return headers;
}

/**
 * Answers a request that Node's HTTP parser rejected before fastify saw it (malformed request
 * line, headers too large, a request that never finished arriving) in the service's own shape.
 */
function clientError(headers: Record<string, string>, err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed || !socket.writable) return;
  const why =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? 'the request headers are too large'
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'the request did not arrive in time'
        : `the request is not valid HTTP (${err.code ?? 'unreadable'})`;
  const body = JSON.stringify(errorBody(new ServeError('invalid_request', why)));
  socket.end(
    `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}Connection: close\r\n\r\n${body}`,
  );
}

/**
 * Creates the application (not yet listening).
 *
 * @example
 * ```ts
 * const app = await createServer(context, { level: 'info', logText: false });
 * await app.listen({ port: 8080, host: '127.0.0.1' });
 * ```
 */
export async function createServer(ctx: RouteContext, logging: Logging): Promise<FastifyInstance> {
  // Loaded here rather than at the top, so the program's other commands never load them.
  const { default: fastify, LogController } = await import('fastify');
  const { default: Ajv2020 } = await import('ajv/dist/2020.js');
  const stamp = rulesetHeaders(ctx.ruleset);
  const app = fastify({
    logger: { level: logging.level },
    bodyLimit: ctx.limits.bodyBytes,
    // The request log line is this service's own (log.ts), with no ad text in it.
    logController: new LogController({ disableRequestLogging: true }),
    // Requests that arrive while closing get this service's own coded error (below).
    return503OnClosing: false,
    clientErrorHandler: (err, socket) => clientError(stamp, err, socket),
  });
  const ajv = new Ajv2020({ allErrors: false, coerceTypes: false, useDefaults: false, removeAdditional: false });
  app.setValidatorCompiler(({ schema }) => ajv.compile(schema));

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(new ServeError('invalid_json', 'the body is empty: send a JSON object'), undefined);
    try {
      done(null, JSON.parse(body as string));
    } catch (err) {
      const reason = (err as Error).message.slice(0, 200);
      done(new ServeError('invalid_json', `the body is not valid JSON: ${reason}`), undefined);
    }
  });

  app.decorateRequest('note', null);
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(stamp);
    reply.header('x-request-id', request.id);
    reply.raw.once('close', () => {
      if (reply.raw.writableFinished) return;
      noteOf(request).code ??= 'client_closed';
      logRequest(request, reply, logging.logText, 499);
    });
    if (ctx.state.closing && !PROBES.has(request.url.split('?')[0] ?? '')) {
      return sendError(request, reply, new ServeError('shutting_down', 'the server is shutting down; retry on another instance'));
    }
  });
  app.addHook('onSend', async (_request, reply) => {
    // Let keep-alive connections end with their last answer, so shutdown does not wait for them.
    if (ctx.state.closing) reply.header('connection', 'close');
  });
  app.addHook('onResponse', async (request, reply) => logRequest(request, reply, logging.logText));

  app.setErrorHandler((thrown, request, reply) => {
    const err = thrown instanceof Error ? thrown : new Error(String(thrown));
    if (err instanceof ClientGoneError) {
      // Nobody reads this answer; the 'close' listener above has logged the request.
      return reply.code(499).send();
    }
    const served = toServeError(err, ctx.limits);
    if (served.code === 'internal_error' && !(err instanceof ServeError)) noteOf(request).failure = err;
    return sendError(request, reply, served);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, new ServeError('not_found', `no route ${request.method} ${request.url.split('?')[0]}; GET /openapi.json lists the routes`)),
  );

  registerRoutes(app, ctx);
  return app;
}
