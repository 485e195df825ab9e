import type { Summary } from './summary.js';

const n = (x: number): string => x.toLocaleString('en-US');
const pct = (x: number, of: number): string => (of ? `${((100 * x) / of).toFixed(1)}%` : '–');
const top = (map: Record<string, number>, k: number): string =>
  Object.entries(map)
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, k)
    .map(([name, v]) => `${name} ${n(v)}`)
    .join('  ') || '–';

/** The summary as a few aligned lines for stderr. */
export function summaryTable(s: Summary): string {
  const errors = s.errors ? ` (${top(s.errorCodes, 4)})` : '';
  const levels = (['none', 'low', 'medium', 'high'] as const)
    .map((l) => `${l} ${n(s.levels[l])} (${pct(s.levels[l], s.scored)})`)
    .join('   ');
  const shard = s.shard ? `  shards ${s.shard.parts.join(',')} of ${s.shard.count}` : '';
  return [
    `records    ${n(s.records)}: ${n(s.scored)} scored, ${n(s.errors)} errors${errors}, ${n(s.truncated)} truncated, ${n(s.flagged)} flagged${shard}`,
    `levels     ${levels}`,
    `languages  ${top(s.languages, 8)}`,
    `categories ${top(s.categories, 5)}`,
    `top rules  ${top(s.rules, 5)}`,
    `ruleset    ${s.ruleset.id} ${s.ruleset.version} (${s.ruleset.sha256.slice(0, 12)})`,
  ].join('\n');
}
