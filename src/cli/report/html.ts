import type { ResolvedOptions } from '../../index.js';
import type { ReportItem } from '../run/types.js';
import type { Summary } from '../summary/summary.js';
import { barChart, histogramChart, LEVEL_COLORS, levelsByLanguageChart } from './charts.js';
import { esc, num } from './escape.js';
import { recordsSection } from './records.js';

/**
 * The policy of the report: nothing may load, run or submit; only the inline stylesheet
 * applies. The report works offline and ad text cannot turn into active content.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
:root{color-scheme:light;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2430;background:#f6f7f9}
body{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px}h2{font-size:1.2rem;margin:32px 0 10px;border-bottom:1px solid #dde1e7;padding-bottom:4px}
.note{color:#5a6472;margin:0 0 16px}.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:16px}
.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:12px 16px}.card h3{margin:0 0 8px;font-size:1rem}
.chart{max-width:100%;height:auto}.chart text{font-size:11px;fill:#3a4452}.chart .name{font-size:11px}.chart .label{font-size:12px;fill:#5a6472}
.chart .axis{stroke:#8a94a3}.chart .threshold{stroke:#1d2430;stroke-dasharray:3 3;opacity:.5}
.stats{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}.stat{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:8px 14px;min-width:110px}
.stat b{display:block;font-size:1.3rem}.stat span{color:#5a6472;font-size:.85rem}
.record{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:10px 16px;margin:0 0 12px}
.record header{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}.id{font-family:ui-monospace,Menlo,Consolas,monospace;color:#3a4452;overflow-wrap:anywhere}
.lang{color:#5a6472;font-size:.85rem}.badge{border-radius:4px;padding:1px 8px;font-size:.8rem;font-weight:600;text-transform:uppercase;color:#1d2430}
${Object.entries(LEVEL_COLORS)
  .map(([l, c]) => `.lv-${l}{background:${c}}`)
  .join('')}
.ad{white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:isolate;margin:8px 0}
mark{background:#ffe08a;border-bottom:2px solid #d99a00;padding:0 1px;border-radius:2px}.cut{color:#8a94a3}
.signals{margin:0;padding-left:18px;font-size:.9rem}.signals code{font-size:.85rem}.cat{color:#4a6fa5}.w{color:#5a6472}
table{border-collapse:collapse;font-size:.9rem}td,th{border-bottom:1px solid #e4e7ec;padding:3px 10px;text-align:left;vertical-align:top}
.empty{color:#8a94a3;font-style:italic}footer{margin-top:40px;color:#8a94a3;font-size:.85rem}
`;

/** What goes into the report. */
export interface ReportInput {
  summary: Summary;
  options: ResolvedOptions;
  top: ReportItem[];
  /** Pre-rendered cluster section, when clusters are available. */
  clustersHtml?: string;
  generatedAt: Date;
  inputs: string[];
}

const stat = (label: string, value: number | string): string =>
  `<div class="stat"><b>${typeof value === 'number' ? num(value) : esc(value)}</b><span>${esc(label)}</span></div>`;

/**
 * The self-contained HTML report: inline SVG charts, the highest-scoring records with their
 * evidence marked, and clusters when given. Every piece of input text is escaped and a strict
 * Content-Security-Policy forbids scripts and network access.
 */
export function renderReport(input: ReportInput): string {
  const { summary: s, options } = input;
  const pairs = (m: Record<string, number>): [string, number][] => Object.entries(m);
  const errors = Object.entries(s.errorCodes)
    .map(([code, n]) => `<tr><td><code>${esc(code)}</code></td><td>${num(n)}</td></tr>`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>trafficking-signals report</title>
<style>${STYLE}</style>
</head>
<body>
<h1>trafficking-signals report</h1>
<p class="note">Risk signals for human review — not a verdict. Scores order a review queue; they are not probabilities.</p>
<div class="stats">${stat('records', s.records)}${stat('scored', s.scored)}${stat('errors', s.errors)}${stat('flagged', s.flagged)}${stat('high', s.levels.high)}${stat('medium', s.levels.medium)}${stat('truncated', s.truncated)}</div>
<div class="grid">
<section class="card"><h3>Score histogram</h3>${histogramChart(s, options.thresholds)}</section>
<section class="card"><h3>Levels by language</h3>${levelsByLanguageChart(s)}</section>
<section class="card"><h3>Top rules</h3>${barChart('Top rules', pairs(s.rules), 15)}</section>
<section class="card"><h3>Categories</h3>${barChart('Categories', pairs(s.categories), 15, true)}</section>
</div>
<h2>Highest-scoring records (${input.top.length})</h2>
${recordsSection(input.top)}
${input.clustersHtml ? `<h2>Clusters</h2>\n${input.clustersHtml}` : ''}
${errors ? `<h2>Errors</h2><table><tr><th>code</th><th>records</th></tr>${errors}</table>` : ''}
<h2>Run</h2>
<table>
<tr><th>ruleset</th><td>${esc(s.ruleset.id)} ${esc(s.ruleset.version)} <code>${esc(s.ruleset.sha256)}</code></td></tr>
<tr><th>options</th><td><code>${esc(JSON.stringify(s.options))}</code></td></tr>
<tr><th>shard</th><td>${s.shard ? `${esc(s.shard.parts.join(', '))} of ${s.shard.count}` : 'whole corpus'}</td></tr>
<tr><th>inputs</th><td>${esc(input.inputs.join(', '))}</td></tr>
</table>
<footer>Generated by trafficking-signals on ${esc(input.generatedAt.toISOString())}. This file loads nothing from the network.</footer>
</body>
</html>
`;
}
