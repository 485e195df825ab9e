import { isLetter, type MappedText, type RawSpan } from '../mapped.js';

/**
 * Step 5 — fold Cyrillic and Greek look-alikes to Latin letters, but only inside words that
 * also contain Latin letters: a mixed-script word ("уоung" with a Cyrillic у and о) is
 * evasion, a whole Cyrillic or Greek word is a real word and is left alone. Runs after case
 * folding, so the table lists lower-case forms only. Only words with more Latin letters than
 * look-alikes and no run of three foreign letters are folded, so two words run together
 * ("commerceΚαι") and short foreign words stay as they are. Where it breaks: a word made
 * mostly of look-alikes ("уоuпg") is not folded. The lunate sigma ϲ, a c look-alike, arrives
 * here as ς (NFKC folds it so): the table lists ς.
 */
const TABLE = `
a аα
b ь
c сς
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
  const cps = text.cps.slice();
  let i = 0;
  while (i < cps.length) {
    if (!isLetter(cps[i] as number)) {
      i++;
      continue;
    }
    let j = i;
    let latin = 0;
    let alike = 0;
    let run = 0;
    let longestRun = 0;
    while (j < cps.length && isLetter(cps[j] as number)) {
      const cp = cps[j] as number;
      if (isLatin(cp)) {
        latin++;
        run = 0;
      } else {
        if (MAP.has(cp)) alike++;
        longestRun = Math.max(longestRun, ++run);
      }
      j++;
    }
    // Evasion swaps a few letters inside a Latin word. Two words run together ("commerceΚαι")
    // show a run of three or more foreign letters; a short word may be all foreign.
    if (alike > 0 && latin > alike && longestRun < 3) {
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
