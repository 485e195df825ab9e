import { isLetter, type MappedText, mapEach, type RawSpan } from '../mapped.js';

/**
 * Step 1 — drop invisible code points: zero-width space/joiners, word joiner, BOM, soft
 * hyphen, bidi controls, variation selectors and tag characters. Where it breaks: a zero-width
 * joiner inside an emoji sequence is removed too, so 👩‍⚕️ becomes two emoji tokens; only the
 * ones between two letters are logged as evasion.
 */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    cp === 0xfeff ||
    cp === 0x00ad ||
    cp === 0x034f ||
    cp === 0x180e ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe01ef)
  );
}

export function stripInvisible(text: MappedText, log: RawSpan[]): MappedText {
  const { cps } = text;
  return mapEach(text, (cp, i) => {
    if (!isInvisible(cp)) return cp;
    if (cp !== 0x00ad && cp < 0xfe00) {
      let before = i - 1;
      while (before >= 0 && isInvisible(cps[before] as number)) before--;
      let after = i + 1;
      while (after < cps.length && isInvisible(cps[after] as number)) after++;
      if (before >= 0 && after < cps.length && isLetter(cps[before] as number) && isLetter(cps[after] as number)) {
        log.push({ start: text.starts[i] as number, end: text.ends[i] as number });
      }
    }
    return -1;
  });
}
