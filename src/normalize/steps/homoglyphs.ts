import { isLetter, type MappedText, type RawSpan } from '../mapped.js';

/**
 * Step 5 — fold Cyrillic and Greek look-alikes to Latin letters, but only inside words that
 * also contain Latin letters: a mixed-script word ("уоung" with a Cyrillic у and о) is
 * evasion, a whole Cyrillic or Greek word is a real word and is left alone. Runs after case
 * folding, so the table lists lower-case forms only. Where it breaks: a mixed word made only
 * of look-alikes ("оо" in a Latin sentence) is not folded.
 */
const TABLE = `
a аα
b ь
c сϲ
d ԁ
e еε
g ɡ
h һ
i іιı
j ј
k κк
l ӏ
m м
n ηп
o оοσ
p рρ
q ԛ
r г
s ѕ
t т
u υ
v ν
w ѡ
x хχ
y уγ
`;

const MAP: Map<number, number> = (() => {
  const map = new Map<number, number>();
  for (const line of TABLE.trim().split('\n')) {
    const [latin, lookalikes] = line.split(' ');
    if (!latin || !lookalikes) continue;
    for (const ch of lookalikes) map.set(ch.codePointAt(0) as number, latin.codePointAt(0) as number);
  }
  return map;
})();

const isLatin = (cp: number): boolean => cp >= 0x61 && cp <= 0x7a;

export function foldHomoglyphs(text: MappedText, log: RawSpan[]): MappedText {
  const cps = [...text.cps];
  let i = 0;
  while (i < cps.length) {
    if (!isLetter(cps[i] as number)) {
      i++;
      continue;
    }
    let j = i;
    let latin = 0;
    let alike = 0;
    while (j < cps.length && isLetter(cps[j] as number)) {
      const cp = cps[j] as number;
      if (isLatin(cp)) latin++;
      else if (MAP.has(cp)) alike++;
      j++;
    }
    if (latin > 0 && alike > 0) {
      for (let k = i; k < j; k++) {
        const to = MAP.get(cps[k] as number);
        if (to !== undefined) {
          cps[k] = to;
          log.push({ start: text.starts[k] as number, end: text.ends[k] as number });
        }
      }
    }
    i = j;
  }
  return { cps, starts: text.starts, ends: text.ends };
}
