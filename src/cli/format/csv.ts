import { CATEGORY_IDS, type Assessment } from '../../index.js';
import type { RecordError } from '../errors.js';

/**
 * Makes one CSV cell safe: a cell starting with `=`, `+`, `-`, `@`, tab or carriage return is
 * prefixed with `'` so spreadsheets show it as text instead of running it as a formula (ads are
 * untrusted input); cells with commas, quotes or line breaks are quoted.
 *
 * @example
 * ```ts
 * csvCell('=HYPERLINK("http://example.com")'); // "'=HYPERLINK(""http://example.com"")" quoted
 * ```
 */
export function csvCell(value: unknown): string {
  let s = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const row = (cells: unknown[]): string => `${cells.map(csvCell).join(',')}\n`;

/** The header line of `--format csv`. */
export function csvHeader(keepFields: readonly string[]): string {
  return row([
    'id',
    ...keepFields.map((f) => `fields.${f}`),
    'score',
    'level',
    'flagged',
    'language',
    ...CATEGORY_IDS,
    'signals',
    'top_evidence',
    'warnings',
    'error',
  ]);
}

/** Evidence texts of the strongest signals, most important first. */
function topEvidence(a: Assessment, max: number): string {
  const texts: string[] = [];
  for (const s of a.signals) {
    for (const e of s.evidence) {
      if (!texts.includes(e.text)) texts.push(e.text);
      if (texts.length >= max) return texts.join(' | ');
    }
  }
  return texts.join(' | ');
}

/** One scored record as a CSV line. */
export function csvRecord(id: string | number, kept: unknown[], a: Assessment): string {
  return row([
    id,
    ...kept,
    a.score,
    a.level,
    a.flagged,
    a.language.code,
    ...CATEGORY_IDS.map((c) => a.categories[c].score),
    a.signals.map((s) => s.ruleId).join(' '),
    topEvidence(a, 3),
    a.warnings.map((w) => w.code).join(' '),
    '',
  ]);
}

/** One error record as a CSV line: the id, empty score columns and `code: message`. */
export function csvError(id: string | number, keptCount: number, error: RecordError): string {
  const empty = new Array<string>(keptCount + 4 + CATEGORY_IDS.length + 3).fill('');
  return row([id, ...empty, `${error.code}: ${error.message}`]);
}
