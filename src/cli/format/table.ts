import { CATEGORY_IDS } from '../../index.js';
import type { RecordResult } from '../run/types.js';
import { displayWidth, fit, oneLine, pad, type Styles } from '../terminal.js';

const GAP = '  ';
const CATEGORY_WIDTH = Math.max(...CATEGORY_IDS.map((c) => c.length));

/**
 * Formats `--format table`: id, level, score, language and the top signals with their evidence,
 * fitted to `width` columns. Output streams, so the id column is sized from the first batch.
 */
export function createTableFormatter(width: number, s: Styles) {
  let idWidth = 0;
  const levelStyle = (level: string, text: string): string =>
    level === 'high'
      ? s.bold(s.red(text))
      : level === 'medium'
        ? s.yellow(text)
        : level === 'low'
          ? s.cyan(text)
          : level === 'error'
            ? s.red(text)
            : s.dim(text);

  const line = (id: string, level: string, score: string, lang: string, rest: string, styled = true): string => {
    const levelCell = styled ? levelStyle(level, pad(level, 6)) : pad(level, 6);
    const left = `${pad(fit(id, idWidth), idWidth)}${GAP}${levelCell}${GAP}${score.padStart(5)}${GAP}${pad(lang, 4)}${GAP}`;
    return `${left}${rest}`.trimEnd();
  };

  const restWidth = (): number => Math.max(20, width - idWidth - 6 - 5 - 4 - GAP.length * 4);

  return {
    /** Sets the id column from the first results and returns the header line. */
    header(first: RecordResult[]): string {
      const widest = Math.max(2, ...first.map((r) => displayWidth(oneLine(String(r.id)))));
      idWidth = Math.min(Math.max(10, Math.floor(width / 5)), widest);
      return `${s.bold(line('ID', 'LEVEL', 'SCORE', 'LANG', 'SIGNALS: category  “evidence”', false))}\n`;
    },
    /** The lines of one record. */
    record(r: RecordResult): string {
      const id = oneLine(String(r.id));
      const room = restWidth();
      if (r.error || !r.stat) {
        return `${line(id, 'error', '–', '–', s.red(fit(oneLine(`${r.error?.code}: ${r.error?.message}`), room)))}\n`;
      }
      const signals = r.view?.signals ?? [];
      // One category width for all rows keeps the evidence column aligned down the table.
      const catWidth = Math.min(CATEGORY_WIDTH, Math.floor(room / 2));
      const cells = signals.map((x, i) => {
        const more = i === signals.length - 1 && r.view?.more ? `  +${r.view.more} more` : '';
        const ev = x.evidence ? `“${oneLine(x.evidence)}”` : '';
        const evidence = fit(ev, Math.max(8, room - catWidth - 2 - more.length));
        return `${pad(fit(x.category, catWidth), catWidth)}  ${evidence}${more && s.dim(more)}`;
      });
      const [firstCell = s.dim('–'), ...others] = cells;
      const blank = ' '.repeat(idWidth);
      return [
        line(id, r.stat.level, r.stat.score.toFixed(2), r.stat.language, firstCell),
        ...others.map((c) => `${blank}${GAP}${' '.repeat(6 + 5 + 4)}${GAP.repeat(3)}${c}`.trimEnd()),
      ]
        .map((l) => `${l}\n`)
        .join('');
    },
  };
}
