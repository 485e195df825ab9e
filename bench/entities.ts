/**
 * Entity extraction benchmark: cost per ad on realistic synthetic ads (~400 characters, six
 * languages), the two routes for English number words (compromise vs the built-in table), and a
 * stress run on adversarial inputs (long runs that would make a careless regex quadratic).
 *
 *   npx tsx bench/entities.ts
 */
import nlp from 'compromise';
import { extractEntities } from '../src/entities/index.js';
import { languageMask, parseNumberAt } from '../src/entities/number-words.js';
import { tokenizeView } from '../src/entities/tokens.js';
import { createView } from '../src/entities/view.js';

const ADS = [
  'URGENT!!! Hostess jobs in Dubai 💰 $4,500/month + tips. No experience. Visa & ticket FREE, accommodation arranged by the agency. Girls 18-28 only, send 3 photos and your age. Deposit of $200 to reserve your seat. WhatsApp ➡️ +1 (415) 555-0142 or Telegram @dubai_jobs_hr. Start next week, limited places!!! Apply today before it is too late, serious candidates only.',
  'Nueva en la ciudad 💋 tengo diecinueve añitos, morena, 100% real, sin prisas. Escríbeme al seis cero cero, uno dos tres, cuatro cinco seis. 80€ la hora, 300€ la noche 🌹 Solo caballeros educados, nada de llamadas ocultas. Hotel o mi apartamento en el centro, discreción total. Besos y hasta pronto, te espero.',
  'Recrutement saisonnier vendanges en Champagne, 11,65 € de l\'heure, logement fourni et repas du midi. Appelez le 06 98 76 54 32 entre 9h et 18h ou écrivez à vendanges [at] example [dot] fr. Réf. offre 2024-117. Début le 12/09/2024, contrat de 3 semaines, débutants acceptés, transport depuis la gare assuré.',
  'Stellenangebot: Reinigungskraft (m/w/d) in Berlin, 13,50 € pro Stunde, Vollzeit, unbefristet. Bewerbung an jobs@example.de oder telefonisch unter 030 1234567-0. Wir bieten ein freundliches Team, Arbeitskleidung und Fahrtkostenzuschuss. Ref.-Nr. 2024/0815. Erfahrung von Vorteil, aber nicht notwendig. Start ab 01.10.2024.',
  'Cercasi ragazze dai 18 ai 30 anni per locale a Milano. Stipendio 3000 euro al mese, vitto e alloggio, viaggio pagato. Info: tre quattro sette, uno due tre, quattro cinque sei sette oppure scrivi su Telegram t.me/locale_milano. Pagamento anticipato in carta regalo Amazon per la prenotazione del posto.',
  'Motoristas para Europa, R$ 8.000 por mês, passagem paga e descontada do salário. Zap (11) 98765-4321. Idade 21 a 45 anos. Documentos e visto por nossa conta, alojamento garantido. Pagamento da taxa em BTC: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq. Vagas limitadas, responda rápido.',
];

// Pad each ad with ordinary text to about 400 characters, the size the targets are stated for.
const FILLER = ' Serious applicants only, we answer every message within a day, thank you for reading.';
for (let i = 0; i < ADS.length; i++) while ((ADS[i] as string).length < 400) ADS[i] += FILLER.slice(0, 400 - (ADS[i] as string).length);

function time(label: string, runs: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(runs, 2000); i++) fn(i);
  const t = performance.now();
  for (let i = 0; i < runs; i++) fn(i);
  const us = ((performance.now() - t) * 1000) / runs;
  process.stdout.write(`${label.padEnd(44)} ${us.toFixed(1)} µs\n`);
  return us;
}

// 1. Extraction per ad.
const mean = Math.round(ADS.reduce((a, s) => a + s.length, 0) / ADS.length);
process.stdout.write(`ads: ${ADS.length}, mean ${mean} characters\n`);
time('extractEntities, all types', 30_000, (i) => extractEntities(ADS[i % ADS.length] as string));
time('extractEntities, contacts only', 30_000, (i) =>
  extractEntities(ADS[i % ADS.length] as string, { types: ['phone', 'email', 'handle', 'wallet'] }),
);

// 2. English number words: compromise vs the built-in table, on the same English ads.
const english = [
  'Hi, I am nineteen, new in town, text me. Rates start at two hundred, no rush. Call four one five, five five five, zero one two three.',
  'Waitresses wanted, twenty-one to thirty-five years old, eighteen hour shifts? No: eight hour shifts, seven days a week, forty hours.',
  'Sweet Anna, twenty two years old, visiting for three days only. Seventy three roses per hour, one hundred fifty for two hours.',
];
const table: [string, number][] = [];
for (let n = 0; n <= 99; n++) {
  const words = nlp(String(n)).numbers().toText().text();
  table.push([words, n], [words.replace(' ', '-'), n]);
}
let ownHits = 0;
let nlpHits = 0;
for (const [words, n] of table) {
  const tokens = tokenizeView(createView(words).s);
  if (parseNumberAt(tokens, 0, languageMask('en'))?.value === n) ownHits++;
  if ((nlp(words).numbers().get() as number[])[0] === n) nlpHits++;
}
process.stdout.write(
  `number words 0–99 (${table.length} spellings): table ${ownHits}/${table.length}, compromise ${nlpHits}/${table.length}\n`,
);
// In context, lists of numbers are where the routes differ.
const inContext: [string, number[]][] = [
  ['I am seventeen, eighteen next month', [17, 18]],
  ['Sofia, nineteen, and Anna, twenty-two, new in town', [19, 22]],
  ['twenty one years old, five foot six', [21, 5, 6]],
  ['call four one five five five five zero one two three', [4, 1, 5, 5, 5, 5, 0, 1, 2, 3]],
  ['age range eighteen to thirty five', [18, 35]],
  ['two girls, thirty minutes or sixty minutes', [2, 30, 60]],
];
let ownCtx = 0;
let nlpCtx = 0;
for (const [text, expected] of inContext) {
  const tokens = tokenizeView(createView(text).s);
  const got: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const w = parseNumberAt(tokens, k, languageMask('en'));
    if (w) {
      got.push(w.value);
      k = w.next - 1;
    }
  }
  if (JSON.stringify(got) === JSON.stringify(expected)) ownCtx++;
  if (JSON.stringify(nlp(text).numbers().get()) === JSON.stringify(expected)) nlpCtx++;
}
process.stdout.write(`numbers in context (${inContext.length} sentences): table ${ownCtx}/${inContext.length}, compromise ${nlpCtx}/${inContext.length}\n`);
const own = time('own table: read every number word of an ad', 20_000, (i) => {
  const tokens = tokenizeView(createView(english[i % english.length] as string).s);
  const mask = languageMask('en');
  for (let k = 0; k < tokens.length; k++) {
    const w = parseNumberAt(tokens, k, mask);
    if (w) k = w.next - 1;
  }
});
const viaNlp = time('compromise: nlp(ad).numbers().json()', 500, (i) => nlp(english[i % english.length] as string).numbers().json());
process.stdout.write(`compromise costs ${(viaNlp / own).toFixed(0)}× the table\n`);

// 3. Adversarial inputs: each must finish in time proportional to its length.
const n = 100_000;
const stress: [string, string][] = [
  ['letters', 'a'.repeat(n)],
  ['digits', '1'.repeat(n)],
  ['digits and spaces', '1 '.repeat(n / 2)],
  ['digits and dots', '1.'.repeat(n / 2)],
  ['at signs', 'a@'.repeat(n / 2)],
  ['spelled at', 'a at '.repeat(n / 5)],
  ['dots', 'a.'.repeat(n / 2)],
  ['base58', '1A'.repeat(n / 2)],
  ['hex', `0x${'f'.repeat(n)}`],
  ['bech32', `bc1${'q'.repeat(n)}`],
  ['currency', '$1 '.repeat(n / 3)],
  ['number words', 'five '.repeat(n / 5)],
  ['keycaps', '1\ufe0f\u20e3'.repeat(n / 3)],
  ['platform names', 'telegram '.repeat(n / 9)],
  ['ages', '19 '.repeat(n / 3)],
  ['long local part', `${'a'.repeat(n)}@example.com`],
  ['long domain', `a@${'a.'.repeat(n / 2)}com`],
  ['spelled dots', `a [at] ${'b [dot] '.repeat(n / 8)}com`],
  ['long url', `https://example.com/${'a'.repeat(n)}`],
  ['thousands', `$${'1,000'.repeat(n / 5)}`],
  ['dotted dates', '1.1.'.repeat(n / 4)],
  ['times', '10:30 '.repeat(n / 6)],
  ['brackets', '(1) '.repeat(n / 4)],
];
for (const [label, text] of stress) {
  const t = performance.now();
  extractEntities(text);
  process.stdout.write(`stress ${label.padEnd(20)} ${String(text.length).padStart(7)} chars  ${(performance.now() - t).toFixed(0)} ms\n`);
}
