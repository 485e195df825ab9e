import type { AssessOptions, Level } from '../../index.js';
import type { RecordError } from '../errors.js';
import type { Shard } from './shard.js';

/**
 * One input record as read, before parsing: a JSONL line, a CSV row, or a read error. `seq`
 * counts records across all inputs; `line` is the line or row number within `source`, which is
 * set only when there are several inputs.
 */
export type InputItem = { seq: number; line: number; source?: string } & (
  | { json: string }
  | { row: Record<string, string> }
  | { error: RecordError }
);

/** Output formats of `score`. */
export type OutputFormat = 'jsonl' | 'csv' | 'table';

/** Everything a batch processor needs; sent once to each worker thread. */
export interface TaskConfig {
  assessOptions: AssessOptions;
  textField: string;
  idField: string;
  keepFields: string[];
  format: OutputFormat;
  shard: Shard | null;
  /** Ids (as strings) already in the output file of a resumed run. */
  resumeIds: string[];
  /** Per-record time limit in ms; 0 for none. */
  timeoutMs: number;
  /** Whether to return report items (text and evidence of high scorers). */
  report: boolean;
  /** Whether to return every scored record's text, for linking into clusters. */
  link: boolean;
}

/** What the summary needs of a scored record. */
export interface RecordStat {
  score: number;
  level: Level;
  flagged: boolean;
  language: string;
  categories: string[];
  rules: string[];
  warnings: string[];
}

/** What `--format table` shows of a scored record. */
export interface TableView {
  signals: { category: string; ruleId: string; evidence: string }[];
  more: number;
}

/** A high-scoring record for the HTML report. */
export interface ReportItem {
  seq: number;
  id: string | number;
  score: number;
  level: Level;
  language: string;
  text: string;
  truncatedText: boolean;
  signals: { ruleId: string; category: string; weight: number; evidence: { start: number; end: number }[] }[];
}

/** The outcome for one input record. */
export interface RecordResult {
  seq: number;
  id: string | number;
  /** The serialized output (JSONL or CSV line); empty for the table format. */
  out: string;
  error?: RecordError;
  stat?: RecordStat;
  view?: TableView;
  report?: ReportItem;
  /** The text, when linking (`TaskConfig.link`). */
  text?: string;
}

/** The outcome for one batch: results in input order, and how many records were skipped. */
export interface BatchOutput {
  results: RecordResult[];
  /** Records of other shards. */
  otherShard: number;
  /** Records already in the output of a resumed run. */
  resumed: number;
}

/** A batch sent to a processor; `floor` is the lowest score worth a report item. */
export interface BatchTask {
  items: InputItem[];
  floor: number;
  /** Shared [index of the record being scored, its start time in ms] for the watchdog. */
  progress?: SharedArrayBuffer;
}
