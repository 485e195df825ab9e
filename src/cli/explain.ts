import type { Assessment } from '../index.js';
import { mergeSpans, renderSpans, type LabelledSpan } from './spans.js';
import { styles, wrap, type Styles } from './terminal.js';

type Kind = 'signal' | 'negated' | 'awareness';

/** Control characters (escape sequences included) shown as `�` so ad text cannot drive the terminal. */
export const safeText = (s: string): string =>
  s.replace(/\r/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');

/** Signal evidence wins over negated and awareness spans where they overlap. */
function textSpans(a: Assessment, length: number): (LabelledSpan & { kind: Kind })[] {
  const of = (kind: Kind, spans: { start: number; end: number; label: string }[]) =>
    mergeSpans(spans, length).map((s) => ({ ...s, kind }));
  const signal = of('signal', a.signals.flatMap((s) => s.evidence.map((e) => ({ ...e, label: s.ruleId }))));
  const negated = of('negated', a.context.negated.flatMap((n) => n.evidence.map((e) => ({ ...e, label: n.ruleId }))));
  const awareness = of('awareness', a.context.cues.flatMap((c) => c.evidence.map((e) => ({ ...e, label: c.id }))));
  const kept: (LabelledSpan & { kind: Kind })[] = [];
  for (const s of [...signal, ...negated, ...awareness]) {
    if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  }
  return kept.sort((x, y) => x.start - y.start);
}

function highlighted(text: string, a: Assessment, st: Styles, color: boolean, width: number): string {
  const mark = (t: string, span: { kind: Kind }): string => {
    const safe = safeText(t);
    if (color) {
      if (span.kind === 'signal') return st.bold(st.mark(safe));
      return span.kind === 'negated' ? st.strike(st.dim(safe)) : st.underline(st.cyan(safe));
    }
    return span.kind === 'signal' ? `[[${safe}]]` : span.kind === 'negated' ? `{{${safe}}}` : `((${safe}))`;
  };
  return wrap(renderSpans(text, textSpans(a, text.length), mark, safeText), width);
}

const quote = (s: string): string => `“${safeText(s).replace(/\s+/g, ' ')}”`;

/**
 * The human explanation of one assessment: the ad with evidence highlighted (ANSI colour, or
 * `[[signal]]`, `{{negated}}`, `((awareness))` markers in plain text), level and score, then
 * every signal with category, weight, description, evidence and source; awareness cues, negated
 * matches and warnings after.
 */
export function explainText(text: string, a: Assessment, color: boolean, width = 100): string {
  const st = styles(color);
  const levelText = a.level.toUpperCase();
  const level =
    a.level === 'high' ? st.bold(st.red(levelText)) : a.level === 'medium' ? st.bold(st.yellow(levelText)) : a.level === 'low' ? st.cyan(levelText) : st.dim(levelText);
  const lines: string[] = [];
  lines.push(
    `${level}  score ${a.score.toFixed(2)}  ${a.flagged ? st.bold('flagged') : 'not flagged'}  language ${a.language.code} (${a.language.confidence.toFixed(2)}, packs ${a.language.packs.join('+')})`,
  );
  lines.push('');
  lines.push(highlighted(text, a, st, color, width));
  if (!color) lines.push('', st.dim('  [[signal evidence]]  {{negated match}}  ((awareness cue))'));
  lines.push('', st.bold(`Signals (${a.signals.length})`));
  a.signals.forEach((s, i) => {
    lines.push(`  ${i + 1}. ${st.bold(s.category)}  weight ${s.weight.toFixed(2)}  ${st.dim(s.ruleId)}`);
    lines.push(`     ${s.description}`);
    if (s.evidence.length) lines.push(`     evidence: ${s.evidence.map((e) => quote(e.text)).join(', ')}`);
    lines.push(`     ${st.dim(`source: ${s.source}`)}`);
  });
  if (a.signals.length === 0) lines.push(st.dim('  none'));
  if (a.context.cues.length) {
    lines.push('', st.bold(`Awareness cues (${a.context.cues.length}) — awareness ${a.context.awareness.toFixed(2)}`));
    for (const c of a.context.cues) {
      lines.push(`  ${c.id}  weight ${c.weight.toFixed(2)}: ${c.description}`);
      if (c.evidence.length) lines.push(`     evidence: ${c.evidence.map((e) => quote(e.text)).join(', ')}`);
    }
  }
  if (a.context.negated.length) {
    lines.push('', st.bold(`Negated matches (${a.context.negated.length}) — not counted`));
    for (const n of a.context.negated) lines.push(`  ${n.ruleId}: ${n.evidence.map((e) => quote(e.text)).join(', ')}`);
  }
  if (a.warnings.length) {
    lines.push('', st.bold('Warnings'));
    for (const w of a.warnings) lines.push(`  ${w.code}: ${w.message}`);
  }
  lines.push('', st.dim(`ruleset ${a.ruleset.id} ${a.ruleset.version} (${a.ruleset.sha256.slice(0, 12)}) — triage for human review, not a verdict`));
  return `${lines.join('\n')}\n`;
}
