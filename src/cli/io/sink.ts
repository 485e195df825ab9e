import { createWriteStream, openSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { Writable } from 'node:stream';

/** Where output goes: stdout or a file, written with backpressure. */
export interface Sink {
  /** True once the reader went away (`| head`): stop producing output. */
  readonly broken: boolean;
  /** Whether the destination is a terminal. */
  readonly isTTY: boolean;
  write(text: string): Promise<void>;
  end(): Promise<void>;
}

const isPipeClosed = (err: unknown): boolean => {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
};

function sinkOf(stream: Writable, isTTY: boolean, closeAtEnd: boolean): Sink {
  let broken = false;
  let failure: Error | undefined;
  stream.on('error', (err) => {
    if (isPipeClosed(err)) broken = true;
    else failure = err;
  });
  const check = (): void => {
    if (failure) throw failure;
  };
  return {
    get broken() {
      return broken;
    },
    isTTY,
    async write(text) {
      check();
      if (broken || text === '') return;
      if (!stream.write(text)) {
        await new Promise<void>((resolve) => {
          const done = (): void => {
            stream.off('drain', done);
            stream.off('error', done);
            stream.off('close', done);
            resolve();
          };
          stream.on('drain', done);
          stream.on('error', done);
          stream.on('close', done);
        });
      }
      check();
    },
    async end() {
      check();
      if (broken || !closeAtEnd) return;
      await new Promise<void>((resolve, reject) => {
        stream.once('error', reject);
        stream.end(() => resolve());
      });
    },
  };
}

/** A sink on stdout; a closed pipe marks it broken instead of throwing. */
export function stdoutSink(stdout: NodeJS.WriteStream): Sink {
  return sinkOf(stdout, stdout.isTTY === true, false);
}

/** A sink on a file, truncated or appended to. */
export function fileSink(path: string, append: boolean): Sink {
  let fd: number;
  try {
    // Opened now so a bad path is a usage error before any work starts.
    fd = openSync(path, append ? 'a' : 'w');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new UsageError(`cannot write '${path}': ${code}. Check that the directory exists and is writable.`);
  }
  return sinkOf(createWriteStream(path, { fd }), false, true);
}
