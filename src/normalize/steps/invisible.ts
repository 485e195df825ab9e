/**
 * Invisible code points, dropped when the text is folded: zero-width space/joiners, word joiner, BOM, soft
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
