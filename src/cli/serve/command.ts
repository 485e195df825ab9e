/**
 * `trafficking-signals serve`: starts the HTTP service and runs it until SIGTERM or SIGINT.
 * Shutdown is graceful: stop accepting connections, answer every request already received,
 * stop the worker threads, exit 0. A second signal exits at once.
 */
import { version } from '../../../package.json';
import { listRules, RULESET } from '../../index.js';
import { parseCommand } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import type { Io } from '../io/context.js';
import { trackConnections } from './connections.js';
import { createAdmission } from './limits.js';
import { SERVE_OPTIONS, serveOptionsOf } from './options.js';
import { createScoringPool } from './pool.js';
import { createServer } from './server.js';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

function listenError(err: unknown, host: string, port: number): Error {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return new UsageError(`port ${port} on ${host} is in use: choose another with --port (0 picks a free one).`);
  if (code === 'EACCES') return new UsageError(`not allowed to listen on port ${port}: use a port above 1023 with --port.`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new UsageError(`cannot listen on host '${host}': give an address of this machine with --host.`);
  return err instanceof Error ? err : new Error(String(err));
}

/**
 * Runs `serve`; resolves to the exit code once the server has shut down.
 *
 * @example
 * ```ts
 * process.exitCode = await serveCommand(['--port', '8080'], io);
 * ```
 */
export async function serveCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('serve', argv, SERVE_OPTIONS);
  const options = serveOptionsOf(values, positionals);
  const packs = options.packs;
  const pool = createScoringPool(options.workers, packs?.packs);
  const state = { closing: false };
  const admission = createAdmission(options.limits.queue);
  const rules = packs ? { ruleset: packs.ruleset, rules: packs.rules } : { ruleset: { ...RULESET }, rules: listRules() };
  const ruleIds = new Set([...listRules().map((r) => r.id), ...(packs?.packs.flatMap((p) => p.rules.map((r) => r.id)) ?? [])]);
  const app = await createServer(
    { pool, admission, limits: options.limits, version, state, ...rules, ruleIds },
    { level: options.logLevel, logText: options.logText },
  );
  const connections = trackConnections(app.server);
  try {
    await app.listen({ port: options.port, host: options.host });
  } catch (err) {
    await pool.close();
    throw listenError(err, options.host, options.port);
  }

  return new Promise<number>((resolve) => {
    let exitCode: number = EXIT.ok;
    const stop = async (reason: string): Promise<void> => {
      if (state.closing) {
        io.stderr.write(`trafficking-signals: ${reason} again: exiting without waiting for ${admission.inFlight} request(s) in flight.\n`);
        process.exit(EXIT.recordsFailed);
      }
      state.closing = true;
      app.log.info({ reason, inFlight: admission.inFlight }, 'shutting down: no new connections; finishing the requests in flight');
      // Stops accepting, then waits until every connection has had its answer; connections
      // without a request in progress are ended at once.
      const closed = app.close();
      connections.endIdle();
      await closed;
      await admission.drained();
      await pool.close();
      app.log.info('stopped');
      for (const signal of SIGNALS) process.off(signal, onSignal);
      resolve(exitCode);
    };
    const onSignal = (signal: NodeJS.Signals): void => void stop(signal);
    for (const signal of SIGNALS) process.on(signal, onSignal);
    pool.warmUp().then(
      () => app.log.info({ workers: options.workers, limits: options.limits }, 'ready: workers have compiled the rules'),
      (err: unknown) => {
        // Stopped before the threads were up: not a failure.
        if (state.closing) return;
        app.log.fatal({ err }, 'the worker threads failed to start');
        exitCode = EXIT.internal;
        void stop('worker threads failed');
      },
    );
  });
}
