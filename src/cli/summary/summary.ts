import { z } from 'zod';
import { CATEGORY_IDS } from '../../index.js';
import type { RecordError } from '../errors.js';
import type { RecordStat } from '../run/types.js';

/** Bins of the score histogram: bin k holds scores in [k/20, (k+1)/20), the last also 1. */
export const HISTOGRAM_BINS = 20;

const counts = z.record(z.string(), z.number().int().min(0));
const levels = z.strictObject({
  none: z.number().int().min(0),
  low: z.number().int().min(0),
  medium: z.number().int().min(0),
  high: z.number().int().min(0),
});

/**
 * The summary of a `score` run (`--summary FILE.json`). Every field is a count, so summaries
 * of disjoint parts of a corpus (shards, or a run and its resumption) add up exactly; nothing
 * time- or machine-dependent is stored.
 */
export const SummarySchema = z.strictObject({
  summaryVersion: z.literal(1),
  ruleset: z.strictObject({
    id: z.string(),
    version: z.string(),
    sha256: z.string(),
    /** Custom packs (`--pack`), each with the sha256 of its canonical JSON. */
    packs: z.array(z.strictObject({ pack: z.string(), sha256: z.string() })).optional(),
  }),
  /** Everything that changes the results; summaries merge only when these are equal. */
  options: z.record(z.string(), z.unknown()),
  /** Which shards are counted; null for a whole corpus (or all shards merged). */
  shard: z.strictObject({ count: z.number().int().min(1), parts: z.array(z.number().int().min(1)) }).nullable(),
  records: z.number().int().min(0),
  scored: z.number().int().min(0),
  errors: z.number().int().min(0),
  errorCodes: counts,
  truncated: z.number().int().min(0),
  flagged: z.number().int().min(0),
  levels,
  histogram: z.strictObject({ bins: z.literal(HISTOGRAM_BINS), counts: z.array(z.number().int().min(0)).length(HISTOGRAM_BINS) }),
  categories: counts,
  rules: counts,
  languages: counts,
  levelsByLanguage: z.record(z.string(), levels),
  warnings: counts,
});

/** A run summary. */
export type Summary = z.output<typeof SummarySchema>;

/** Zero counts of each level. */
export const emptyLevels = (): Summary['levels'] => ({ none: 0, low: 0, medium: 0, high: 0 });

/** An empty summary for the given ruleset, options and shard. */
export function emptySummary(
  ruleset: Summary['ruleset'],
  options: Summary['options'],
  shard: Summary['shard'],
): Summary {
  return {
    summaryVersion: 1,
    ruleset: ruleset.packs ? { ...ruleset, packs: ruleset.packs.map((p) => ({ ...p })) } : { id: ruleset.id, version: ruleset.version, sha256: ruleset.sha256 },
    options,
    shard,
    records: 0,
    scored: 0,
    errors: 0,
    errorCodes: {},
    truncated: 0,
    flagged: 0,
    levels: emptyLevels(),
    histogram: { bins: HISTOGRAM_BINS, counts: new Array<number>(HISTOGRAM_BINS).fill(0) },
    categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])),
    rules: {},
    languages: {},
    levelsByLanguage: {},
    warnings: {},
  };
}

/** Sets an own property even for keys like `__proto__` (counts may come from files). */
export function setOwn<T>(map: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Adds to a count kept in a plain object. */
export function bump(map: Record<string, number>, key: string, by = 1): void {
  setOwn(map, key, (Object.hasOwn(map, key) ? (map[key] as number) : 0) + by);
}

/** The histogram bin of a score, computed on integers so bin edges are exact. */
export function binOf(score: number): number {
  return Math.min(HISTOGRAM_BINS - 1, Math.floor(Math.round(score * 10_000) / (10_000 / HISTOGRAM_BINS)));
}

/** Counts one record. */
export function addRecord(s: Summary, stat: RecordStat | undefined, error: RecordError | undefined): void {
  s.records++;
  if (error || !stat) {
    s.errors++;
    bump(s.errorCodes, error?.code ?? 'internal_error');
    return;
  }
  s.scored++;
  if (stat.flagged) s.flagged++;
  s.levels[stat.level]++;
  (s.histogram.counts[binOf(stat.score)] as number)++;
  for (const c of stat.categories) bump(s.categories, c);
  for (const r of new Set(stat.rules)) bump(s.rules, r);
  bump(s.languages, stat.language);
  if (!Object.hasOwn(s.levelsByLanguage, stat.language)) setOwn(s.levelsByLanguage, stat.language, emptyLevels());
  (s.levelsByLanguage[stat.language] as Summary['levels'])[stat.level]++;
  for (const w of new Set(stat.warnings)) bump(s.warnings, w);
  if (stat.warnings.includes('input_truncated')) s.truncated++;
}

const sorted = <T>(map: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.keys(map).sort().map((k) => [k, map[k] as T]));

/** The summary with every map's keys sorted, so equal summaries serialize to equal bytes. */
export function canonical(s: Summary): Summary {
  return {
    ...s,
    errorCodes: sorted(s.errorCodes),
    categories: sorted(s.categories),
    rules: sorted(s.rules),
    languages: sorted(s.languages),
    levelsByLanguage: Object.fromEntries(
      Object.keys(s.levelsByLanguage)
        .sort()
        .map((k) => [k, { ...emptyLevels(), ...s.levelsByLanguage[k] }]),
    ),
    warnings: sorted(s.warnings),
  };
}

/** The JSON text of a summary file. */
export function summaryJson(s: Summary): string {
  return `${JSON.stringify(canonical(s), null, 2)}\n`;
}
