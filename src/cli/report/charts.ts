import type { Thresholds } from '../../index.js';
import type { Summary } from '../summary/summary.js';
import { esc, num } from './escape.js';

/** Colours of the levels, shared by every chart and badge. */
export const LEVEL_COLORS = { none: '#c9ced6', low: '#7fb3d5', medium: '#f0ad4e', high: '#d9534f' } as const;
const LEVELS = ['none', 'low', 'medium', 'high'] as const;
const BAR = '#4a6fa5';

const svg = (width: number, height: number, label: string, body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${esc(label)}"><title>${esc(label)}</title>${body}</svg>`;

const text = (x: number, y: number, s: string, attrs = ''): string =>
  `<text x="${x}" y="${y}" ${attrs}>${esc(s)}</text>`;

const levelOfBin = (from: number, t: Thresholds): (typeof LEVELS)[number] =>
  from >= t.high ? 'high' : from >= t.medium ? 'medium' : from >= t.low ? 'low' : 'none';

/** Score histogram: one bar per bin, coloured by the level its lower edge falls in. */
export function histogramChart(s: Summary, t: Thresholds): string {
  const [W, H, left, bottom, top] = [640, 260, 56, 36, 16];
  const counts = s.histogram.counts;
  const max = Math.max(1, ...counts);
  const plotW = W - left - 16;
  const plotH = H - top - bottom;
  const bw = plotW / counts.length;
  // A log scale would hide how lopsided real corpora are; a linear one with a labelled top keeps it honest.
  const bars = counts
    .map((c, i) => {
      const h = c === 0 ? 0 : Math.max(1, (c / max) * plotH);
      const from = i / counts.length;
      const to = (i + 1) / counts.length;
      const x = left + i * bw;
      return `<rect class="bar" x="${(x + 1).toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${(bw - 2).toFixed(1)}" height="${h.toFixed(1)}" fill="${LEVEL_COLORS[levelOfBin(from, t)]}"><title>${from.toFixed(2)}–${to.toFixed(2)}: ${num(c)} records</title></rect>`;
    })
    .join('');
  const ticks = [0, 0.25, 0.5, 0.75, 1]
    .map((v) => text(left + v * plotW, H - bottom + 16, v.toFixed(2), 'text-anchor="middle" class="tick"'))
    .join('');
  const lines = (['low', 'medium', 'high'] as const)
    .map((k) => {
      const x = left + t[k] * plotW;
      return `<line x1="${x}" x2="${x}" y1="${top}" y2="${top + plotH}" class="threshold"/>${text(x + 3, top + 10, k, 'class="tick"')}`;
    })
    .join('');
  const axis = `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" class="axis"/>${text(left - 6, top + 8, num(max), 'text-anchor="end" class="tick"')}${text(left - 6, top + plotH, '0', 'text-anchor="end" class="tick"')}${text(left + plotW / 2, H - 4, 'score', 'text-anchor="middle" class="label"')}`;
  return svg(W, H, 'Score histogram', `${bars}${lines}${axis}${ticks}`);
}

/** Horizontal bars of named counts, largest first. */
export function barChart(label: string, entries: [string, number][], limit = 15, keepZero = false): string {
  const rows = entries
    .filter(([, v]) => keepZero || v > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit);
  if (rows.every(([, v]) => v === 0)) return `<p class="empty">No ${esc(label.toLowerCase())} in this run.</p>`;
  const [W, labelW, rowH] = [640, 300, 22];
  const H = rows.length * rowH + 8;
  const max = Math.max(1, ...rows.map(([, v]) => v));
  const plotW = W - labelW - 70;
  const body = rows
    .map(([name, v], i) => {
      const y = 4 + i * rowH;
      const w = v === 0 ? 0 : Math.max(1, (v / max) * plotW);
      return `${text(labelW - 8, y + 15, name.length > 44 ? `${name.slice(0, 43)}…` : name, 'text-anchor="end" class="name"')}<rect class="bar" x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${BAR}"><title>${esc(name)}: ${num(v)}</title></rect>${text(labelW + w + 6, y + 15, num(v), 'class="tick"')}`;
    })
    .join('');
  return svg(W, H, label, body);
}

/** One stacked bar per language: the share of each level, with the count. */
export function levelsByLanguageChart(s: Summary): string {
  const langs = Object.entries(s.levelsByLanguage)
    .map(([lang, lv]) => [lang, lv, LEVELS.reduce((n, l) => n + lv[l], 0)] as const)
    .filter(([, , total]) => total > 0)
    .sort((a, b) => b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  if (langs.length === 0) return '<p class="empty">No scored records.</p>';
  const [W, labelW, rowH] = [640, 60, 26];
  const plotW = W - labelW - 90;
  const legendY = langs.length * rowH + 14;
  const rows = langs
    .map(([lang, lv, total], i) => {
      const y = 4 + i * rowH;
      let x = labelW;
      const parts = LEVELS.map((l) => {
        const w = (lv[l] / total) * plotW;
        const rect =
          lv[l] === 0
            ? ''
            : `<rect class="bar" x="${x.toFixed(1)}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${LEVEL_COLORS[l]}"><title>${esc(lang)} ${l}: ${num(lv[l])} (${((100 * lv[l]) / total).toFixed(1)}%)</title></rect>`;
        x += w;
        return rect;
      }).join('');
      return `${text(labelW - 8, y + 16, lang, 'text-anchor="end" class="name"')}${parts}${text(labelW + plotW + 8, y + 16, num(total), 'class="tick"')}`;
    })
    .join('');
  const legend = LEVELS.map(
    (l, i) =>
      `<rect x="${labelW + i * 110}" y="${legendY}" width="12" height="12" fill="${LEVEL_COLORS[l]}"/>${text(labelW + i * 110 + 17, legendY + 11, l, 'class="tick"')}`,
  ).join('');
  return svg(W, legendY + 20, 'Levels by language', `${rows}${legend}`);
}
