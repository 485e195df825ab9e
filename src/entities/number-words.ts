import type { EntityToken } from './tokens.js';

/**
 * Languages with number words; `und` reads all of them.
 *
 * @example
 * ```ts
 * import type { EntityLanguage } from 'trafficking-signals';
 * const lang: EntityLanguage = 'und'; // read number words of all six languages
 * ```
 */
export type EntityLanguage = 'en' | 'fr' | 'es' | 'de' | 'pt' | 'it' | 'und';

const LANGS = ['en', 'fr', 'es', 'de', 'pt', 'it'] as const;
/**
 * The bit of each language in a language mask ({@link languageMask}).
 *
 * @example
 * ```ts
 * (languageMask('it') & LANGUAGE_BIT.it) !== 0; // true
 * ```
 */
export const LANGUAGE_BIT: Readonly<Record<(typeof LANGS)[number], number>> = { en: 1, fr: 2, es: 4, de: 8, pt: 16, it: 32 };
/**
 * Bit mask of every language.
 *
 * @example
 * ```ts
 * numberWord('siebzehn', ALL_LANGUAGES); // 17
 * ```
 */
export const ALL_LANGUAGES = 63;

/**
 * The bit mask of languages whose number words are read for an ad in `language`: its own and
 * English (phone numbers and ages are often spelled in English whatever the ad's language).
 *
 * @example
 * ```ts
 * languageMask('fr') === languageMask('en') + 2; // true
 * ```
 */
export function languageMask(language: EntityLanguage | undefined): number {
  if (language === undefined || language === 'und') return ALL_LANGUAGES;
  return LANGUAGE_BIT[language] | LANGUAGE_BIT.en;
}

/**
 * Number words 0–19 and the tens 20–90, written folded (lower case, no accents) as the entity
 * view spells them; "a|b" are spellings of the same number, "-" a number the language writes
 * with several words (French 17–19, 70, 80, 90 — read by the rules in `parseNumberAt`).
 */
const UNITS: Record<(typeof LANGS)[number], string> = {
  en: 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen',
  fr: 'zero un|une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize - - -',
  es: 'cero uno|un|una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis diecisiete dieciocho diecinueve',
  de: 'null eins|ein|eine zwei|zwo drei vier funf|fuenf sechs sieben acht neun zehn elf zwolf|zwoelf dreizehn vierzehn funfzehn|fuenfzehn sechzehn siebzehn achtzehn neunzehn',
  pt: 'zero um|uma dois|duas tres quatro cinco seis|meia sete oito nove dez onze doze treze catorze|quatorze quinze dezesseis|dezasseis dezessete|dezassete dezoito dezenove|dezanove',
  it: 'zero uno|una|un due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove',
};
const TENS: Record<(typeof LANGS)[number], string> = {
  en: 'twenty thirty forty|fourty fifty sixty seventy eighty ninety',
  fr: 'vingt trente quarante cinquante soixante septante huitante|octante nonante',
  es: 'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa',
  de: 'zwanzig dreißig|dreissig vierzig funfzig|fuenfzig sechzig siebzig achtzig neunzig',
  pt: 'vinte trinta quarenta cinquenta sessenta setenta oitenta noventa',
  it: 'venti trenta quaranta cinquanta sessanta settanta ottanta novanta',
};

interface Entry {
  value: number;
  mask: number;
}

/** Words joining tens and units: "vingt et un", "treinta y cuatro", "vinte e três". */
const JOINERS = new Map<string, number>([
  ['et', LANGUAGE_BIT.fr],
  ['y', LANGUAGE_BIT.es],
  ['e', LANGUAGE_BIT.pt],
  ['und', LANGUAGE_BIT.de],
]);

const TABLE: Map<string, Entry> = (() => {
  const table = new Map<string, Entry>();
  const add = (word: string, value: number, lang: (typeof LANGS)[number]): void => {
    const prev = table.get(word);
    if (prev && prev.value !== value) throw new Error(`number word "${word}" has two values`);
    table.set(word, { value, mask: (prev?.mask ?? 0) | LANGUAGE_BIT[lang] });
  };
  for (const lang of LANGS) {
    const units = UNITS[lang].split(' ');
    units.forEach((spellings, value) => {
      if (spellings !== '-') for (const w of spellings.split('|')) add(w, value, lang);
    });
    TENS[lang].split(' ').forEach((spellings, k) => {
      for (const w of spellings.split('|')) add(w, 20 + 10 * k, lang);
    });
  }
  // One-word compounds: German "vierunddreißig", Italian "trentotto", Spanish "veintitrés".
  const de = UNITS.de.split(' ');
  for (const tens of TENS.de.split(' ').flatMap((t, k) => t.split('|').map((w) => [w, 20 + 10 * k] as const))) {
    for (let u = 1; u <= 9; u++) {
      const stems = u === 1 ? ['ein'] : (de[u] as string).split('|');
      for (const stem of stems) add(`${stem}und${tens[0]}`, tens[1] + u, 'de');
    }
  }
  const itUnits = UNITS.it.split(' ');
  TENS.it.split(' ').forEach((tens, k) => {
    for (let u = 1; u <= 9; u++) {
      const unit = (itUnits[u] as string).split('|')[0] as string;
      const elide = unit === 'uno' || unit === 'otto';
      add(`${elide ? tens.slice(0, -1) : tens}${unit}`, 20 + 10 * k + u, 'it');
    }
  });
  const esUnits = UNITS.es.split(' ');
  for (let u = 1; u <= 9; u++) {
    for (const unit of (esUnits[u] as string).split('|')) add(`veinti${unit}`, 20 + u, 'es');
  }
  return table;
})();

/**
 * The value of one folded word in the languages of `mask`, or `undefined`.
 *
 * @example
 * ```ts
 * numberWord('diecisiete', languageMask('es')); // 17
 * numberWord('diecisiete', languageMask('de')); // undefined
 * ```
 */
export function numberWord(word: string, mask: number): number | undefined {
  const e = TABLE.get(word);
  return e && e.mask & mask ? e.value : undefined;
}

/**
 * A number read from words, ending before token `next`.
 *
 * @example
 * ```ts
 * const w: WordNumber | null = parseNumberAt(tokenizeView('twenty-three'), 0, languageMask('en')); // { value: 23, next: 3 }
 * ```
 */
export interface WordNumber {
  value: number;
  next: number;
}

const closeEnough = (t: EntityToken | undefined): boolean => t !== undefined && !t.newline && t.gap <= 2;

/** Index after an optional hyphen or joiner word before token `k`, or -1. */
function afterJoiner(tokens: EntityToken[], k: number, mask: number): number {
  const t = tokens[k];
  if (!closeEnough(t)) return -1;
  if (t?.kind === 'punct' && (t.text === '-' || t.text === '‐')) return k + 1;
  if (t?.kind === 'word' && ((JOINERS.get(t.text) ?? 0) & mask) !== 0) return k + 1;
  return k;
}

/**
 * Reads a number written in words starting at token `i` ("twenty-three", "soixante-dix-huit",
 * "quatre-vingt-douze", "treinta y cuatro", "vinte e três", "dix-sept"), in the languages of
 * `mask`. Reads 0–99; returns the value and the index of the first token after it.
 *
 * @example
 * ```ts
 * const tokens = tokenizeView('soixante-dix-huit');
 * parseNumberAt(tokens, 0, languageMask('fr')); // { value: 78, next: 5 }
 * ```
 */
export function parseNumberAt(tokens: EntityToken[], i: number, mask: number): WordNumber | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  let value = numberWord(t.text, mask);
  if (value === undefined) return null;
  let next = i + 1;
  const fr = (mask & LANGUAGE_BIT.fr) !== 0;
  // French 17–19: "dix-sept", "dix-huit", "dix-neuf".
  if (fr && t.text === 'dix') {
    const k = afterJoiner(tokens, next, LANGUAGE_BIT.fr);
    const u = k >= 0 && closeEnough(tokens[k]) ? numberWord(tokens[k]?.text ?? '', LANGUAGE_BIT.fr) : undefined;
    if (u !== undefined && u >= 7 && u <= 9) return { value: 10 + u, next: k + 1 };
    return { value, next };
  }
  // French 80: "quatre-vingt(s)".
  let wide = false;
  if (fr && value === 4) {
    const k = afterJoiner(tokens, next, 0);
    const v = tokens[k];
    if (k >= next && closeEnough(v) && (v?.text === 'vingt' || v?.text === 'vingts')) {
      value = 80;
      next = k + 1;
      wide = true;
    }
  }
  if (fr && value === 60 && t.text === 'soixante') wide = true;
  const isTens = wide || (value >= 20 && value % 10 === 0);
  if (!isTens) return { value, next };
  // Tens and a unit: "twenty three", "trente-quatre", "soixante et onze", "soixante-dix-huit".
  const k = afterJoiner(tokens, next, mask);
  if (k < 0 || !closeEnough(tokens[k])) return { value, next };
  const addend = parseNumberAt(tokens, k, mask);
  const limit = wide ? 19 : 9;
  if (addend && addend.value >= 1 && addend.value <= limit) return { value: value + addend.value, next: addend.next };
  return { value, next };
}
