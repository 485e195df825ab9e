/**
 * One structured log line per request, written by fastify's logger (pino, JSON on stdout):
 * method, route, status, latency, item count and error code. Ad text is logged only with
 * `--log-text`; error messages of client errors are not logged at all, because a JSON parse
 * error quotes the body.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * What a handler tells the log about its request.
 *
 * @example
 * ```ts
 * request.note = { items: 3, texts: ['…'] };
 * ```
 */
export interface RequestNote {
  /** Texts scored or asked for. */
  items?: number;
  /** The texts, kept only for `--log-text`. */
  texts?: string[];
  /** The error code answered with. */
  code?: string;
  /** The error behind an `internal_error`, for the log only. */
  failure?: Error;
  /** Set once the line is written: a request gets one line, whatever path it ended by. */
  logged?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    note: RequestNote | null;
  }
}

/**
 * The note of a request, created on first use.
 *
 * @example
 * ```ts
 * noteOf(request).items = 1;
 * ```
 */
export function noteOf(request: FastifyRequest): RequestNote {
  request.note ??= {};
  return request.note;
}

/**
 * Writes the request's log line, once: from the `onResponse` hook, or with status 499 (as nginx
 * logs it) when the client went away before the answer — then fastify runs no `onResponse` hook.
 *
 * @example
 * ```ts
 * app.addHook('onResponse', async (request, reply) => logRequest(request, reply, false));
 * ```
 */
export function logRequest(request: FastifyRequest, reply: FastifyReply, logText: boolean, status = reply.statusCode): void {
  const note = noteOf(request);
  if (note.logged) return;
  note.logged = true;
  const line: Record<string, unknown> = {
    method: request.method,
    route: request.routeOptions.url ?? null,
    // The path only: a query string could carry text.
    url: request.url.split('?')[0],
    status,
    ms: Math.round(reply.elapsedTime * 100) / 100,
  };
  if (note.items !== undefined) line.items = note.items;
  if (note.code) line.code = note.code;
  if (note.failure) line.err = note.failure;
  if (logText && note.texts) line.texts = note.texts;
  const level = status >= 500 && status !== 503 && status !== 504 ? 'error' : 'info';
  request.log[level](line, 'request');
}
