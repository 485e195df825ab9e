import { availableParallelism } from 'node:os';
import { AssessOptionsSchema, LANGUAGE_CODES, listRules, RULESET, type Assessment, type AssessOptions, type ResolvedOptions } from '../../index.js';
import { choiceOf, intOf, listOf, stringOf, suggest, type OptionSpec, type Values } from '../args.js';
import { UsageError } from '../errors.js';
import { readPacks } from '../packs.js';
import type { InputFormat } from '../io/sources.js';
import { parseShard, type Shard } from './shard.js';
import type { OutputFormat } from './types.js';

/** Options shared by commands that score text. */
export const ASSESS_OPTIONS: OptionSpec = {
  language: { type: 'string' },
  'flag-level': { type: 'string' },
  'max-length': { type: 'string' },
  'reference-year': { type: 'string' },
  'disable-rules': { type: 'string', multiple: true },
  pack: { type: 'string', multiple: true },
};

/** The options of `score`. */
export const SCORE_OPTIONS: OptionSpec = {
  ...ASSESS_OPTIONS,
  output: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  'input-format': { type: 'string' },
  'text-field': { type: 'string' },
  'id-field': { type: 'string' },
  'keep-fields': { type: 'string', multiple: true },
  'fail-on': { type: 'string' },
  workers: { type: 'string', short: 'w' },
  'batch-size': { type: 'string' },
  timeout: { type: 'string' },
  summary: { type: 'string' },
  report: { type: 'string' },
  top: { type: 'string' },
  'no-clusters': { type: 'boolean' },
  shard: { type: 'string' },
  resume: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

/** The library options of a command, checked, with the ruleset stamp its results will carry. */
export interface CheckedAssessOptions {
  input: AssessOptions;
  resolved: ResolvedOptions;
  ruleset: Assessment['ruleset'];
}

/**
 * Validated library options: invalid ones are a usage error. Checked against the schema and the
 * rule list rather than by creating an assessor, so the main thread does not compile the rules
 * only for the workers to compile them again — except with `--pack`, whose files are compiled
 * once here so that a pack's problem is a usage error naming its file, not a failed worker.
 */
export function assessOptionsOf(values: Values): CheckedAssessOptions {
  const input: AssessOptions = {
    language: choiceOf(values, 'language', ['auto', ...LANGUAGE_CODES] as const, 'auto'),
    flagLevel: choiceOf(values, 'flag-level', ['low', 'medium', 'high'] as const, 'medium'),
  };
  if (values['max-length'] !== undefined) input.maxLength = intOf(values, 'max-length', 100_000, 1, 10_000_000);
  if (values['reference-year'] !== undefined) input.referenceYear = intOf(values, 'reference-year', new Date().getUTCFullYear(), 1900, 2200);
  const disabled = listOf(values, 'disable-rules');
  if (disabled.length) input.disabledRules = disabled;
  const parsed = AssessOptionsSchema.safeParse(input);
  if (!parsed.success) throw new UsageError(`invalid options: ${parsed.error.issues.map((i) => i.message).join('; ')}.`);
  const packFiles = Array.isArray(values.pack) ? values.pack : typeof values.pack === 'string' ? [values.pack] : [];
  const packs = readPacks(packFiles);
  const known = new Set([...listRules().map((r) => r.id), ...(packs?.packs.flatMap((p) => p.rules.map((r) => r.id)) ?? [])]);
  const unknown = disabled.filter((id) => !known.has(id));
  if (unknown.length) {
    const close = suggest(unknown[0] as string, [...known]);
    throw new UsageError(
      `--disable-rules: unknown rule id(s) ${unknown.join(', ')}.${close ? ` Did you mean ${close}?` : ''} The README's rule tables list every id.`,
    );
  }
  if (!packs) return { input, resolved: parsed.data, ruleset: { ...RULESET } };
  input.packs = packs.packs;
  return { input, resolved: { ...parsed.data, packs: packs.packs }, ruleset: packs.ruleset };
}

/** Everything `score` was asked to do. */
export interface ScoreOptions {
  files: string[];
  output?: string;
  format: OutputFormat;
  inputFormat?: InputFormat;
  /** Undefined: found from the first record (text-field.ts). */
  textField?: string;
  idField: string;
  keepFields: string[];
  assess: AssessOptions;
  resolved: ResolvedOptions;
  /** The ruleset stamp of the results (built-in rules, and custom packs). */
  ruleset: Assessment['ruleset'];
  failOnFlagged: boolean;
  workers: number;
  batchSize: number;
  timeoutMs: number;
  summary?: string;
  report?: string;
  top: number;
  /** Link the records into clusters for the report. */
  clusters: boolean;
  shard: Shard | null;
  resume: boolean;
}

/** Reads and checks the options of `score`; every problem is a {@link UsageError}. */
export function scoreOptionsOf(values: Values, files: string[]): ScoreOptions {
  const { input, resolved, ruleset } = assessOptionsOf(values);
  const format = choiceOf(values, 'format', ['jsonl', 'csv', 'table'] as const, 'jsonl');
  const rawInput = stringOf(values, 'input-format');
  const inputFormat = rawInput === undefined ? undefined : choiceOf(values, 'input-format', ['jsonl', 'csv', 'tsv'] as const, 'jsonl');
  const failOn = choiceOf(values, 'fail-on', ['flagged', 'never'] as const, 'never');
  const shardText = stringOf(values, 'shard');
  const resume = values.resume === true;
  const output = stringOf(values, 'output');
  if (resume && !output) throw new UsageError('--resume needs -o FILE: it skips the ids already in that file and appends.');
  if (resume && format === 'table') throw new UsageError('--resume works with --format jsonl or csv, not table.');
  const text = (name: string): string | undefined => {
    const v = stringOf(values, name);
    if (v !== undefined && v.trim() === '') throw new UsageError(`--${name} must not be empty.`);
    return v;
  };
  // Scoring costs far more than reading and writing records, so every core scores: on the
  // 2-core development machine --workers 2 scores 731 records/s against 577 in the main thread
  // (npm run bench, BENCHMARKS.md). A single core scores in the main thread.
  const defaultWorkers = Math.max(1, availableParallelism());
  return {
    files,
    output,
    format,
    inputFormat,
    textField: text('text-field'),
    idField: text('id-field') ?? 'id',
    keepFields: listOf(values, 'keep-fields'),
    assess: input,
    resolved,
    ruleset,
    failOnFlagged: failOn === 'flagged',
    workers: intOf(values, 'workers', defaultWorkers, 1, 256),
    batchSize: intOf(values, 'batch-size', 128, 1, 10_000),
    timeoutMs: intOf(values, 'timeout', 10_000, 0, 86_400_000),
    summary: stringOf(values, 'summary'),
    report: stringOf(values, 'report'),
    top: intOf(values, 'top', 50, 0, 10_000),
    clusters: values['no-clusters'] !== true,
    shard: shardText === undefined ? null : parseShard(shardText),
    resume,
  };
}
