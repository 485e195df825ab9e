import { accessSync, constants, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { linkCorpus, type LinkItem, type LinkResult } from '../../index.js';
import { EXIT, UsageError } from '../errors.js';
import { csvHeader } from '../format/csv.js';
import { createTableFormatter } from '../format/table.js';
import type { Io } from '../io/context.js';
import { readItems } from '../io/items.js';
import { fileSink, stdoutSink } from '../io/sink.js';
import { resolveSources } from '../io/sources.js';
import { startProgress } from '../progress.js';
import { clustersSection } from '../report/clusters.js';
import { renderReport } from '../report/html.js';
import { addRecord, emptySummary, summaryJson } from '../summary/summary.js';
import { summaryTable } from '../summary/table.js';
import { styles, useColor, widthOf } from '../terminal.js';
import { SIGNAL_EXIT, watchSignals } from './interrupt.js';
import type { ScoreOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import { FeedQueue } from './queue.js';
import { readDoneIds } from './resume.js';
import { createInProcessRunner, createPoolRunner } from './runner.js';
import { TopRecords } from './top.js';
import { detectTextField } from './text-field.js';
import type { BatchOutput, InputItem, TaskConfig } from './types.js';

function checkWritable(path: string | undefined, flag: string): void {
  if (!path) return;
  try {
    accessSync(dirname(resolve(path)), constants.W_OK);
  } catch {
    throw new UsageError(`${flag} ${path}: the directory ${dirname(resolve(path))} does not exist or is not writable.`);
  }
}

/**
 * Runs `score`: streams the inputs through the scorer and writes one output record per input
 * record, in order; then the summary and report if asked. Returns the exit code.
 */
export async function scoreCommand(opts: ScoreOptions, io: Io): Promise<number> {
  const sources = resolveSources(opts.files, opts.inputFormat, io.stdin);
  checkWritable(opts.summary, '--summary');
  checkWritable(opts.report, '--report');
  if (opts.output) checkWritable(opts.output, '-o');
  if (opts.output && opts.files.some((f) => resolve(f) === resolve(opts.output as string))) {
    throw new UsageError(`-o ${opts.output} is also an input: write the output to another file.`);
  }

  // Bytes read before the progress bar exists (finding the text field) are counted once it does.
  let earlyBytes = 0;
  let countBytes = (n: number): void => {
    earlyBytes += n;
  };
  let items: AsyncIterable<InputItem> = readItems(sources, (n) => countBytes(n));
  let textField = opts.textField;
  if (textField === undefined) {
    const detected = await detectTextField(items);
    items = detected.items;
    textField = detected.field;
    if (detected.found) io.stderr.write(`score: reading the ad text from field "${textField}" (found in the first record; --text-field names another)\n`);
  }

  const done = opts.resume && opts.output ? await readDoneIds(opts.output, opts.format === 'csv' ? 'csv' : 'jsonl') : undefined;
  if (done && (done.ids.length || done.cut)) {
    const cut = done.cut ? `; cut a partial last record of ${done.cut} bytes` : '';
    io.stderr.write(`resume: ${done.ids.length.toLocaleString('en-US')} records already in ${opts.output}${cut}\n`);
  }
  const sink = opts.output ? fileSink(opts.output, opts.resume) : stdoutSink(io.stdout);

  const config: TaskConfig = {
    assessOptions: opts.assess,
    textField,
    idField: opts.idField,
    keepFields: opts.keepFields,
    format: opts.format,
    shard: opts.shard,
    resumeIds: done?.ids ?? [],
    timeoutMs: opts.timeoutMs,
    report: opts.report !== undefined,
    link: opts.report !== undefined && opts.clusters,
  };
  const runner = opts.workers > 1 ? createPoolRunner(config, opts.workers) : createInProcessRunner(config);
  const summary = emptySummary(
    opts.ruleset,
    {
      ...opts.resolved,
      disabledRules: [...opts.resolved.disabledRules].sort(),
      // Custom packs are named by their stamps: summaries merge only when the packs are the same.
      packs: opts.ruleset.packs ?? [],
      textField,
      idField: opts.idField,
    },
    opts.shard ? { count: opts.shard.count, parts: [opts.shard.index] } : null,
  );
  const top = new TopRecords(opts.report ? opts.top : 0);
  const table = createTableFormatter(widthOf(sink.isTTY ? io.stdout : {}), styles(sink.isTTY && useColor(io.stdout, io.env)));
  const progress = startProgress(io.stderr, sources.reduce((n, s) => n + s.size, 0), io.env);
  progress.addBytes(earlyBytes);
  countBytes = progress.addBytes;
  // Clusters for the report: scored texts stream into linkCorpus while scoring goes on.
  const feed = config.link ? new FeedQueue<LinkItem>() : undefined;
  const linking: Promise<LinkResult | Error> | undefined = feed
    ? linkCorpus(feed, { assessOptions: opts.assess as Record<string, unknown> }).catch((err: unknown) =>
        err instanceof Error ? err : new Error(String(err)),
      )
    : undefined;
  let headerDone = opts.format === 'jsonl' || (opts.format === 'csv' && done?.hadHeader === true);
  let skipped = 0;
  let written = 0;
  // SIGINT/SIGTERM: no batch is written after the signal; what was handed to the output is
  // flushed, so the file holds whole records in input order and --resume completes it.
  const interrupt = watchSignals((signal) =>
    io.stderr.write(`score: ${signal} again: exiting at once; --resume cuts a half-written last record\n`),
  );
  let runnerClosed: Promise<void> | undefined;
  const closeRunner = (): Promise<void> => (runnerClosed ??= runner.close());

  const consume = async (out: BatchOutput): Promise<void> => {
    if (interrupt.signal) return;
    progress.addRecords(out.results.length + out.otherShard + out.resumed);
    skipped += out.resumed;
    let text = '';
    if (!headerDone && (out.results.length || opts.format === 'csv')) {
      text += opts.format === 'csv' ? csvHeader(opts.keepFields) : table.header(out.results);
      headerDone = true;
    }
    for (const r of out.results) {
      addRecord(summary, r.stat, r.error);
      if (r.report) top.add(r.report);
      text += opts.format === 'table' ? table.record(r) : r.out;
      if (feed && r.text !== undefined) await feed.push({ id: String(r.id), text: r.text });
    }
    if (sink.isTTY) progress.clear();
    written += out.results.length;
    await sink.write(text);
  };

  try {
    const pipeline = runPipeline(items, runner, opts.batchSize, {
      floor: () => top.floor,
      consume,
      stopped: () => sink.broken || interrupt.signal !== undefined,
    });
    pipeline.catch(() => {});
    const signal = await Promise.race([pipeline.then(() => undefined), interrupt.received]);
    if (signal === undefined) {
      if (!headerDone && opts.format === 'csv') await sink.write(csvHeader(opts.keepFields));
    } else {
      // Ending the threads drops the batches in flight; the pipeline stops at its next step
      // (or not at all while it waits for stdin: the program then exits without it).
      await closeRunner();
      await Promise.race([pipeline.catch(() => {}), new Promise((r) => setTimeout(r, 2000).unref())]);
    }
  } finally {
    feed?.end();
    progress.stop();
    await closeRunner();
  }
  // A signal after the last record was handed on still ends the run here: output flushed, no
  // summary or report of a run the user stopped.
  if (interrupt.signal) {
    if (!sink.broken) await sink.end();
    const where = opts.output ? `to ${opts.output}; run the same command with --resume to finish` : 'to stdout';
    io.stderr.write(`score: stopped by ${interrupt.signal}: ${written.toLocaleString('en-US')} records written ${where}\n`);
    return SIGNAL_EXIT[interrupt.signal];
  }
  // The reader went away (`| head`): stop quietly, writing no summary of a partial run.
  if (sink.broken) {
    interrupt.dispose();
    return EXIT.ok;
  }
  await sink.end();

  if (opts.summary) {
    writeFileSync(opts.summary, summaryJson(summary));
    io.stderr.write(`${summaryTable(summary)}\n`);
  }
  if (skipped) io.stderr.write(`resume: skipped ${skipped.toLocaleString('en-US')} records already in ${opts.output}\n`);
  if (opts.report) {
    const linked = linking ? await linking : undefined;
    if (linked instanceof Error) io.stderr.write(`report: clusters left out: ${linked.message}\n`);
    writeFileSync(
      opts.report,
      renderReport({
        summary,
        options: opts.resolved,
        top: top.items,
        clustersHtml: linked && !(linked instanceof Error) ? clustersSection(linked.clusters) : undefined,
        generatedAt: new Date(),
        inputs: sources.map((s) => s.name),
      }),
    );
  }
  interrupt.dispose();
  return summary.errors > 0 || (opts.failOnFlagged && summary.flagged > 0) ? EXIT.recordsFailed : EXIT.ok;
}
