import type { ReportItem } from '../run/types.js';
import { mergeSpans, renderSpans } from '../spans.js';
import { esc } from './escape.js';

/** One high-scoring record: its text with the evidence marked, and its signals. */
function recordCard(r: ReportItem): string {
  const spans = mergeSpans(
    r.signals.flatMap((s) => s.evidence.map((e) => ({ ...e, label: s.ruleId }))),
    r.text.length,
  );
  const body = renderSpans(r.text, spans, (t, span) => `<mark title="${esc(span.labels.join(', '))}">${esc(t)}</mark>`, esc);
  const signals = r.signals
    .map((s) => `<li><code>${esc(s.ruleId)}</code> <span class="cat">${esc(s.category)}</span> <span class="w">${s.weight.toFixed(2)}</span></li>`)
    .join('');
  return `<article class="record">
<header><span class="badge lv-${esc(r.level)}">${esc(r.level)}</span> <strong>${r.score.toFixed(2)}</strong> <span class="id">${esc(r.id)}</span> <span class="lang">${esc(r.language)}</span></header>
<p class="ad">${body}${r.truncatedText ? ' <span class="cut">[…]</span>' : ''}</p>
<ul class="signals">${signals}</ul>
</article>`;
}

/** The list of the highest-scoring records. */
export function recordsSection(items: ReportItem[]): string {
  if (items.length === 0) return '<p class="empty">No record scored above zero.</p>';
  return items.map(recordCard).join('\n');
}
