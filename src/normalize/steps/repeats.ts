import { compact, isLetter, type MappedText, type RawSpan } from '../mapped.js';

/**
 * Step 8 — squeeze letters repeated for emphasis: a run of three or more of the same letter
 * keeps two, its first and its last ("sweeeet" → "sweet", "gooorgeous" → "goorgeous",
 * "onlyyy" → "onlyy", whose raw span is still the whole word). The
 * tokenizer then also offers the word with every doubled letter single ("gorgeous", "new"),
 * so a rule matches either spelling. Where it breaks: "www" and "xxx" are conventions, not
 * emphasis, and are left alone; a word stressed with only two letters ("goood") is not seen.
 * A run of more than twelve of one emoji keeps twelve (a flood, not a menu).
 */
const KEEP = new Set([0x77, 0x78]); // w, x
/** A run of one emoji longer than this keeps this many: "🌹" × 50,000 is a flood, not a price. */
const EMOJI_RUN = 12;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

export function squeezeRepeats(text: MappedText, log: RawSpan[]): MappedText {
  const { cps } = text;
  let drop: Uint8Array | undefined;
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i] as number;
    let j = i + 1;
    while (j < cps.length && cps[j] === cp) j++;
    if (j - i >= 3 && isLetter(cp) && !KEEP.has(cp)) {
      drop ??= new Uint8Array(cps.length);
      // Keep the first and the last letter of the run, so that the word's raw span still ends
      // where the raw word ends ("onlyyy": the kept "yy" maps to the whole run, and the
      // tokenizer, seeing a raw word longer than its text, offers "only").
      for (let k = i + 1; k < j - 1; k++) drop[k] = 1;
      log.push({ start: text.starts[i] as number, end: text.ends[j - 1] as number });
    } else if (j - i > EMOJI_RUN && cp > 0xff && PICTOGRAPHIC.test(String.fromCodePoint(cp))) {
      // Not emphasis of a word, so not logged as stretched letters; matching a flood of one
      // emoji token by token would cost time for nothing a rule reads.
      drop ??= new Uint8Array(cps.length);
      for (let k = i + EMOJI_RUN; k < j; k++) drop[k] = 1;
    }
    i = j;
  }
  return compact(text, cps, drop);
}
