import type { LanguageCode } from '../categories.js';

/**
 * Frequent function words and ad vocabulary per language, written without accents (they are
 * compared with normalised tokens). Short ads defeat trigram statistics — franc reads
 * "Hostess job in Dubai, no experience" as French — but a handful of these words settles them.
 * A word may sit in several lists; it then counts for each.
 */
const WORDS: Record<LanguageCode, string> = {
  en: `the and you your for with are is we our to of this that will be have has can from at
    job jobs work working month week hour hours experience needed required apply hiring only
    call text new town girls salary pay free now who looking start today all any it they
    just want wanna gonna pls please hey guys ladies tonight every after before until need interested contact message here there what when where how would could should dont im ur thanks weekly daily flight agency boss driver family money easy fast quick`,
  fr: `le les des du et est pour avec dans une un vous nous votre notre sur pas au aux ce cette
    qui sans travail poste emploi mois salaire loge logement nourri cherche recherche heure heures
    jeune jeunes filles frais offre etre sont tres plus nos vos il elle ils leur mais je suis
    cherche femme argent maintenant merci ici
    toi moi chez depuis ton ta tes mon ma mes taf dispo meuf jsuis tkt stp svp bisous soir nuit jour semaine aussi tout rien faut peut veux besoin travailler gagner facile paye logee nourrie serieux contactez envoyez ecrivez appelez mecs gars bonjour salut coucou`,
  es: `el los las y con para por una es del al se su sus muy trabajo empleo mes sueldo salario
    chicas jovenes sin experiencia pasaje pagado gratis somos buscamos hora horas usted tu tus
    estamos como mas pero nuestro nuestra ofrecemos busco buscamos soy estoy tengo nada dinero
    mujer chica chico hay pago muchas gracias ahora donde
    ya aqui hoy manana noche nena chamba laburo curro pibe chavo wey vos sos quiero puedo necesito ganar rapido facil pagamos llamar escribir dias semana hola buenas besos cita citas caballeros senores`,
  de: `der die das und ist mit fur ein eine einen nicht wir sie ihr auf bei zu von den dem des
    auch arbeit stelle monat gehalt lohn madchen junge ohne erfahrung unterkunft kostenlos suchen
    bieten sofort stunde stunden sind oder wird ich bin habe suche frau geld jetzt wo danke
    dieser diese
    du dich mir mich dir hier heute abend nacht morgen wochenende schon noch nur mal gerne bitte hallo melde schreib schreibt ruf komm euch mein meine kein keine viel schnell einfach verdienen wohnung zimmer jahre jahren neu neue frei treffen zeit madels`,
  pt: `o os as e um uma com para nao voce voces nos do da dos das na em ao trabalho emprego
    salario meninas jovens sem experiencia passagem paga gratis estamos procuramos hora horas
    muito tambem sao oferecemos nosso nossa sou estou tenho meu minha voce mulher dinheiro agora
    onde obrigado obrigada tambem entao isso
    vc vcs tb tbm pra pq hj aqui galera gente mina mano oi beijos bjs novinha noite dia semana ganhar rapido facil pagamos chama chamar manda contato interessados garota moca rapaz ate ja ainda`,
  it: `il lo gli di del della delle che per con un una non sono siamo cerchiamo lavoro mese
    stipendio ragazze ragazza giovani senza esperienza viaggio pagato vitto alloggio ore anche
    molto nel nella al alla offriamo nostro nostra sono cerco ho donna soldi adesso dove grazie
    questo questa e da su nuova nuovo appena anni tutto tutti bella citta ricevo
    ciao qui stasera sera notte domani settimana subito tipo raga cmq nn sempre gia ancora tanto bello chiamare scrivere scrivetemi contattare guadagnare facile veloce`,
};

const INDEX: Map<string, LanguageCode[]> = (() => {
  const map = new Map<string, LanguageCode[]>();
  for (const [lang, words] of Object.entries(WORDS) as [LanguageCode, string][]) {
    for (const w of words.split(/\s+/)) {
      if (!w) continue;
      const list = map.get(w) ?? [];
      if (!list.includes(lang)) list.push(lang);
      map.set(w, list);
    }
  }
  return map;
})();

/**
 * Counts, per language, the tokens in its word list that are not in `other`'s list: words
 * two languages share ("para", "por", "hora" in Spanish and Portuguese) say nothing about a
 * second language in the ad.
 */
export function exclusiveVotes(words: readonly string[], other: LanguageCode): Map<LanguageCode, number> {
  const votes = new Map<LanguageCode, number>();
  for (const w of words) {
    const langs = INDEX.get(w);
    if (!langs || langs.includes(other)) continue;
    for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1);
  }
  return votes;
}

/** Counts, per language, the tokens that are in its word list. */
export function lexiconVotes(words: readonly string[]): Map<LanguageCode, number> {
  const votes = new Map<LanguageCode, number>();
  for (const w of words) {
    const langs = INDEX.get(w);
    if (!langs) continue;
    for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1);
  }
  return votes;
}
