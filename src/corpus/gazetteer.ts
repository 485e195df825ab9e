import type { EntityToken } from '../entities/tokens.js';
import type { EntityView } from '../entities/view.js';

/**
 * Small built-in lists of city names and given names, to count how many cities and names an
 * operator's ads use. Approximate by design: a few hundred entries, the cities of ad markets
 * in the six languages' countries and the hubs named in trafficking and scam-recruitment
 * reports; given names common in ads across those languages. Words that are also ordinary
 * words ("Nice", "Reading", "Mark", "Rosa", "Angel", "Candy") are left out, and a match must
 * be capitalised as written. Folded spelling: lower case, no accents.
 */
const CITIES = `new york|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas|san jose|
  austin|jacksonville|san francisco|columbus|fort worth|indianapolis|charlotte|seattle|denver|washington|boston|
  el paso|nashville|detroit|oklahoma city|portland|las vegas|memphis|louisville|baltimore|milwaukee|albuquerque|
  tucson|fresno|sacramento|atlanta|miami|orlando|tampa|new orleans|cleveland|minneapolis|honolulu|newark|
  toronto|montreal|vancouver|calgary|ottawa|edmonton|winnipeg|london|manchester|birmingham|leeds|glasgow|
  liverpool|bristol|sheffield|edinburgh|cardiff|belfast|dublin|cork|paris|marseille|lyon|toulouse|
  nantes|strasbourg|montpellier|bordeaux|lille|rennes|geneve|geneva|lausanne|zurich|bern|basel|bruxelles|
  brussels|antwerpen|anvers|liege|luxembourg|madrid|barcelona|valencia|sevilla|seville|zaragoza|malaga|murcia|
  palma|bilbao|alicante|ibiza|marbella|berlin|hamburg|munchen|munich|koln|cologne|frankfurt|stuttgart|
  dusseldorf|dortmund|essen|leipzig|bremen|dresden|hannover|nurnberg|wien|vienna|graz|salzburg|roma|rome|
  milano|milan|napoli|naples|torino|turin|palermo|genova|bologna|firenze|venezia|venice|verona|bari|catania|
  lisboa|lisbon|porto|faro|braga|coimbra|sao paulo|rio de janeiro|brasilia|salvador|fortaleza|belo horizonte|
  manaus|curitiba|recife|porto alegre|goiania|belem|florianopolis|mexico city|ciudad de mexico|guadalajara|
  monterrey|puebla|tijuana|cancun|leon|juarez|merida|acapulco|bogota|medellin|cali|cartagena|barranquilla|
  lima|santiago|buenos aires|cordoba|rosario|mendoza|montevideo|asuncion|caracas|quito|guayaquil|la paz|
  santo domingo|san juan|havana|la habana|panama city|san salvador|guatemala city|tegucigalpa|managua|
  amsterdam|rotterdam|den haag|warsaw|warszawa|krakow|prague|praha|budapest|bucharest|bucuresti|sofia city|
  athens|istanbul|ankara|antalya|moscow|kyiv|kiev|odessa|minsk|riga|vilnius|tallinn|belgrade|zagreb|
  dubai|abu dhabi|doha|riyadh|jeddah|kuwait city|manama|muscat|beirut|amman|tel aviv|cairo|casablanca|
  marrakech|tunis|algiers|lagos|abuja|accra|nairobi|johannesburg|cape town|bangkok|pattaya|phuket|chiang mai|
  phnom penh|sihanoukville|poipet|bavet|yangon|myawaddy|vientiane|hanoi|ho chi minh|saigon|manila|cebu|
  kuala lumpur|singapore|jakarta|bali|hong kong|macau|shanghai|beijing|shenzhen|guangzhou|taipei|seoul|tokyo|
  osaka|sydney|melbourne|brisbane|perth|auckland|mumbai|delhi|bangalore|kolkata|karachi|lahore|dhaka|kathmandu`;

const NAMES = `anna maria sofia sophie sophia laura julia elena natalia natasha olga irina katya kate katie jessica
  ashley amanda sarah emily emma olivia mia chloe lily isabella valentina camila daniela gabriela andrea paula
  lucia carla carmen ana nina lola lina lara alina alice alicia angela monica nicole vanessa veronica diana
  eva ivy jade jasmine kim lisa linda lucy madison megan melissa michelle naomi rachel sandra stephanie
  tiffany tina vicky yasmin zoe giulia chiara francesca martina alessia federica sara beatriz bruna fernanda
  juliana larissa leticia mariana rafaela thais manon camille ines louise oceane pauline marie lena lea
  hannah leonie mila emilia jana katharina svetlana tatiana anastasia daria ksenia linh mei ling yuki aiko
  amira fatima leila layla nadia samira sasha alexa bianca brenda carolina cristina elisa erika gloria
  helena ingrid isabel jennifer karina karla katrin kristina liliana lorena luana marina marta melanie
  miriam nadine nathalie noemi patricia raquel renata roxana sabrina selena silvia simone sonia susana
  tamara teresa valeria viviana ximena yolanda agnieszka aleksandra ewa joanna kasia magda nikola
  john james michael david daniel carlos juan jose luis miguel pedro marco luca ahmed mohamed ali omar
  pierre jean hans peter paul thomas alex sergio antonio giovanni francesco diego pablo javier andre lucas`;

function phraseIndex(list: string): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of list.split('|').map((p) => p.trim()).filter(Boolean)) {
    const words = phrase.split(' ');
    const first = words[0] as string;
    const entries = index.get(first) ?? [];
    entries.push(words);
    entries.sort((a, b) => b.length - a.length);
    index.set(first, entries);
  }
  return index;
}

const CITY_INDEX = phraseIndex(CITIES);
const NAME_SET: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));

const isCapital = (view: EntityView, t: EntityToken): boolean => {
  const ch = view.raw[view.rs[t.start] as number] ?? '';
  return ch !== ch.toLowerCase();
};

/** Names that are also words ("Mia sorella", "Sarà", "Gloria a…"): not counted at the start of a sentence. */
const WORDLIKE: ReadonlySet<string> = new Set(['mia', 'sara', 'gloria', 'marina', 'lea', 'lina', 'eva', 'ana', 'paula', 'simone', 'isabel']);

/** A sentence starts at token `i`: capitals there say nothing about names. */
function sentenceStart(tokens: readonly EntityToken[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || tokens[i]?.newline) return true;
  return prev.kind === 'punct' && ['.', '!', '?', '¡', '¿'].includes(prev.text);
}

/**
 * Where the gazetteer found a city or a name: token range and its canonical form.
 *
 * @example
 * ```ts
 * const hit: GazetteerHit = { kind: 'city', value: 'las vegas', first: 3, next: 5 };
 * ```
 */
export interface GazetteerHit {
  kind: 'city' | 'name';
  value: string;
  first: number;
  next: number;
}

/**
 * Finds city names and given names among the tokens of an ad (capitalised as written; a name
 * that is also a word not at the start of a sentence).
 *
 * @example
 * ```ts
 * const view = createView('Anna is new in Las Vegas. Call Sofia.');
 * findPlacesAndNames(view, tokenizeView(view.s)).map((h) => h.value); // ["anna", "las vegas", "sofia"]
 * ```
 */
export function findPlacesAndNames(view: EntityView, tokens: readonly EntityToken[]): GazetteerHit[] {
  const out: GazetteerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as EntityToken;
    if (t.kind !== 'word' || !isCapital(view, t)) continue;
    const phrases = CITY_INDEX.get(t.text);
    const city = phrases?.find((words) => words.every((w, k) => tokens[i + k]?.text === w && (k === 0 || tokens[i + k]?.kind === 'word')));
    if (city) {
      out.push({ kind: 'city', value: city.join(' '), first: i, next: i + city.length });
      i += city.length - 1;
      continue;
    }
    if (NAME_SET.has(t.text) && !(WORDLIKE.has(t.text) && sentenceStart(tokens, i))) out.push({ kind: 'name', value: t.text, first: i, next: i + 1 });
  }
  return out;
}
