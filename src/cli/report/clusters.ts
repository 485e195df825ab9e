import type { Cluster } from '../../index.js';
import { esc, num } from './escape.js';

const LEVEL_RANK = { none: 0, low: 1, medium: 2, high: 3 } as const;
const MEMBERS_SHOWN = 12;

/** The largest clusters (then the highest-level ones) as a table. */
export function clustersSection(clusters: Cluster[], limit = 25): string {
  if (clusters.length === 0) return '<p class="empty">No ads share contacts or near-duplicate text.</p>';
  const shown = [...clusters]
    .sort((a, b) => b.size - a.size || LEVEL_RANK[b.maxLevel ?? 'none'] - LEVEL_RANK[a.maxLevel ?? 'none'] || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
  const rows = shown
    .map((c) => {
      const members = c.members.slice(0, MEMBERS_SHOWN).map(esc).join(', ') + (c.size > MEMBERS_SHOWN ? ` … +${num(c.size - MEMBERS_SHOWN)}` : '');
      const level = c.maxLevel ? `<span class="badge lv-${esc(c.maxLevel)}">${esc(c.maxLevel)}</span>` : '';
      return `<tr><td>${num(c.size)}</td><td>${level}</td><td>${c.reasons.map(esc).join('<br>')}</td><td>${num(c.distinctCities)} cities, ${num(c.distinctNames)} names</td><td class="id">${members}</td></tr>`;
    })
    .join('\n');
  const more = clusters.length > shown.length ? `<p class="note">${num(clusters.length - shown.length)} more clusters: run <code>trafficking-signals link</code> for all of them.</p>` : '';
  return `<p class="note">${num(clusters.length)} clusters of ads sharing contacts or near-duplicate text — corpus facts, separate from each ad's score.</p>
<table class="clusters"><tr><th>ads</th><th>max level</th><th>linked by</th><th>spread</th><th>members</th></tr>
${rows}
</table>${more}`;
}
