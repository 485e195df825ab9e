#!/usr/bin/env node
/**
 * The `trafficking-signals` command-line program. It owns stdout and stderr; the library never
 * writes to either.
 */
import { version } from '../../package.json';
import { parseCommand, suggest } from './args.js';
import { explainCommand, mergeCommand, schemaCommand } from './commands.js';
import { EXIT, UsageError } from './errors.js';
import { EXPLAIN_HELP, LINK_HELP, MAIN_HELP, MERGE_HELP, SCHEMA_HELP, SCORE_HELP, SERVE_HELP } from './help.js';
import type { Io } from './io/context.js';
import { linkCommand } from './link.js';
import { SCORE_OPTIONS, scoreOptionsOf } from './run/options.js';
import { scoreCommand } from './run/score-command.js';
import { serveCommand } from './serve/command.js';

const COMMANDS: Record<string, { help: string; run: (argv: string[], io: Io) => number | Promise<number> }> = {
  score: {
    help: SCORE_HELP,
    run: (argv, io) => {
      const { values, positionals } = parseCommand('score', argv, SCORE_OPTIONS);
      return scoreCommand(scoreOptionsOf(values, positionals), io);
    },
  },
  explain: { help: EXPLAIN_HELP, run: explainCommand },
  link: { help: LINK_HELP, run: linkCommand },
  'merge-summaries': { help: MERGE_HELP, run: mergeCommand },
  schema: { help: SCHEMA_HELP, run: schemaCommand },
  serve: { help: SERVE_HELP, run: serveCommand },
};

/** Whether the arguments ask for help (before any `--`). */
const wantsHelp = (argv: string[]): boolean => {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
};

/** Runs the program with the given arguments; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      const topic = command === 'help' && rest[0] ? COMMANDS[rest[0]] : undefined;
      io.stdout.write(topic?.help ?? MAIN_HELP);
      return EXIT.ok;
    }
    if (command === '--version' || command === '-v' || command === 'version') {
      io.stdout.write(`${version}\n`);
      return EXIT.ok;
    }
    const entry = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!entry) {
      const close = suggest(command.replace(/^-+/, ''), Object.keys(COMMANDS));
      const what = command.startsWith('-') ? `unknown option ${command}` : `unknown command '${command}'`;
      throw new UsageError(`${what}.${close ? ` Did you mean '${close}'?` : ''} Run 'trafficking-signals --help' for the commands.`);
    }
    if (wantsHelp(rest)) {
      io.stdout.write(entry.help);
      return EXIT.ok;
    }
    return await entry.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`trafficking-signals: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
}

// A closed stdout (`| head`) ends the program quietly instead of with an EPIPE trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
});

main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
    // Stopped by a signal (score: 130, 143): the output is flushed; do not wait for stdin.
    if (code === 130 || code === 143) process.exit(code);
  },
  (err: unknown) => {
    const errno = (err as NodeJS.ErrnoException | undefined)?.code;
    if (errno && err instanceof Error) {
      // A system error (disk full, file vanished): a message, not a trace.
      process.stderr.write(`trafficking-signals: ${err.message}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    process.stderr.write(`trafficking-signals: internal error (please report): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = EXIT.internal;
  },
);
