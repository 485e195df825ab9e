import { type MappedText, mapEach, type RawSpan } from '../mapped.js';

/**
 * Step 2 — compatibility folding (NFKC) one code point at a time: full-width letters,
 * mathematical bold/italic/script letters, circled and parenthesised letters and digits become
 * plain ones. Where it breaks: a code point whose NFKC form is several code points (ligatures
 * such as "ﬁ", "㎏") is kept as it is, so that the mapping stays one-to-one.
 */
function isFancyRange(cp: number): boolean {
  return (
    (cp >= 0xff01 && cp <= 0xff5e) ||
    (cp >= 0x1d400 && cp <= 0x1d7ff) ||
    (cp >= 0x2460 && cp <= 0x24ff) ||
    (cp >= 0x1f100 && cp <= 0x1f1ff) ||
    (cp >= 0x2070 && cp <= 0x209f)
  );
}

const cache = new Map<number, number>();

function fold(cp: number): number {
  if (cp < 0xa0) return cp;
  let out = cache.get(cp);
  if (out === undefined) {
    const nf = String.fromCodePoint(cp).normalize('NFKC');
    const first = nf.codePointAt(0);
    out = first !== undefined && nf.length === (first > 0xffff ? 2 : 1) ? first : cp;
    if (cache.size < 65536) cache.set(cp, out);
  }
  return out;
}

export function foldCompat(text: MappedText, log: RawSpan[]): MappedText {
  return mapEach(text, (cp, i) => {
    const out = fold(cp);
    if (out !== cp && isFancyRange(cp)) {
      log.push({ start: text.starts[i] as number, end: text.ends[i] as number });
    }
    return out;
  });
}
