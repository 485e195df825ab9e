import { LANGUAGE_BIT, numberWord, parseNumberAt } from './number-words.js';
import type { EntityToken } from './tokens.js';
import { rawSpan, type EntityView } from './view.js';

/**
 * An age found in the text (offsets raw).
 *
 * @example
 * ```ts
 * const age: AgeMatch | undefined = findAges(view, tokens, mask, 63)[0];
 * ```
 */
export interface AgeMatch {
  value: number;
  min?: number;
  max?: number;
  written: boolean;
  /** A lower bound of who may apply or take part ("16+", "from 16", "ab 14", "16 ans et plus"), not a person's age. */
  atLeast?: boolean;
  /** The year of birth the age was read from ("Jg. 2010", "born in 2009", "classe 2010"). */
  bornIn?: number;
  start: number;
  end: number;
  from: number;
  to: number;
}

/**
 * Youngest age reported: smaller numbers in ads are children's ages in nanny and au-pair ads, not the worker's.
 *
 * @example
 * ```ts
 * MIN_AGE; // 12 — "children aged 5 and 7" is not reported
 * ```
 */
export const MIN_AGE = 12;
const MAX_AGE = 99;

/** Words after a number that make it an age in every case: "yo", "ans", "años", "Jahre", "anni", "-jährige", "18enne". */
const STRONG = new Set(['yo', 'yrs-old', 'ans', 'anos', 'anni', 'jahre', 'jahren', 'jahrig', 'jahrige', 'jahriger', 'jahrigen', 'enne', 'anitos', 'aninhos']);
/** Words right before a number that make "N years" a clothing size: "taille 16 ans", "tallas 14 y 16 años". */
const SIZE = new Set(['size', 'sizes', 'taille', 'tailles', 'talla', 'tallas', 'tamanho', 'tamanhos', 'taglia', 'taglie', 'grosse', 'gr']);
/** Words right before an age that make it a lower bound: "from 16", "dès 16 ans", "ab 14", "dai 16 anni". */
const OPEN_BEFORE = new Set(['from', 'over', 'des', 'ab', 'desde', 'dai', 'dagli', 'minimum', 'min', 'mindestens', 'uber', 'oltre', 'almeno']);
/** Two words right before an age that make it a lower bound: "a partir de 16", "at least 16", "plus de 16 ans". */
const OPEN_BEFORE_2 = new Set(['partir de', 'partir dos', 'partir das', 'partir da', 'at least', 'au moins', 'al menos', 'pelo menos', 'no minimo', 'plus de', 'mas de', 'mais de', 'older than', 'de minimo', 'maiores de', 'mayores de', 'maggiori di']);
/** Words right after an age that make it a lower bound: "16+", "16 and over", "16 ans et plus", "13 pa' arriba". */
const OPEN_AFTER = new Set(['and over', 'and up', 'and older', 'and above', 'or over', 'or older', 'or more', 'et plus', 'ou plus', 'y mas', 'o mas', 'en adelante', 'pa arriba', 'para arriba', 'und alter', 'oder alter', 'und aufwarts', 'e mais', 'ou mais', 'em diante', 'in su', 'e oltre', 'o piu', 'in poi']);
/** Words that make it an age only at the end of a clause: "19 years." (but not "5 years experience"). */
const WEAK = new Set(['years', 'year', 'yrs', 'yr', 'y']);
/** Words before a number that make it an age: "age 19", "edad: 19", "Alter 19", "età 19". */
const AGE_NOUN = new Set(['age', 'aged', 'ages', 'edad', 'idade', 'eta', 'alter', 'agee', 'agees', 'anos:']);
/** Words before "N years/ans/años" that make it a duration, not an age. */
const DURATION_BEFORE = new Set(['for', 'since', 'last', 'past', 'depuis', 'pendant', 'durant', 'desde', 'hace', 'durante', 'seit', 'fur', 'da', 'ha', 'per', 'in', 'within', 'dans', 'en', 'em', 'entro', 'innerhalb', 'contrat', 'contract', 'contrato', 'vertrag', 'contratto', 'married', 'together', 'maries', 'casados', 'casadas', 'verheiratet', 'sposati', 'casati']);
/** Words after that make it a duration: "5 ans d'expérience", "2 years experience". */
const DURATION_AFTER = /^(?:d|de|di|of|experience|experiencia|esperienza|erfahrung|ago|contract|contrat|contrato|contratto|garantie|guarantee|warranty|visa|work|working)$/;
const RANGE_JOIN = new Set(['-', '–', '—', 'to', 'a', 'bis', 'al', 'ai', 'aos', 'e', 'y', 'and', 'et', 'und', 'i', 'ate', 'hasta']);
const RANGE_OPEN = new Set(['between', 'entre', 'zwischen', 'tra', 'fra', 'from', 'de', 'dai', 'dos', 'von', 'da', 'age', 'aged', 'ages', 'edad', 'idade', 'eta', 'alter']);
/** People words right before a range that make it an age range: "girls 18-25", "chicas de 18 a 25". */
const PEOPLE = new Set(
  `girls ladies women boys men guys candidates applicants models chicas mujeres senoritas chicos filles femmes
  hommes jeunes meninas mulheres garotas ragazze donne ragazzi madchen frauen damen teens kids youths lads
  burschen jungs jugendliche chavos muchachos muchachas muchachitas jovenes ninos ninas garcons ados rapazes
  meninos giovani madels maedels madel`.split(/\s+/),
);
/** One person, before an age in brackets: "Frau (19)", "girl (20)", "chica (19)". */
const PERSON = new Set(
  `girl woman lady boy guy student model frau madchen studentin dame chica mujer senorita estudiante fille femme
  etudiante menina mulher garota estudante ragazza donna studentessa gurl nena nina chava ado meuf jeune
  novinha mocinha rapaz bursche junge ragazzina`.split(/\s+/),
);
/** One token before the number, then the number, then this far back to look for a person word. */
const PERSON_REACH = 5;

interface Num {
  value: number;
  next: number;
  written: boolean;
  /** The number and "years old" in one word. */
  fused?: boolean;
}

function numberAt(tokens: EntityToken[], k: number, mask: Uint8Array, langMask: number): Num | null {
  const t = tokens[k];
  if (!t || mask[t.start]) return null;
  if (t.kind === 'num') {
    if (t.digits.length > 2 || t.text !== t.digits) return null;
    return { value: Number(t.digits), next: k + 1, written: false };
  }
  const w = parseNumberAt(tokens, k, langMask);
  if (w) return { value: w.value, next: w.next, written: true };
  const split = splitNumberWord(tokens, k, langMask);
  if (split) return split;
  const fused = fusedAge(t.text, langMask);
  return fused === undefined ? null : { value: fused, next: k + 1, written: true, fused: true };
}

/** Separators inside a word spelled out to dodge filters: "se-di-ci", "a/ñ/o/s", "j.a.h.r.e". */
const SPELL_SEPARATORS = new Set(['-', '/', '.', '*', '_']);

/**
 * The words token k starts when it is split by one kind of separator, with no space
 * ("se-di-ci", "a/n/o/s"): for each run of at least `min` pieces of at most `maxPiece`
 * letters, [the pieces joined, the token after the last piece]; empty when there is none.
 */
function spelledOut(tokens: EntityToken[], k: number, min: number, maxPiece: number): [string, number][] {
  const out: [string, number][] = [];
  // A number word or an age unit has at most a dozen letters: a longer run ("a.b.c.d…" over a
  // whole ad) is not one, and reading it from every token would cost the square of its length.
  const maxPieces = 12;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.text.length > maxPiece) return out;
  let joined = t.text;
  let i = k;
  for (;;) {
    const sep = tokens[i + 1];
    const piece = tokens[i + 2];
    if (!sep || !piece || sep.kind !== 'punct' || !SPELL_SEPARATORS.has(sep.text) || sep.gap !== 0) break;
    if (piece.kind !== 'word' || piece.gap !== 0 || piece.text.length > maxPiece) break;
    if (i > k && sep.text !== (tokens[k + 1] as EntityToken).text) break;
    if ((i - k) / 2 + 2 > maxPieces) break;
    joined += piece.text;
    i += 2;
    if ((i - k) / 2 + 1 >= min) out.push([joined, i + 1]);
  }
  return out;
}

/** A number word split into syllables or letters: Italian "se-di-ci", "s.e.i.z.e". */
function splitNumberWord(tokens: EntityToken[], k: number, langMask: number): Num | null {
  const runs = spelledOut(tokens, k, 2, 4);
  for (let r = runs.length - 1; r >= 0; r--) {
    const [word, next] = runs[r] as [string, number];
    const value = numberWord(word, langMask);
    if (value !== undefined) return { value, next, written: true };
  }
  return null;
}

/** One-word ages: Italian "diciottenne", "ventenne"; German "siebzehnjährige". */
function fusedAge(word: string, langMask: number): number | undefined {
  if (langMask & 32 && word.endsWith('enne') && word.length > 6) {
    const stem = word.slice(0, -4);
    for (const v of ['o', 'e', 'i', 'a']) {
      const n = numberWord(stem + v, 32);
      if (n !== undefined) return n;
    }
  }
  const de = /^(.+?)jahrig(?:e|er|en|es)?$/.exec(word);
  if (langMask & 8 && de?.[1]) return numberWord(de[1], 8);
  return undefined;
}

/** Reads "yo", "y/o", "y.o.", "years old", "year-old", "ans", "-jährige"… at token k: [end token, strong]. */
function yearsWord(tokens: EntityToken[], k: number): [number, boolean] | null {
  let t = tokens[k];
  if (t?.kind === 'punct' && t.text === '-' && tokens[k + 1]?.kind === 'word') {
    k++;
    t = tokens[k];
  }
  if (!t || t.kind !== 'word' || t.newline || t.gap > 2) return null;
  const w = t.text;
  const next = tokens[k + 1];
  const after = tokens[k + 2];
  if (w === 'y' && next && (next.text === '/' || next.text === '.') && after?.text === 'o' && after.gap === 0) {
    return [k + (tokens[k + 3]?.text === '.' && tokens[k + 3]?.gap === 0 ? 4 : 3), true];
  }
  if (w === 'y' && next?.text === 'o' && next.gap <= 1) return [k + 2, true];
  // "a/ñ/o/s", "j.a.h.r.e", "a-n-s": the unit spelled out letter by letter.
  if (w.length === 1) {
    for (const [word, end] of spelledOut(tokens, k, 3, 1).reverse()) if (STRONG.has(word)) return [end, true];
  }
  if (STRONG.has(w) || (w.startsWith('jahrig') && w.length <= 9)) return [k + 1, true];
  if (WEAK.has(w)) {
    let end = k + 1;
    const old = tokens[end]?.text === '-' ? tokens[end + 1] : tokens[end];
    if (old?.text === 'old') return [tokens[end]?.text === '-' ? end + 2 : end + 1, true];
    return w === 'y' ? null : [end, false];
  }
  return null;
}

const clauseEnds = (t: EntityToken | undefined): boolean =>
  !t || t.newline || (t.kind === 'punct' && !['%', '$', '€', '£', ':', '/', '-', '+', '@'].includes(t.text)) ||
  ['and', 'et', 'y', 'e', 'und', 'with', 'avec', 'con', 'mit', 'com', 'from', 'de', 'aus', 'da'].includes(t.text);

/** "I'm", "I am", "im", "ich bin" right before token k. */
function selfBefore(tokens: EntityToken[], k: number): number {
  const a = tokens[k - 1]?.text;
  const b = tokens[k - 2]?.text;
  const c = tokens[k - 3]?.text;
  if (a === 'm' && (b === "'" || b === '’') && c === 'i') return k - 3;
  if (a === 'am' && b === 'i') return k - 2;
  if (a === 'im') return k - 1;
  if (a === 'bin' && b === 'ich') return k - 2;
  // "bin 17 und …", "tengo 16", "tenho 15", "j'ai 16", "ho 17": the age in a first-person sentence.
  if (a === 'bin' || a === 'tengo' || a === 'tenho' || a === 'ho') return k - 1;
  if (a === 'ai' && (b === "'" || b === '’') && c === 'j') return k - 3;
  return -1;
}

function ageNounBefore(tokens: EntityToken[], k: number): number {
  let j = k - 1;
  if (tokens[j]?.kind === 'punct' && tokens[j]?.text === ':') j--;
  const t = tokens[j];
  return t && t.kind === 'word' && AGE_NOUN.has(t.text) && !tokens[k]?.newline ? j : -1;
}

const textAt = (tokens: EntityToken[], k: number): string => tokens[k]?.text ?? '';

/** Is the age between tokens `first` and `last` a lower bound ("from 16", "16+", "16 and over")? */
function isLowerBound(tokens: EntityToken[], first: number, last: number): boolean {
  if (OPEN_BEFORE.has(textAt(tokens, first - 1)) || OPEN_BEFORE_2.has(`${textAt(tokens, first - 2)} ${textAt(tokens, first - 1)}`)) return true;
  if (textAt(tokens, first - 1) === 'de' && OPEN_BEFORE_2.has(`${textAt(tokens, first - 3)} ${textAt(tokens, first - 2)}`)) return true;
  const next = tokens[last + 1];
  if (next?.text === '+' && next.gap === 0) return true;
  let j = last + 1;
  if (tokens[j]?.text === "'" || tokens[j]?.text === '’') j++;
  const two = `${textAt(tokens, j)} ${textAt(tokens, j + 1)}`;
  const three = `${textAt(tokens, j)} ${textAt(tokens, j + 2)}`; // "pa' arriba"
  return OPEN_AFTER.has(two) || (textAt(tokens, j + 1) === "'" && OPEN_AFTER.has(three));
}

/** A person word ("girl", "chica", "Mädchen") among the few tokens before `k`. */
function personBefore(tokens: EntityToken[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - PERSON_REACH); j--) {
    const t = tokens[j] as EntityToken;
    if (t.newline && j < k - 1) break;
    if (PERSON.has(t.text) || PEOPLE.has(t.text)) return true;
  }
  return false;
}

/** A capitalised word opening the text, a line, or following punctuation: a first name ("Daria (15)"). */
function capitalisedName(view: EntityView, tokens: EntityToken[], k: number): boolean {
  const name = tokens[k];
  const opener = tokens[k - 1];
  if (!name || name.kind !== 'word' || !(k === 0 || name.newline || (opener?.kind === 'punct' && opener.text !== ','))) return false;
  const first = view.raw.slice(view.rs[name.start], view.re[name.start]);
  return first !== first.toLowerCase();
}

/** Words before "N" that make it an upper bound ("menores de 12", "under 18s"): not an age of anyone. */
const UPPER_BOUND = new Set(['under', 'below', 'unter', 'sotto', 'menores', 'menor', 'minori', 'menores de', 'moins de', 'menos de', 'minori di', 'sotto i', 'less than']);

const OF = new Set(['of', 'de', 'di', 'da', 'von']);

const SET_OFF_BEFORE = new Set([',', '(', '-', '–', '|', '•']);
const SET_OFF_AFTER = new Set([',', ')', '.', '!', '-', '–', '|', '•']);

/**
 * A bare two-digit number set off by commas right after a name or near a person word: "Lena,
 * 16, neu hier", "New girl in town, 16, only here". Dates and addresses ("Paris, 16 mars",
 * "Rue X, 16, 75001") do not have that shape or are not near a person.
 */
function bareAge(view: EntityView, tokens: EntityToken[], k: number, n: Num): boolean {
  if (n.written || n.value > 99) return false;
  const before = tokens[k - 1];
  const after = tokens[n.next];
  if (!before || !SET_OFF_BEFORE.has(before.text)) return false;
  if (after && !after.newline && !SET_OFF_AFTER.has(after.text)) return false;
  if (after?.text === '.' && tokens[n.next + 1]?.kind === 'num' && tokens[n.next + 1]?.gap === 0) return false;
  if (personBefore(tokens, k - 1)) return true;
  // A capitalised single word opening the text, a line, or following punctuation or an emoji ("🌸 Lena, 16,").
  return capitalisedName(view, tokens, k - 2);
}

/**
 * Words that put a year of birth right after them, each a sequence of folded tokens: German
 * "Jg. 2010", "Jahrgang 2010", "geb. 2010"; English "born in 2009"; French "née en 2010";
 * Spanish "nacida en 2010", "soy del 2010"; Italian "classe 2010", "nata nel 2010", "sono del
 * 2010"; Portuguese "nascida em 2010". A bare year ("class of 2016", "since 2010") is not one.
 */
const BIRTH_MARKERS: string[][] = `jg . | jg | jahrgang | geb . | geboren | geboren im jahr | born | born in | dob | dob : |
  nee en | ne en | nacida en | nacido en | naci en | soy del | nata nel | nato nel | sono del | sono nata nel | sono nato nel |
  classe | nascida em | nascido em | nasci em`
  .split('|')
  .map((m) => m.trim().split(/\s+/));
/** The last word of each marker: a number after any other word is not a year of birth (cheap test first). */
const BIRTH_LAST = new Set(BIRTH_MARKERS.map((m) => m[m.length - 1] as string));
/** Italian "classe 2010" is a year of birth; in French or English "classe/class 2010" is a school year. */
const ITALIAN_ONLY = 'classe';

/** The token that starts a birth marker ending right before token k, or -1. */
function birthMarkerBefore(tokens: EntityToken[], k: number, langMask: number): number {
  // A marker ends right before the year, on the year's line.
  if (!BIRTH_LAST.has(tokens[k - 1]?.text ?? '') || (tokens[k] as EntityToken).newline) return -1;
  let best = -1;
  for (const m of BIRTH_MARKERS) {
    if (m[0] === ITALIAN_ONLY && !(langMask & LANGUAGE_BIT.it)) continue;
    const first = k - m.length;
    if (first < 0) continue;
    let ok = true;
    for (let i = 0; i < m.length && ok; i++) ok = (tokens[first + i] as EntityToken).text === m[i];
    // The longest marker wins ("born in", not "in").
    if (ok && (best < 0 || first < best)) best = first;
  }
  return best;
}

/**
 * An age read from a year of birth after a birth marker at token k: "Jg. 2010" is 16 in 2026.
 * The age is the older of the two the year allows (`referenceYear - year`), so a year that may
 * be an 18th birthday is read as 18, never as a minor. Two digits after an apostrophe or a
 * marker read as 19xx or 20xx ("Jg. 09", "classe '09").
 */
function birthYearAge(tokens: EntityToken[], k: number, mask: Uint8Array, langMask: number, referenceYear: number): { value: number; year: number; first: number } | null {
  const t = tokens[k];
  if (!t || t.kind !== 'num' || mask[t.start] || t.text !== t.digits) return null;
  if (t.digits.length !== 4 && t.digits.length !== 2) return null;
  const next = tokens[k + 1];
  // "2010/11" or "2010-2012" are spans of years, "2010.5" a number: not a year of birth.
  if (next && next.gap === 0 && next.kind !== 'word' && (next.text === '/' || next.text === '-' || next.text === '.') && tokens[k + 2]?.kind === 'num') return null;
  let j = k;
  if (t.digits.length === 2 && (tokens[k - 1]?.text === "'" || tokens[k - 1]?.text === '’')) j = k - 1;
  const first = birthMarkerBefore(tokens, j, langMask);
  if (first < 0) return null;
  const n = Number(t.digits);
  const century = n <= referenceYear % 100 ? referenceYear - (referenceYear % 100) : referenceYear - (referenceYear % 100) - 100;
  const year = t.digits.length === 4 ? n : century + n;
  const value = referenceYear - year;
  if (value < MIN_AGE || value > MAX_AGE) return null;
  return { value, year, first };
}

/**
 * Finds ages: numeric ("19yo", "19 y/o", "age 19", "18 ans", "tengo 17 años", "17 Jahre",
 * "17-jährige", "18enne"), ranges ("age 18-35", "entre 18 et 35 ans", "between 18 and 35") and
 * written-out numbers in six languages ("eighteen years old", "dix-sept ans", "diecisiete años",
 * "ich bin siebzehn", "dezessete anos", "diciassette anni"). Durations ("5 years experience",
 * "depuis 10 ans") are not ages. Years of birth after a birth marker ("Jg. 2010", "born in
 * 2009", "classe 2010") are ages as of `referenceYear`. Skips
 * tokens under `mask` (prices).
 *
 * @example
 * ```ts
 * const v = createView('Hi, I am 19yo');
 * findAges(v, tokenizeView(v.s), new Uint8Array(v.s.length), 63, 2026)[0]?.value; // 19
 * const w = createView('Jg. 2010, neu hier');
 * findAges(w, tokenizeView(w.s), new Uint8Array(w.s.length), 63, 2026)[0]?.bornIn; // 2010
 * ```
 */
export function findAges(
  view: EntityView,
  tokens: EntityToken[],
  mask: Uint8Array,
  langMask: number,
  referenceYear: number,
): AgeMatch[] {
  const out: AgeMatch[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const born = birthYearAge(tokens, k, mask, langMask, referenceYear);
    if (born) {
      const from = (tokens[born.first] as EntityToken).start;
      const to = (tokens[k] as EntityToken).end;
      out.push({ value: born.value, written: false, bornIn: born.year, ...rawSpan(view, from, to), from, to });
      continue;
    }
    const n = numberAt(tokens, k, mask, langMask);
    if (!n) continue;
    let firstTok = k;
    let lastTok = n.next - 1;
    let min = n.value;
    let max: number | undefined;
    let afterNum = n.next;
    // A range: "18-35", "18 to 35", "18 et 35", "i 18 e i 35".
    const join = tokens[afterNum];
    if (join && RANGE_JOIN.has(join.text) && !join.newline) {
      let j = afterNum + 1;
      if (tokens[j]?.text === 'i' || tokens[j]?.text === 'los' || tokens[j]?.text === 'os') j++;
      const second = numberAt(tokens, j, mask, langMask);
      if (second && second.value > min && second.value <= MAX_AGE && !n.written === !second.written) {
        max = second.value;
        lastTok = second.next - 1;
        afterNum = second.next;
      }
    }
    const years = n.fused && max === undefined ? ([afterNum, true] as [number, boolean]) : yearsWord(tokens, afterNum);
    let isAge = false;
    if (years) {
      const [end, strong] = years;
      const before = tokens[k - 1]?.text ?? '';
      const duration =
        DURATION_BEFORE.has(before) ||
        DURATION_AFTER.test(tokens[end]?.text ?? '') ||
        (tokens[end]?.text === "'" && DURATION_AFTER.test(tokens[end + 1]?.text ?? ''));
      const after = tokens[end];
      if (!duration && (strong || clauseEnds(after) || max !== undefined)) {
        isAge = true;
        lastTok = end - 1;
      }
    }
    const upper = UPPER_BOUND.has(textAt(tokens, k - 1)) || UPPER_BOUND.has(`${textAt(tokens, k - 2)} ${textAt(tokens, k - 1)}`);
    if (isAge && (upper || SIZE.has(textAt(tokens, k - 1)) || (SIZE.has(textAt(tokens, k - 2)) && textAt(tokens, k - 1) === 'de'))) {
      k = lastTok;
      continue;
    }
    if (!isAge) {
      const noun = ageNounBefore(tokens, k);
      const rangeOpen = max !== undefined && RANGE_OPEN.has(tokens[k - 1]?.text ?? '');
      if (noun >= 0) {
        isAge = true;
        firstTok = noun;
      } else if (rangeOpen && ageNounBefore(tokens, k - 1) >= 0) {
        isAge = true;
      } else if (
        max === undefined &&
        tokens[k - 1]?.text === '(' &&
        tokens[afterNum]?.text === ')' &&
        (PERSON.has(tokens[k - 2]?.text ?? '') || capitalisedName(view, tokens, k - 2))
      ) {
        isAge = true;
        firstTok = k - 2;
        lastTok = afterNum;
      } else if (max !== undefined && (PEOPLE.has(tokens[k - 1]?.text ?? '') || (rangeOpen && PEOPLE.has(tokens[k - 2]?.text ?? '')))) {
        isAge = true;
      } else {
        const self = selfBefore(tokens, k);
        if (self >= 0 && max === undefined && clauseEnds(tokens[afterNum])) isAge = true;
        // "a boy of 15,", "una niña de 14.": a person word, "of", the number, the end of the clause.
        else if (max === undefined && OF.has(textAt(tokens, k - 1)) && PERSON.has(textAt(tokens, k - 2)) && clauseEnds(tokens[afterNum])) {
          isAge = true;
          firstTok = k - 2;
        }
        else if (max === undefined && bareAge(view, tokens, k, n)) isAge = true;
        // "Burschen ab 14", "chavos de 13 pa' arriba": a lower bound right after a people word.
        else if (!n.written && isLowerBound(tokens, k, afterNum - 1) && (personBefore(tokens, k) || PEOPLE.has(textAt(tokens, k - 2)))) isAge = true;
      }
    }
    if (!isAge || min < MIN_AGE || min > MAX_AGE) continue;
    const from = (tokens[firstTok] as EntityToken).start;
    const to = (tokens[lastTok] as EntityToken).end;
    const span = rawSpan(view, from, to);
    const age: AgeMatch = { value: min, written: n.written, ...span, from, to };
    if (max === undefined && isLowerBound(tokens, k, lastTok)) age.atLeast = true;
    if (max !== undefined) {
      age.min = min;
      age.max = max;
    }
    out.push(age);
    k = lastTok;
  }
  return out;
}
