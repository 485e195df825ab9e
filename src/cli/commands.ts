import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AssessmentSchema, AssessOptionsSchema, createAssessor } from '../index.js';
import { choiceOf, parseCommand, stringOf } from './args.js';
import { EXIT, UsageError } from './errors.js';
import { explainText } from './explain.js';
import { readAll, type Io } from './io/context.js';
import { ASSESS_OPTIONS, assessOptionsOf } from './run/options.js';
import { mergeSummaries } from './summary/merge.js';
import { SummarySchema, summaryJson, type Summary } from './summary/summary.js';
import { summaryTable } from './summary/table.js';
import { useColor, widthOf } from './terminal.js';

/** `explain "text"` (or stdin): the ad with its evidence, level, score and every signal. */
export async function explainCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('explain', argv, {
    ...ASSESS_OPTIONS,
    format: { type: 'string', short: 'f' },
  });
  const format = choiceOf(values, 'format', ['text', 'json'] as const, 'text');
  const { input } = assessOptionsOf(values);
  let text: string;
  if (positionals.length && !(positionals.length === 1 && positionals[0] === '-')) text = positionals.join(' ');
  else if ((io.stdin as { isTTY?: boolean }).isTTY) {
    throw new UsageError('give the ad text as an argument (explain "text…") or pipe it on stdin.');
  } else text = (await readAll(io.stdin)).replace(/\r?\n$/, '');
  const assessment = createAssessor(input).assess(text);
  io.stdout.write(
    format === 'json' ? `${JSON.stringify(assessment, null, 2)}\n` : explainText(text, assessment, useColor(io.stdout, io.env), widthOf(io.stdout)),
  );
  return EXIT.ok;
}

/** `schema [assessment|options]`: the JSON Schemas of the output and of the options. */
export function schemaCommand(argv: string[], io: Io): number {
  const { positionals } = parseCommand('schema', argv, {});
  const which = positionals[0] ?? 'all';
  if (!['all', 'assessment', 'options'].includes(which) || positionals.length > 1) {
    throw new UsageError(`schema takes 'assessment', 'options' or nothing, got '${positionals.join(' ')}'.`);
  }
  const assessment = { title: 'trafficking-signals Assessment', ...z.toJSONSchema(AssessmentSchema, { io: 'output', target: 'draft-2020-12' }) };
  const options = { title: 'trafficking-signals AssessOptions', ...z.toJSONSchema(AssessOptionsSchema, { io: 'input', target: 'draft-2020-12' }) };
  const out = which === 'assessment' ? assessment : which === 'options' ? options : { assessment, options };
  io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  return EXIT.ok;
}

function readSummary(path: string): Summary {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read summary '${path}': ${code ?? (err as Error).message}.`);
  }
  const parsed = SummarySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`'${path}' is not a summary written by 'score --summary' (${issue?.path.join('.') || '(root)'}: ${issue?.message}).`);
  }
  return parsed.data;
}

/** `merge-summaries a.json b.json … [-o merged.json]`: adds up summaries of shards. */
export function mergeCommand(argv: string[], io: Io): number {
  const { values, positionals } = parseCommand('merge-summaries', argv, {
    output: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q' },
  });
  if (positionals.length === 0) throw new UsageError('merge-summaries needs summary files: merge-summaries a.json b.json … [-o merged.json].');
  const { summary, notes } = mergeSummaries(positionals.map(readSummary));
  for (const note of notes) io.stderr.write(`note: ${note}\n`);
  const output = stringOf(values, 'output');
  if (output) writeFileSync(output, summaryJson(summary));
  else io.stdout.write(summaryJson(summary));
  if (values.quiet !== true && output) io.stderr.write(`${summaryTable(summary)}\n`);
  return EXIT.ok;
}
