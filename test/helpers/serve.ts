/**
 * Runs `trafficking-signals serve` (the built dist/cli.js) as a real subprocess on a free
 * loopback port, and waits for things by polling — never by sleeping for a guessed time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { CLI, cliEnv, requireBuiltCli, ROOT } from './cli.js';

/** A running server. */
export interface Served {
  url: string;
  child: ChildProcess;
  /** stdout lines parsed as JSON (pino), in order. */
  logs: Record<string, unknown>[];
  stderr: () => string;
  /** Resolves with the exit code once the process has exited. */
  exited: Promise<number | null>;
  /** Sends SIGTERM and waits for the exit code. */
  stop(): Promise<number | null>;
}

const children = new Set<ChildProcess>();
// A failed test must not leave a server running (one held at the test gate would linger).
process.once('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Polls `check` every 25 ms until it returns a value other than undefined; a guard ends a hang. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, guardMs = 120_000): Promise<T> {
  const until = Date.now() + guardMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Starts the server with extra arguments and environment; resolves once /readyz says ready. */
export async function startServer(args: string[] = [], env: Record<string, string> = {}): Promise<Served> {
  requireBuiltCli();
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--host', '127.0.0.1', ...args], {
    cwd: ROOT,
    env: cliEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  let partial = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    const lines = (partial + d).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve((exitCode = code))));
  const url = await waitFor('the server to listen', () => {
    if (exitCode !== undefined) throw new Error(`serve exited (${exitCode}) before listening: ${stderr}`);
    const line = logs.find((l) => typeof l.msg === 'string' && l.msg.startsWith('Server listening at '));
    return line ? (line.msg as string).slice('Server listening at '.length) : undefined;
  });
  const served: Served = {
    url,
    child,
    logs,
    stderr: () => stderr,
    exited,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
  await waitFor('the workers to be ready', async () => ((await fetch(`${url}/readyz`)).status === 200 ? true : undefined));
  return served;
}

/** POSTs JSON (or a raw string body) and returns status, headers and parsed body. */
export async function post(
  url: string,
  body: unknown,
  init: { raw?: boolean; contentType?: string; signal?: AbortSignal } = {},
): Promise<{ status: number; headers: Headers; body: any; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': init.contentType ?? 'application/json' },
    body: init.raw ? (body as string) : JSON.stringify(body),
    signal: init.signal,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined, text };
}

/** GETs and returns status, headers and parsed body. */
export async function get(url: string): Promise<{ status: number; headers: Headers; body: any; text: string }> {
  const res = await fetch(url);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined, text };
}
