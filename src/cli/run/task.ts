import { createAssessor, toErrorInfo, type Assessment } from '../../index.js';
import type { RecordError } from '../errors.js';
import { csvError, csvRecord } from '../format/csv.js';
import { jsonlError, jsonlRecord } from '../format/jsonl.js';
import { parseItem, type Parsed } from './parse.js';
import { shardOf } from './shard.js';
import { testHang } from './test-hooks.js';
import type { BatchOutput, BatchTask, InputItem, RecordResult, ReportItem, TaskConfig, TableView } from './types.js';

const REPORT_TEXT_MAX = 5000;

function formatError(config: TaskConfig, id: string | number, line: number, error: RecordError): string {
  if (config.format === 'jsonl') return jsonlError(id, line, error);
  if (config.format === 'csv') return csvError(id, config.keepFields.length, error);
  return '';
}

/** Up to three signals for the table: rules before the wording model, strongest first, preferring categories not yet shown. */
function tableView(a: Assessment): TableView {
  const picked: Assessment['signals'] = [];
  const categories = new Set<string>();
  const evidence = new Set<string>();
  // Rules' evidence first (a phrase), one per category; then the wording model's (single words);
  // then a second signal of a category already shown.
  for (const pass of [0, 1, 2]) {
    for (const s of a.signals) {
      if (picked.length >= 3) break;
      const text = s.evidence[0]?.text.toLowerCase() ?? '';
      if (pass === 0 && s.ruleId.startsWith('model.')) continue;
      if (picked.includes(s) || evidence.has(text) || (pass < 2 && categories.has(s.category))) continue;
      picked.push(s);
      categories.add(s.category);
      evidence.add(text);
    }
  }
  picked.sort((x, y) => a.signals.indexOf(x) - a.signals.indexOf(y));
  const signals = picked.map((s) => ({ category: s.category, ruleId: s.ruleId, evidence: s.evidence[0]?.text ?? '' }));
  return { signals, more: a.signals.length - signals.length };
}

function reportItem(seq: number, id: string | number, text: string, a: Assessment): ReportItem {
  const cut = text.length > REPORT_TEXT_MAX;
  const shown = cut ? text.slice(0, REPORT_TEXT_MAX) : text;
  return {
    seq,
    id,
    score: a.score,
    level: a.level,
    language: a.language.code,
    text: shown,
    truncatedText: cut,
    signals: a.signals.map((s) => ({
      ruleId: s.ruleId,
      category: s.category,
      weight: s.weight,
      evidence: s.evidence.filter((e) => e.end <= shown.length).map(({ start, end }) => ({ start, end })),
    })),
  };
}

/**
 * Creates the batch processor used both in worker threads and in-process: parses each input
 * record, keeps those of the shard not already in a resumed output, scores them and serializes
 * the output line. It never throws for a record: problems become error records.
 */
export function createBatchProcessor(config: TaskConfig): (task: BatchTask) => BatchOutput {
  const assessor = createAssessor(config.assessOptions);
  const resumed = new Set(config.resumeIds);
  const keyed = config.keepFields;

  const fail = (item: InputItem, p: Parsed, error: RecordError): RecordResult => ({
    seq: item.seq,
    id: p.id,
    out: formatError(config, p.id, item.line, error),
    error,
  });

  return ({ items, floor, progress }) => {
    const results: RecordResult[] = [];
    let otherShard = 0;
    let skipped = 0;
    const watch = progress ? new BigInt64Array(progress) : undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as InputItem;
      const p = parseItem(item, config);
      if (config.shard && shardOf(p.id, config.shard.count) !== config.shard.index) {
        otherShard++;
        continue;
      }
      if (resumed.size && resumed.has(String(p.id))) {
        skipped++;
        continue;
      }
      if (p.error || p.text === undefined) {
        results.push(fail(item, p, p.error ?? { code: 'invalid_record', message: 'no text' }));
        continue;
      }
      const started = Date.now();
      if (watch) {
        Atomics.store(watch, 1, BigInt(started));
        Atomics.store(watch, 0, BigInt(i));
      }
      let a: Assessment;
      try {
        testHang(p.text);
        a = assessor.assess(p.text);
      } catch (err) {
        results.push(fail(item, p, toErrorInfo(err)));
        continue;
      }
      // A record that ran past the limit fails even if it finished, so results do not depend
      // on how promptly the watchdog noticed.
      if (config.timeoutMs > 0 && Date.now() - started > config.timeoutMs) {
        results.push(fail(item, p, timeoutError(config.timeoutMs)));
        continue;
      }
      const fields = p.kept ? Object.fromEntries(keyed.map((f, k) => [f, p.kept?.[k]])) : undefined;
      const out =
        config.format === 'jsonl'
          ? jsonlRecord(p.id, fields, a)
          : config.format === 'csv'
            ? csvRecord(p.id, p.kept ?? [], a)
            : '';
      const result: RecordResult = {
        seq: item.seq,
        id: p.id,
        out,
        stat: {
          score: a.score,
          level: a.level,
          flagged: a.flagged,
          language: a.language.code,
          categories: Object.entries(a.categories)
            .filter(([, c]) => c.signalCount > 0)
            .map(([k]) => k),
          rules: a.signals.map((s) => s.ruleId),
          warnings: a.warnings.map((w) => w.code),
        },
      };
      if (config.format === 'table') result.view = tableView(a);
      if (config.report && a.score > floor) result.report = reportItem(item.seq, p.id, p.text, a);
      if (config.link) result.text = p.text;
      results.push(result);
    }
    if (watch) Atomics.store(watch, 0, -1n);
    return { results, otherShard, resumed: skipped };
  };
}

/** The error of a record that exceeded the time limit. */
export function timeoutError(ms: number): RecordError {
  return { code: 'timeout', message: `scoring took longer than the limit of ${ms} ms (--timeout)` };
}

/**
 * An error record for an input item whose batch could not finish (time limit, dead worker),
 * or undefined when the item is not this run's to score (other shard, already in the output).
 */
export function errorResult(
  item: InputItem,
  config: TaskConfig,
  error: RecordError,
  isResumed: (id: string) => boolean = () => false,
): RecordResult | undefined {
  const p = parseItem(item, config);
  if (config.shard && shardOf(p.id, config.shard.count) !== config.shard.index) return undefined;
  if (isResumed(String(p.id))) return undefined;
  return { seq: item.seq, id: p.id, out: formatError(config, p.id, item.line, error), error };
}
