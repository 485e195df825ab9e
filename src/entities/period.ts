/**
 * Pay periods.
 *
 * @example
 * ```ts
 * import { PERIODS } from 'trafficking-signals';
 * PERIODS.includes('month'); // true
 * ```
 */
export const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
/**
 * A pay period.
 *
 * @example
 * ```ts
 * import type { Period } from 'trafficking-signals';
 * const p: Period = 'hour';
 * ```
 */
export type Period = (typeof PERIODS)[number];

/**
 * Period words, folded, one line per period: `long` words take a connector ("per hour",
 * "de l'heure", "por mes", "pro Monat", "al mese"), `short` ones only a slash ("/h", "/mo"),
 * `alone` ones need nothing ("hourly", "mensuel", "monatlich", "pcm").
 */
const WORDS: Record<Period, { long: string; short: string; alone: string }> = {
  hour: {
    long: 'hour hours hr hrs heure heures hora horas stunde stunden std ora ore',
    short: 'h',
    alone: 'hourly ph horaire stundlich',
  },
  day: {
    long: 'day days jour jours journee dia dias tag tage giorno giorni giornata',
    short: 'd',
    alone: 'daily pd quotidien quotidienne diario diarios diaria diarias taglich giornaliero giornalieri',
  },
  week: {
    long: 'week weeks wk semaine semaines semana semanas woche wochen settimana settimane',
    short: 'w',
    alone: 'weekly pw hebdomadaire hebdo semanal semanales wochentlich settimanale settimanali',
  },
  month: {
    long: 'month months mo mth mnth mois mes meses monat monate mese mesi',
    short: 'm',
    alone: 'monthly pcm mensuel mensuelle mensuels mensual mensuales mensal mensais monatlich mtl mensile mensili',
  },
  year: {
    long: 'year years yr yrs an annee ano anos jahr jahre anno anni annum',
    short: 'y|a',
    alone: 'yearly annually pa annuel annuelle annuels anual anuales anuais jahrlich annuo annui annuale annuali',
  },
};

/** Folded word → period, expanded once. */
const PERIOD_OF = new Map<string, Period>();
const lists = { long: [] as string[], short: [] as string[], alone: [] as string[] };
for (const p of Object.keys(WORDS) as Period[]) {
  for (const kind of ['long', 'short', 'alone'] as const) {
    for (const w of WORDS[p][kind].split(/[\s|]+/)) {
      PERIOD_OF.set(w, p);
      lists[kind].push(w);
    }
  }
}
const alt = (ws: string[]): string => [...ws].sort((a, b) => b.length - a.length).join('|');

/**
 * Words between the amount and the period that change nothing: "net", "brutto", "cash", and
 * the escort-ad code words for money ("200 roses per hour", "donation").
 */
const QUALIFIER = String.raw`(?:(?:net|nett|gross|netto|brutto|nets?|brut|bruts|netos?|brutos?|liquidos?|cash|plus\stips|\+\stips|roses|rozes|donations?|gifts?)\s?)?`;
const CONNECTOR = String.raw`(?:(?:per|a|an|each|every|par|por|pro|al|ao|a\sla|la|il|im|die|the|x|cada|ogni|je)\s|(?:de\s)?l['’]|all['’]|alla\s|p\/)`;

/**
 * A pay period right after an amount (sticky: set `lastIndex` first).
 *
 * @example
 * ```ts
 * PERIOD_RE.lastIndex = 4;
 * PERIOD_RE.exec('3000 por mes')?.[0]; // " por mes"
 * ```
 */
export const PERIOD_RE = new RegExp(
  String.raw`\s?${QUALIFIER}(?:\/\s?(?:${alt([...lists.long, ...lists.short])})|${CONNECTOR}(?:${alt(lists.long)})|(?:${alt(lists.alone)}))(?![\p{L}\p{N}])`,
  'yu',
);

/**
 * The period a matched period phrase names (its last word).
 *
 * @example
 * ```ts
 * periodOf(" par mois"); // "month"
 * ```
 */
export function periodOf(phrase: string): Period | undefined {
  const words = phrase.toLowerCase().match(/\p{L}+/gu);
  return words ? PERIOD_OF.get(words[words.length - 1] as string) : undefined;
}
