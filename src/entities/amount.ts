/**
 * A number as written in a price, with where it ends in the folded text.
 *
 * @example
 * ```ts
 * const a: Amount | null = readAmount('3,000', 0); // { value: 3000, end: 5 }
 * ```
 */
export interface Amount {
  value: number;
  end: number;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const GROUP = new Set([0x2e, 0x2c, 0x27, 0x2019, 0x20, 0xa0, 0x202f, 0x2009]);
const SPACES = new Set([0x20, 0xa0, 0x202f, 0x2009]);

function digitsFrom(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  return j - i;
}

/**
 * Reads an amount at `i`: thousands grouped with ".", ",", "'", or a (thin, no-break) space,
 * decimals after "." or "," (one or two digits), and a "k" multiplier ("3k", "3.5k").
 * "3.000" and "3,000" are three thousand; "15.50" and "2,5" are decimals; "1.500,00" and
 * "1,500.00" are fifteen hundred.
 *
 * @example
 * ```ts
 * readAmount('1.500,00 €', 0); // { value: 1500, end: 8 }
 * ```
 */
export function readAmount(s: string, i: number): Amount | null {
  const lead = digitsFrom(s, i);
  if (lead === 0) return null;
  let intPart = s.slice(i, i + lead);
  let j = i + lead;
  let groupSep = -1;
  if (lead <= 3) {
    for (;;) {
      const c = s.charCodeAt(j);
      if (!GROUP.has(c) || (groupSep >= 0 && c !== groupSep)) break;
      if (digitsFrom(s, j + 1) !== 3) break;
      // A space groups thousands only before exactly three digits that end the number.
      if (SPACES.has(c) && isDigit(s.charCodeAt(j + 4))) break;
      groupSep = c;
      intPart += s.slice(j + 1, j + 4);
      j += 4;
    }
  }
  let value = Number(intPart);
  const c = s.charCodeAt(j);
  if ((c === 0x2e || c === 0x2c) && c !== groupSep) {
    const dec = digitsFrom(s, j + 1);
    if (dec >= 1 && dec <= 2) {
      value = Number(`${intPart}.${s.slice(j + 1, j + 1 + dec)}`);
      j += 1 + dec;
    }
  }
  if (intPart.length > 12) return null;
  if ((s[j] === 'k' || s[j] === 'K') && !/[\p{L}\p{N}]/u.test(s[j + 1] ?? '')) {
    value *= 1000;
    j++;
  } else if (/^ mil(?![\p{L}])/u.test(s.slice(j, j + 5))) {
    value *= 1000;
    j += 4;
  }
  return { value: Math.round(value * 100) / 100, end: j };
}
