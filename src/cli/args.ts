import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors.js';

/** Option declarations of one command, in `node:util` `parseArgs` form. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/** Parsed values: strings, booleans or lists of strings, by option name. */
export type Values = Record<string, string | boolean | string[] | undefined>;

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] as number;
      row[j] = Math.min(cur + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] as number;
}

/** The closest known name, if it is close enough to be a likely typo. */
export function suggest(input: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const d = distance(input, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(2, Math.floor(input.length / 3)) ? best : undefined;
}

/**
 * Parses the arguments of one command strictly. Unknown options and missing values become a
 * {@link UsageError} naming the option, a likely intended one, and the command's help.
 */
export function parseCommand(
  command: string,
  argv: string[],
  options: OptionSpec,
): { values: Values; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const code = (err as { code?: string }).code;
    const help = `Run 'trafficking-signals ${command} --help' for the options.`;
    const name = /'(-{1,2}[^'\s]+)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const close = suggest(name.replace(/^-+/, ''), Object.keys(options));
      const hint = close ? ` Did you mean --${close}?` : '';
      throw new UsageError(`unknown option ${name} for '${command}'.${hint} ${help}`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const flag = /--([\w-]+)/.exec(message)?.[1] ?? /-([\w])/.exec(message)?.[1] ?? '';
      const spec = options[flag];
      const what = spec?.type === 'boolean' ? 'takes no value' : 'needs a value';
      throw new UsageError(`option --${flag} ${what}. ${help}`);
    }
    throw new UsageError(`${message} ${help}`);
  }
}

/** A string option's value (the last one given), or undefined. */
export function stringOf(values: Values, name: string): string | undefined {
  const v = values[name];
  if (Array.isArray(v)) return v[v.length - 1];
  return typeof v === 'string' ? v : undefined;
}

/** An integer option within bounds, or the default; otherwise a UsageError. */
export function intOf(values: Values, name: string, fallback: number, min: number, max: number): number {
  const raw = stringOf(values, name);
  if (raw === undefined) return fallback;
  const n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got '${raw}'.`);
  }
  return n;
}

/** A choice among fixed values, or the default; otherwise a UsageError listing the choices. */
export function choiceOf<T extends string>(values: Values, name: string, choices: readonly T[], fallback: T): T {
  const raw = stringOf(values, name);
  if (raw === undefined) return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  const close = suggest(raw, choices);
  const hint = close ? ` Did you mean '${close}'?` : '';
  throw new UsageError(`--${name} must be one of ${choices.join(', ')}, got '${raw}'.${hint}`);
}

/** A comma-separated list option (empty entries dropped). */
export function listOf(values: Values, name: string): string[] {
  const v = values[name];
  const all = Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  return all.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
}

/** A decimal option within bounds (`min` exclusive when `minExclusive`), or the default. */
export function numberOf(values: Values, name: string, fallback: number, min: number, max: number, minExclusive = false): number {
  const raw = stringOf(values, name);
  if (raw === undefined) return fallback;
  const n = /^(?:\d+(?:\.\d*)?|\.\d+)$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
  if (!Number.isFinite(n) || n > max || (minExclusive ? n <= min : n < min)) {
    throw new UsageError(`--${name} must be a number ${minExclusive ? 'above' : 'from'} ${min}${minExclusive ? ' and up' : ''} to ${max}, got '${raw}'.`);
  }
  return n;
}
