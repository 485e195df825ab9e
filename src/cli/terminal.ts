/** What the terminal can show: colour and width. The CLI asks here, never the library. */

/** Colour on a TTY unless `NO_COLOR` is set; `FORCE_COLOR` (not `0`) turns it on anywhere. */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** Width to fit: the terminal's, or 100 columns when not a TTY. */
export function widthOf(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY && stream.columns ? Math.max(40, stream.columns) : 100;
}

/** ANSI styles, or identity functions when colour is off. */
export function styles(color: boolean) {
  const wrap =
    (open: number, close: number) =>
    (s: string): string =>
      color ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
    mark: wrap(7, 27),
    strike: wrap(9, 29),
    underline: wrap(4, 24),
  };
}

/** Styles of the CLI. */
export type Styles = ReturnType<typeof styles>;

/** Display width of a string, counting wide (CJK, emoji) characters as two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) as number;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x200b && cp <= 0x200f)) return 0;
  if (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) {
    return 2;
  }
  return 1;
}

/** Cuts a string to at most `width` columns, ending with `…` when cut. */
export function fit(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** Pads a string with spaces to `width` columns. */
export function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** One line: control characters and runs of white space become single spaces. */
export function oneLine(s: string): string {
  return s.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Word-wraps text (which may hold ANSI styles) to `width` columns, indenting every line; a word
 * longer than the width stays whole on its own line.
 */
export function wrap(s: string, width: number, indent = '  '): string {
  const room = Math.max(20, width - indent.length);
  return s
    .split('\n')
    .map((para) => {
      const lines: string[] = [];
      let line = '';
      let used = 0;
      for (const word of para.split(' ')) {
        const w = displayWidth(word.replace(ANSI, ''));
        if (used > 0 && used + 1 + w > room) {
          lines.push(line);
          line = word;
          used = w;
        } else {
          line = used > 0 || line !== '' ? `${line} ${word}` : word;
          used += (used > 0 ? 1 : 0) + w;
        }
      }
      lines.push(line);
      return lines.map((l) => `${indent}${l}`).join('\n');
    })
    .join('\n');
}
