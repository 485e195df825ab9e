import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { extractEntities, isImplausibleWage, type ExtractOptions } from '../src/entities/index.js';
import { languageMask, parseNumberAt } from '../src/entities/number-words.js';
import { tokenizeView } from '../src/entities/tokens.js';
import { createView } from '../src/entities/view.js';

// Phone numbers are synthetic: see the note at the top of entities.test.ts (drama ranges where a
// regulator publishes one, invented digit runs otherwise).
// Whole synthetic ads in six languages with every entity listed as "type:value". These were
// written before tuning the detectors against them (first run: precision 0.94, recall 0.94 —
// the misses led to the range, gift-card word-order and fictional-number fixes).
const ADS: [string, string[], ExtractOptions?][] = [
  ['URGENT!!! Hostess jobs in Dubai 💰 $4,500/month + tips. No experience. Visa & ticket FREE. Girls 18-28 only. WhatsApp ➡️ +1 (415) 555-0142 or Telegram @dubai_jobs_hr', ['price:4500 USD/month', 'age:18', 'handle:+14155550142', 'phone:+14155550142', 'handle:dubai_jobs_hr']],
  ['Nueva en la ciudad 💋 tengo 19 añitos, morena, 100% real. Escríbeme al seis cero cero, uno dos tres, cuatro cinco seis. 80€ la hora 🌹', ['age:19', 'phone:+34600123456', 'price:80 EUR/hour'], { language: 'es' }],
  ['Stellenangebot: Reinigungskraft (m/w/d) in Berlin, 13,50 € pro Stunde, Vollzeit. Bewerbung an jobs@example.de oder 030 23125 670. Ref.-Nr. 2024/0815', ['price:13.5 EUR/hour', 'email:jobs@example.de', 'phone:+493023125670'], { language: 'de' }],
  ['Trabalho em Portugal 🇵🇹 salário 1.200€ mensais + alojamento. Pagamento da viagem descontado do salário. Contacto: +351 912 345 678 (WhatsApp) ou trabalho.pt@example.com', ['price:1200 EUR/month', 'phone:+351912345678', 'email:trabalho.pt@example.com']],
  ['Cercasi ragazze dai 18 ai 30 anni per locale a Milano. Stipendio 3000 euro al mese, vitto e alloggio. Info: tre quattro sette, uno due tre, quattro cinque sei sette', ['age:18', 'price:3000 EUR/month', 'phone:+393471234567'], { language: 'it' }],
  ['Data entry job in Cambodia 🇰🇭 salary 1500-2500 USD per month, age 20-35, typing speed 40wpm. Free flight, visa, dormitory. Contact HR on Telegram t.me/hr_kh_jobs', ['price:1500-2500 USD/month', 'age:20', 'handle:hr_kh_jobs']],
  ['Hi guys 😘 new in town, only here till Sunday. Incall/outcall. 200 roses per hour, 1000 overnight. Text only 5️⃣5️⃣5️⃣-0️⃣1️⃣9️⃣9️⃣ no calls', ['price:200/hour', 'phone:5550199']],
  ['Payment in Bitcoin only: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq or Steam gift cards. Ask for Mila, 21 y/o', ['wallet:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', 'gift_card:steam', 'age:21']],
  ["Recrutement saisonnier vendanges, 11,65 € de l'heure, logement fourni. Appelez le 06 98 76 54 32 entre 9h et 18h. Réf. offre 2024-117", ['price:11.65 EUR/hour', 'phone:+33698765432'], { language: 'fr' }],
  ['Cuidadora interna, 1.100 € al mes, documentación no necesaria. Llamar a 612 34 56 78 o escribir a cuidados(arroba)example(punto)es', ['price:1100 EUR/month', 'phone:+34612345678', 'email:cuidados@example.es'], { language: 'es' }],
  ['Model casting! Earn 3k-5k weekly 🤑 Send 3 pics + age to modelsearch [at] example [dot] net. Snap: casting.agency', ['price:3000-5000/week', 'email:modelsearch@example.net', 'handle:casting.agency']],
  ['Meet Anna (22) 🍒 Available 24/7. Call me on 0️⃣7️⃣7️⃣0️⃣0️⃣ 9️⃣0️⃣0️⃣ 1️⃣2️⃣3️⃣ 💋 £150ph', ['phone:+447700900123', 'price:150 GBP/hour'], { language: 'en' }],
  ['Fahrer gesucht, 2.800 € brutto monatlich, ab sofort. Kontakt: null eins sieben sechs, eins zwei drei vier fünf sechs sieben acht', ['price:2800 EUR/month', 'phone:+4917612345678'], { language: 'de' }],
  ['Motoristas para Europa, R$ 8.000 por mês, passagem paga. Zap (11) 98765-4321. Idade 21 a 45 anos.', ['price:8000 BRL/month', 'phone:+5511987654321', 'age:21'], { language: 'pt' }],
  ['Order #2024-55512 confirmed for 12/06/2024, total $45.90. Questions? support@example.com or 1-800-555-0175', ['price:45.9 USD', 'email:support@example.com', 'phone:+18005550175']],
  ['Apartment for rent, 3 rooms, 85 m2, €950 per month, available from 01.09.2024. Viewing Sat 10:00-12:00. Call 0151 2345 6789', ['price:950 EUR/month', 'phone:+4915123456789'], { language: 'en' }],
  ['USDT TRC20 address TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL, deposit 300 USDT to reserve your seat, refund after 3 months', ['wallet:TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL']],
  ['Hola soy Vale, 25 años 😍 mi whatsapp 55 1234 5678, 1500 pesos la hora', ['age:25', 'handle:+525512345678', 'phone:+525512345678', 'price:1500 MXN/hour'], { language: 'es' }],
  ['Babysitter wanted for 2 kids aged 4 and 6, Mon-Fri 3pm-6pm, $18/hour. Text Sarah at (212) 555-0163', ['price:18 USD/hour', 'phone:+12125550163']],
  ['Lavoro facile da casa! Guadagna fino a 500€ al giorno. Scrivi su WhatsApp +39 333 123 4567 o invia carta regalo Amazon per iscriverti', ['price:500 EUR/day', 'handle:+393331234567', 'phone:+393331234567', 'gift_card:amazon']],
  ['Call now: eight zero zero, five five five, zero one two three. Only $99! Offer ends 31/12/2024.', ['phone:+18005550123', 'price:99 USD'], { language: 'en' }],
  ['Vol pour Paris payé, 2000 euros par mois, logée nourrie. Âge entre 18 et 25 ans. Contact Signal: +33 7 12 34 56 78', ['price:2000 EUR/month', 'age:18', 'handle:+33712345678', 'phone:+33712345678']],
  ['Escort agency hiring 💎 girls 18+ earn 10.000€ monthly. Line ID: vip_agency88 · Kik: vipagency', ['age:18', 'price:10000 EUR/month', 'handle:vip_agency88', 'handle:vipagency']],
  ['Cleaning lady, 15 years experience, references available. 12 € per hour. Phone 0049 176 98765432', ['price:12 EUR/hour', 'phone:+4917698765432']],
  ['Tracking: 1Z999AA10123456784. Delivered 2024-06-12 14:32. Sender ref 8834-2211-0045.', []],
  // A second batch, also written blind (first run: precision 0.90, recall 0.87 — led to the
  // slash, "(19)" and marker fixes; one miss was a test number not valid in France).
  ["Sexy Kate 🔥 21yo, 5'6, 120lbs. Outcall only. 250/hr 400/2hrs. Txt 2️⃣1️⃣2️⃣ 5️⃣5️⃣5️⃣ 0️⃣1️⃣8️⃣8️⃣", ['age:21', 'price:250/hour', 'phone:+12125550188'], { language: 'en' }],
  ['Nurses needed in Canada!! CAD 45/hr, visa sponsorship, processing fee $1500 paid upfront. Email: nurse.recruit@example.ca', ['price:45 CAD/hour', 'price:1500 USD', 'email:nurse.recruit@example.ca']],
  ['Jolie étudiante de 20 ans, disponible à Lyon. 0 6 1 2 3 4 5 6 7 8. Pas de SMS masqués.', ['age:20', 'phone:+33612345678'], { language: 'fr' }],
  ['Se buscan camareras para Ibiza, 2.000 €/mes + alojamiento, edad 18-30. WhatsApp: +34 6 1 2 3 4 5 6 7 8', ['price:2000 EUR/month', 'age:18', 'handle:+34612345678', 'phone:+34612345678']],
  ['Junge Frau (19) sucht Job als Kellnerin. Erreichbar unter 0176 / 123 456 78 oder per Mail lena.k (at) example (punkt) de', ['age:19', 'phone:+4917612345678', 'email:lena.k@example.de'], { language: 'de' }],
  ['Vendo iPhone 12, 64GB, R$ 2.500,00. Interessados chamar no (21) 99876-5432. Aceito pix.', ['price:2500 BRL', 'phone:+5521998765432'], { language: 'pt' }],
  ["Ragazza italiana, 23 anni, massaggi rilassanti 70€ mezz'ora, 100€ un'ora. Chiama 347 123 4567", ['age:23', 'price:70 EUR', 'price:100 EUR', 'phone:+393471234567'], { language: 'it' }],
  ['Visit our site www.example.org or follow us on instagram.com/example_shop — orders via WeChat: exshop88', ['url:example.org', 'handle:example_shop', 'handle:exshop88']],
  ['Pay the registration fee with Google Play cards or Razer Gold. ETH 0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae', ['gift_card:google_play', 'gift_card:razer', 'wallet:0xde0b295669a9fd93d5f28d9ec85e40f4cb697bae']],
  ['Meeting 14.05.2024 um 15.30 Uhr, Raum 204, Tel-Durchwahl 2231.', [], { language: 'de' }],
  ['Call me 415 five five five 01 two 3 ok?', ['phone:+14155550123'], { language: 'en' }],
  ['Hot girls 🍭 ages 18 to 22 waiting for u. Snap me: @candy.girlz  insta: candy_girlz_', ['age:18', 'handle:candy.girlz', 'handle:candy_girlz_']],
];

describe('whole ads', () => {
  it.each(ADS)('%s', (text, expected, options) => {
    const got = extractEntities(text, options);
    for (const e of got) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(got.map((e) => `${e.type}:${e.value}`).sort()).toEqual([...expected].sort());
  });
});

describe('English number words: the built-in table against compromise as an oracle', () => {
  const mask = languageMask('en');
  const read = (words: string): number | undefined => parseNumberAt(tokenizeView(createView(words).s), 0, mask)?.value;
  it.each(Array.from({ length: 100 }, (_, n) => n))('%i', (n) => {
    const words = nlp(String(n)).numbers().toText().text();
    expect(read(words)).toBe(n);
    expect(read(words.replace(' ', '-'))).toBe(n);
    expect((nlp(words).numbers().get() as number[])[0]).toBe(n);
  });
  it('reads written ages the same way', () => {
    for (let n = 12; n <= 99; n++) {
      const words = nlp(String(n)).numbers().toText().text();
      const [age] = extractEntities(`I am ${words} years old`, { types: ['age'] });
      expect(age?.value).toBe(n);
    }
  });
});

describe('isImplausibleWage', () => {
  it.each([
    [{ amount: 5000, currency: 'USD', period: 'month' }, true],
    [{ amount: 3000, currency: 'USD', period: 'month' }, false],
    [{ amount: 2500, currency: 'EUR', period: 'month' }, false],
    [{ amount: 5000, currency: 'EUR', period: 'month' }, true],
    [{ amount: 15, currency: 'GBP', period: 'hour' }, false],
    [{ amount: 30, currency: 'GBP', period: 'hour' }, true],
    [{ amount: 3000, max: 8000, currency: 'USD', period: 'month' }, true],
    [{ amount: 500, currency: 'USD', period: 'day' }, true],
    [{ amount: 3000, currency: 'BRL', period: 'month' }, true],
    [{ amount: 9000, currency: 'USD' }, false],
    [{ amount: 9000, period: 'month' }, false],
    [{ amount: 9000, currency: 'constructor', period: 'month' }, false],
    [{ amount: 9000, currency: 'USD', period: '__proto__' }, false],
  ])('%j → %s', (price, expected) => {
    expect(isImplausibleWage(price)).toBe(expected);
  });
  it('applies to extracted prices', () => {
    const [p] = extractEntities('Hostess job in Dubai, $5000/month, no experience', { types: ['price'] });
    expect(p && p.type === 'price' && isImplausibleWage(p)).toBe(true);
  });
});
