import { isDeepStrictEqual } from 'node:util';
import { UsageError } from '../errors.js';
import { bump, canonical, emptyLevels, emptySummary, setOwn, type Summary } from './summary.js';

const add = (into: Record<string, number>, from: Record<string, number>): void => {
  for (const [k, v] of Object.entries(from)) bump(into, k, v);
};

function mergeShards(list: Summary[], notes: string[]): Summary['shard'] {
  const sharded = list.filter((s) => s.shard !== null);
  if (sharded.length === 0) return null;
  if (sharded.length !== list.length) {
    throw new UsageError('cannot merge sharded and unsharded summaries: merge the shards of one run with each other.');
  }
  const count = sharded[0]?.shard?.count as number;
  if (sharded.some((s) => s.shard?.count !== count)) {
    throw new UsageError('the summaries come from different shard counts (--shard i/N with different N).');
  }
  const seen = new Set<number>();
  for (const s of sharded) {
    for (const p of s.shard?.parts ?? []) {
      if (seen.has(p)) notes.push(`shard ${p}/${count} appears more than once — right for a run and its --resume, double counting otherwise.`);
      seen.add(p);
    }
  }
  // All shards together are the whole corpus: the same summary as an unsharded run.
  return seen.size === count ? null : { count, parts: [...seen].sort((a, b) => a - b) };
}

/**
 * Adds up summaries of disjoint parts of a corpus. They must share the ruleset and options;
 * merging every shard 1..N gives exactly the summary of the unsharded run.
 *
 * @example
 * ```ts
 * const { summary } = mergeSummaries([half1, half2]); // equals the whole run's summary
 * ```
 */
export function mergeSummaries(list: Summary[]): { summary: Summary; notes: string[] } {
  const first = list[0];
  if (!first) throw new UsageError('merge-summaries needs at least one summary file.');
  for (const s of list) {
    if (s.ruleset.sha256 !== first.ruleset.sha256) {
      throw new UsageError(
        `the summaries come from different rulesets (${first.ruleset.version} ${first.ruleset.sha256.slice(0, 12)} vs ${s.ruleset.version} ${s.ruleset.sha256.slice(0, 12)}): rescore with one version.`,
      );
    }
    if (!isDeepStrictEqual(s.options, first.options)) {
      throw new UsageError(
        `the summaries were made with different options (${JSON.stringify(first.options)} vs ${JSON.stringify(s.options)}).`,
      );
    }
  }
  const notes: string[] = [];
  const out = emptySummary(first.ruleset, first.options, mergeShards(list, notes));
  for (const s of list) {
    out.records += s.records;
    out.scored += s.scored;
    out.errors += s.errors;
    out.truncated += s.truncated;
    out.flagged += s.flagged;
    add(out.errorCodes, s.errorCodes);
    add(out.levels, s.levels);
    s.histogram.counts.forEach((n, i) => {
      out.histogram.counts[i] = (out.histogram.counts[i] as number) + n;
    });
    add(out.categories, s.categories);
    add(out.rules, s.rules);
    add(out.languages, s.languages);
    add(out.warnings, s.warnings);
    for (const [lang, lv] of Object.entries(s.levelsByLanguage)) {
      if (!Object.hasOwn(out.levelsByLanguage, lang)) setOwn(out.levelsByLanguage, lang, emptyLevels());
      add(out.levelsByLanguage[lang] as Summary['levels'], lv);
    }
  }
  return { summary: canonical(out), notes };
}
