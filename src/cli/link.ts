import { LANGUAGE_CODES, TraffickingSignalsError } from '../index.js';
import { linkCorpus, type LinkItem, type LinkOptions } from '../index.js';
import { choiceOf, intOf, listOf, numberOf, parseCommand, stringOf } from './args.js';
import { EXIT, UsageError } from './errors.js';
import type { Io } from './io/context.js';
import { readItems } from './io/items.js';
import { fileSink, stdoutSink } from './io/sink.js';
import { resolveSources } from './io/sources.js';
import { startProgress } from './progress.js';
import { parseItem } from './run/parse.js';

const LINK_BY = ['phone', 'email', 'handle', 'wallet', 'text'] as const;
const MAX_NOTES = 20;

/**
 * `link [files…]`: reads ads like `score` does and writes the clusters of ads that share
 * contacts or near-duplicate text, one JSON line per cluster. Unreadable records are listed on
 * stderr (and make the exit code 1); they never stop the run.
 */
export async function linkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand('link', argv, {
    output: { type: 'string', short: 'o' },
    'input-format': { type: 'string' },
    'text-field': { type: 'string' },
    'id-field': { type: 'string' },
    'date-field': { type: 'string' },
    language: { type: 'string' },
    jaccard: { type: 'string' },
    'link-by': { type: 'string', multiple: true },
    'min-cluster-size': { type: 'string' },
  });
  const rawFormat = stringOf(values, 'input-format');
  const inputFormat = rawFormat === undefined ? undefined : choiceOf(values, 'input-format', ['jsonl', 'csv', 'tsv'] as const, 'jsonl');
  const linkBy = listOf(values, 'link-by');
  for (const k of linkBy) {
    if (!(LINK_BY as readonly string[]).includes(k)) throw new UsageError(`--link-by takes ${LINK_BY.join(', ')}; got '${k}'.`);
  }
  const language = stringOf(values, 'language');
  const options: LinkOptions = {
    jaccardThreshold: numberOf(values, 'jaccard', 0.6, 0, 1, true),
    minClusterSize: intOf(values, 'min-cluster-size', 2, 2, 1_000_000),
    ...(linkBy.length ? { linkBy: linkBy as LinkOptions['linkBy'] } : {}),
    ...(language ? { language: choiceOf(values, 'language', LANGUAGE_CODES, 'en') } : {}),
  };
  const fields = {
    textField: stringOf(values, 'text-field') ?? 'text',
    idField: stringOf(values, 'id-field') ?? 'id',
    keepFields: [stringOf(values, 'date-field') ?? 'date'],
  };
  const sources = resolveSources(positionals, inputFormat, io.stdin);
  const output = stringOf(values, 'output');
  const sink = output ? fileSink(output, false) : stdoutSink(io.stdout);
  const progress = startProgress(io.stderr, sources.reduce((n, s) => n + s.size, 0), io.env);

  const notes: string[] = [];
  let failed = 0;
  const note = (where: string, message: string): void => {
    failed++;
    if (notes.length < MAX_NOTES) notes.push(`${where}: ${message}`);
  };
  async function* items(): AsyncGenerator<LinkItem> {
    for await (const item of readItems(sources, progress.addBytes)) {
      progress.addRecords(1);
      const p = parseItem(item, fields);
      if (p.error || p.text === undefined) {
        note(`${item.source ? `${item.source}:` : 'line '}${item.line}`, `${p.error?.code}: ${p.error?.message}`);
        continue;
      }
      const date = p.kept?.[0];
      yield typeof date === 'string' ? { id: String(p.id), text: p.text, date } : { id: String(p.id), text: p.text };
    }
  }

  let result;
  try {
    result = await linkCorpus(items(), options);
  } catch (err) {
    if (err instanceof TraffickingSignalsError && err.code === 'invalid_options') throw new UsageError(err.message);
    throw err;
  } finally {
    progress.stop();
  }
  for (const s of result.skipped) note(s.id === undefined ? `item ${s.index}` : `id ${s.id}`, `${s.error.code}: ${s.error.message}`);

  let text = '';
  for (const cluster of result.clusters) {
    text += `${JSON.stringify(cluster)}\n`;
    if (text.length > 1 << 16) {
      await sink.write(text);
      text = '';
      if (sink.broken) return EXIT.ok;
    }
  }
  await sink.write(text);
  if (sink.broken) return EXIT.ok;
  await sink.end();

  for (const n of notes) io.stderr.write(`skipped ${n}\n`);
  if (failed > notes.length) io.stderr.write(`… and ${failed - notes.length} more skipped records\n`);
  const st = result.stats;
  io.stderr.write(
    `link: ${st.linked.toLocaleString('en-US')} of ${st.ads.toLocaleString('en-US')} ads in ${st.clusters.toLocaleString('en-US')} clusters; ${failed.toLocaleString('en-US')} records skipped\n`,
  );
  return failed > 0 ? EXIT.recordsFailed : EXIT.ok;
}
