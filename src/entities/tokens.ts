import { isLetter } from '../normalize/mapped.js';

/**
 * A token of the folded entity view. Offsets are UTF-16 units of `view.s`.
 *
 * @example
 * ```ts
 * const [first]: EntityToken[] = tokenizeView('19yo'); // { kind: 'num', text: '19', … }
 * ```
 */
export interface EntityToken {
  kind: 'num' | 'word' | 'punct';
  text: string;
  /** For `num` tokens, the decimal digits it stands for ("⑫" and "🔟" stand for two). */
  digits: string;
  start: number;
  end: number;
  /** White space before the token (0 when glued to the previous one). */
  gap: number;
  /** A line break in the white space before the token. */
  newline: boolean;
}

const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a) || c === 0x3000 || c === 0x0b || c === 0x0c;

/** Circled 10–20 and the keycap ten: numbers that NFKC cannot fold to one code point. */
function multiDigit(cp: number): string | undefined {
  if (cp >= 0x2469 && cp <= 0x2473) return String(cp - 0x2469 + 10);
  if (cp === 0x1f51f || cp === 0x277f || cp === 0x2789 || cp === 0x2793 || cp === 0x24fe) return '10';
  return undefined;
}

/**
 * Cuts the folded text into digit runs, letter runs and single punctuation or symbol
 * characters, keeping the white space before each token as `gap`.
 *
 * @example
 * ```ts
 * tokenizeView('call 555-o123').map((t) => t.text); // ["call", "555", "-", "o", "123"]
 * ```
 */
export function tokenizeView(s: string): EntityToken[] {
  const out: EntityToken[] = [];
  const n = s.length;
  let gap = 0;
  let newline = false;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      gap++;
      if (c === 0x0a || c === 0x0d) newline = true;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: EntityToken['kind'];
    let digits = '';
    if (c >= 0x30 && c <= 0x39) {
      while (j < n && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x39) j++;
      kind = 'num';
      digits = s.slice(i, j);
    } else {
      const cp = s.codePointAt(i) as number;
      const width = cp > 0xffff ? 2 : 1;
      if (isLetter(cp)) {
        j = i + width;
        while (j < n) {
          const d = s.codePointAt(j) as number;
          if (!isLetter(d)) break;
          j += d > 0xffff ? 2 : 1;
        }
        kind = 'word';
      } else {
        j = i + width;
        const multi = multiDigit(cp);
        kind = multi ? 'num' : 'punct';
        digits = multi ?? '';
      }
    }
    out.push({ kind, text: s.slice(i, j), digits, start: i, end: j, gap, newline });
    gap = 0;
    newline = false;
    i = j;
  }
  return out;
}
