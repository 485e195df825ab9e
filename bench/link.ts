/**
 * Linking benchmark: generates a synthetic corpus (operators posting variants of their own
 * template and contact among many unrelated ads), links it with `linkCorpus`, and prints the
 * time, ads per second, peak RSS and pairwise precision/recall against the generator's truth.
 *
 *   npx tsx bench/link.ts [n = 100000] [--no-assess]
 *
 * Test data only: phone numbers in the fictional ranges (+1 NXX 555-01xx, +44 7700 900xxx),
 * e-mail at example.com.
 */
import { pathToFileURL } from 'node:url';
import { linkCorpus, type Cluster, type LinkItem } from '../src/corpus/index.js';
import { prng } from '../test/helpers/seeded.js';


const NAMES = 'Anna Sofia Maria Julia Elena Natalia Olga Irina Jessica Ashley Amanda Sarah Emily Emma Olivia Mia Chloe Lily Valentina Camila Daniela Gabriela Paula Lucia Carla Carmen Nina Lola Alina Alice Monica Nicole Vanessa Veronica Diana Ivy Jade Jasmine Kim Lisa Linda Lucy Megan Naomi Rachel Sandra Tina Zoe Giulia Chiara Martina Bruna Larissa Mariana Manon Camille Lena Hannah Mila Svetlana Tatiana'.split(' ');
const CITIES = 'Miami|Dallas|Houston|Chicago|Atlanta|Denver|Seattle|Boston|Phoenix|Las Vegas|Los Angeles|New York|Orlando|Tampa|Austin|Toronto|London|Manchester|Paris|Madrid|Barcelona|Berlin|Munich|Milan|Rome|Lisbon|Dubai|Bangkok|Lima|Bogota'.split('|');
const AREAS = [201, 202, 203, 205, 206, 207, 208, 209, 210, 212, 213, 214, 215, 216, 217, 218, 219, 224, 225, 228, 229, 231, 234, 239, 240, 248, 251, 252, 253, 254, 256, 260, 262, 267, 269, 270, 272, 276, 281, 301, 302, 303, 304, 305, 307, 308, 309, 310, 312, 313, 314, 315, 316, 317, 318, 319, 320, 321, 323, 325, 330, 331, 334, 336, 337, 339, 347, 351, 352, 360, 361, 386, 401, 402, 404, 405, 406, 407, 408, 409, 410, 412, 413, 414, 415, 417, 419, 423, 424, 425, 430, 432, 434, 435, 440, 442, 443, 458, 469, 470, 475, 478, 479, 480, 484, 501, 502, 503, 504, 505, 507, 508, 509, 510, 512, 513, 515, 516, 517, 518, 520, 530, 540, 541, 551, 559, 561, 562, 563, 567, 570, 571, 573, 574, 575, 580, 585, 586, 601, 602, 603, 605, 606, 607, 608, 609, 610, 612, 614, 615, 616, 617, 618, 619, 620, 623, 626, 630, 631, 636, 641, 646, 650, 651, 657, 660, 661, 662, 667, 678, 681, 682, 701, 702, 703, 704, 706, 707, 708, 712, 713, 714, 715, 716, 717, 718, 719, 720, 724, 727, 731, 732, 734, 740, 747, 754, 757, 760, 762, 763, 765, 769, 770, 772, 773, 774, 775, 779, 781, 785, 786, 801, 802, 803, 804, 805, 806, 808, 810, 812, 813, 814, 815, 816, 817, 818, 828, 830, 831, 832, 843, 845, 847, 848, 850, 856, 857, 858, 859, 860, 862, 863, 864, 865, 870, 872, 878, 901, 903, 904, 906, 907, 908, 909, 910, 912, 913, 914, 915, 916, 917, 918, 919, 920, 925, 928, 931, 936, 937, 940, 941, 947, 949, 951, 952, 954, 956, 970, 971, 972, 973, 978, 979, 980, 985, 989];

/** Sentence families: each slot list multiplies the variety of unrelated ads. */
const FAMILIES: string[][][] = [
  [
    ['Hi gentlemen', 'Hello there', 'Hey guys', 'Good evening', 'Welcome', 'Hi darling', 'Hello boys', 'Greetings'],
    ['I am', 'this is', 'my name is', 'meet', 'say hello to', 'you found'],
    ['{name}', '{name}', 'sweet {name}', 'lovely {name}', 'your {name}'],
    ['and I am new in {city}', 'visiting {city} this week', 'just arrived in {city}', 'back in {city} again', 'available in {city} tonight', 'here in {city} for a few days'],
  ],
  [
    ['I offer', 'we provide', 'enjoy', 'book', 'treat yourself to', 'come for'],
    ['relaxing', 'unforgettable', 'discreet', 'friendly', 'classy', 'sensual', 'private', 'elegant'],
    ['company', 'massage', 'moments', 'evenings', 'dinner dates', 'weekends', 'time together', 'sessions'],
    ['in my apartment', 'at your hotel', 'in a clean place', 'near downtown', 'with full privacy', 'any time of day', 'for gentlemen only'],
  ],
  [
    ['Rates start at', 'Donation is', 'My rate is', 'Prices from', 'Special offer', 'Only'],
    ['{price} per hour', '{price} for half an hour', '{price} an hour', '{price} per session', '{price} for the night'],
    ['no rush', 'cash only', 'no deposit', 'deposit required', 'negotiable for regulars', 'discount for long visits'],
  ],
  [
    ['We are hiring', 'Our company is looking for', 'Urgent vacancy for', 'Agency recruiting', 'Join our team as', 'Apply now for'],
    ['waitresses', 'cleaners', 'drivers', 'hotel staff', 'warehouse workers', 'caregivers', 'models', 'receptionists', 'farm workers', 'cooks'],
    ['in {city}', 'abroad', 'for a new hotel', 'for the summer season', 'for a big restaurant', 'for private families'],
    ['with good pay', 'no experience needed', 'training provided', 'with accommodation', 'visa support available', 'start next week'],
  ],
  [
    ['Salary', 'Pay', 'Wage', 'Income'],
    ['{price} per month', '{price} a month', '{price} monthly', 'up to {price} per month'],
    ['plus tips', 'plus bonus', 'paid weekly', 'after taxes', 'with overtime', 'and free meals'],
  ],
  [
    ['Send', 'Text', 'Message', 'Contact', 'Write to', 'Call'],
    ['me', 'us', 'our manager', 'the office', 'my booker', 'the recruiter'],
    ['for details', 'to book', 'for an interview', 'for more info', 'for photos', 'to reserve', 'today', 'anytime'],
  ],
  [
    ['The weather', 'Our garden', 'This bike', 'The apartment', 'My old sofa', 'The piano', 'This laptop', 'The car'],
    ['is in', 'comes in', 'has been kept in', 'is offered in', 'remains in'],
    ['good condition', 'great shape', 'excellent order', 'perfect condition', 'fair condition'],
    ['pickup only', 'local buyers please', 'price firm', 'open to offers', 'must go this week', 'first come first served'],
  ],
];

const SYNONYMS = new Map<string, string[]>(Object.entries({
  new: ['fresh'], arrived: ['landed', 'got'], visiting: ['staying in'], discreet: ['private'], friendly: ['kind'],
  company: ['companionship'], hotel: ['motel'], details: ['info'], good: ['nice'], hiring: ['recruiting'],
  urgent: ['immediate'], relaxing: ['calming'], evenings: ['nights'], only: ['just'], tonight: ['this evening'],
}));

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

function sentence(r: Rand): string {
  const fam = pick(r, FAMILIES);
  return `${fam.map((slots) => pick(r, slots)).join(' ')}.`;
}

function fill(text: string, r: Rand, price: () => string): string {
  return text.replace(/\{name\}/g, () => pick(r, NAMES)).replace(/\{city\}/g, () => pick(r, CITIES)).replace(/\{price\}/g, price);
}

function phone(k: number, r: Rand): string {
  const area = AREAS[k % AREAS.length] as number;
  const line = 100 + Math.floor(k / AREAS.length);
  const n = `${area}555${String(line).padStart(4, '0')}`;
  const styles = [
    () => `+1 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    () => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`,
    () => `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6)}`,
    () => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
    () => n.split('').join(' '),
  ];
  return pick(r, styles)();
}

function reword(text: string, r: Rand): string {
  return text.replace(/\b([a-z]+)\b/g, (w) => {
    const alt = SYNONYMS.get(w);
    return alt && r() < 0.5 ? pick(r, alt) : w;
  });
}

/** A synthetic corpus with the truth: which operator (or none) wrote each ad. */
export interface Corpus {
  items: LinkItem[];
  operatorOf: Map<string, number>;
}

/**
 * Generates `n` ads: about `operatorShare` of them by operators (5–25 ads each, one template,
 * one or two phone numbers — or none, a handle or an e-mail), the rest unrelated ads built from
 * the same sentence families with their own e-mail or handle.
 */
export function generateCorpus(n: number, seed = 1, operatorShare = 0.3): Corpus {
  const r = prng(seed);
  const items: LinkItem[] = [];
  const operatorOf = new Map<string, number>();
  const base = Date.UTC(2024, 0, 1);
  let phoneNo = 0;
  let op = 0;
  const opTarget = Math.round(n * operatorShare);
  while (items.length < opTarget) {
    const count = Math.min(opTarget - items.length, 5 + Math.floor(r() * 21));
    const sentences = Array.from({ length: 7 + Math.floor(r() * 3) }, () => sentence(r));
    const contactKind = r();
    const phones = [phoneNo++, ...(r() < 0.3 ? [phoneNo++] : [])];
    const start = base + Math.floor(r() * 300) * 86_400_000;
    for (let k = 0; k < count; k++) {
      const price = `$${(1 + Math.floor(r() * 40)) * 50}`;
      // A variant: a sentence dropped now and then, one added, two swapped, words reworded.
      let body = sentences.filter(() => r() > 0.08).map((s) => fill(s, r, () => price));
      if (r() < 0.3) body.splice(Math.floor(r() * body.length), 0, fill(sentence(r), r, () => price));
      if (r() < 0.3 && body.length > 2) {
        const i = Math.floor(r() * (body.length - 1));
        [body[i], body[i + 1]] = [body[i + 1] as string, body[i] as string];
      }
      body = body.map((s) => reword(s, r));
      let contact: string;
      if (contactKind < 0.7) contact = `Call ${phone(pick(r, phones), r)}`;
      else if (contactKind < 0.8) contact = `Telegram: @op_${op}_x`;
      else if (contactKind < 0.9) contact = `Email op${op}.jobs@example.com`;
      else contact = 'Details in private.';
      const id = `op${op}-${k}`;
      items.push({ id, text: `${body.join(' ')} ${contact}`, date: new Date(start + k * 43_200_000).toISOString() });
      operatorOf.set(id, op);
    }
    op++;
  }
  let u = 0;
  while (items.length < n) {
    const price = `$${(1 + Math.floor(r() * 40)) * 50}`;
    const body = Array.from({ length: 7 + Math.floor(r() * 3) }, () => fill(sentence(r), r, () => price));
    const contact = r() < 0.5 ? `Email user${u}@example.com` : r() < 0.5 ? `IG @user_${u}` : 'Reply here.';
    items.push({ id: `ad${u}`, text: `${body.join(' ')} ${contact}` });
    u++;
  }
  // Interleave: operators do not post in one block.
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [items[i], items[j]] = [items[j] as LinkItem, items[i] as LinkItem];
  }
  return { items, operatorOf };
}

const pairs = (k: number): number => (k * (k - 1)) / 2;

/** Pairwise precision and recall of clusters against the truth (unrelated ads belong to no one). */
export function pairwiseScores(clusters: readonly Cluster[], corpus: Corpus): { precision: number; recall: number } {
  let predicted = 0;
  let correct = 0;
  for (const c of clusters) {
    predicted += pairs(c.size);
    const byOp = new Map<number, number>();
    for (const id of c.members) {
      const o = corpus.operatorOf.get(id);
      if (o !== undefined) byOp.set(o, (byOp.get(o) ?? 0) + 1);
    }
    for (const k of byOp.values()) correct += pairs(k);
  }
  const sizes = new Map<number, number>();
  for (const o of corpus.operatorOf.values()) sizes.set(o, (sizes.get(o) ?? 0) + 1);
  let truth = 0;
  for (const k of sizes.values()) truth += pairs(k);
  return { precision: predicted ? correct / predicted : 1, recall: truth ? correct / truth : 1 };
}

async function main(): Promise<void> {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
  const t0 = performance.now();
  const corpus = generateCorpus(n);
  const chars = corpus.items.reduce((a, i) => a + i.text.length, 0);
  const genMs = performance.now() - t0;
  const assess = !process.argv.includes('--no-assess');
  const cpu0 = process.cpuUsage();
  const t1 = performance.now();
  const result = await linkCorpus(corpus.items, { assess });
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const { precision, recall } = pairwiseScores(result.clusters, corpus);
  const rssMb = process.resourceUsage().maxRSS / 1024;
  const lines = [
    `ads            ${n} (mean ${Math.round(chars / n)} chars; generated in ${(genMs / 1000).toFixed(1)} s)`,
    `linkCorpus     ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU, ${Math.round(n / seconds)} ads/s${assess ? '' : ' (no assess)'}`,
    `peak RSS       ${rssMb.toFixed(0)} MB`,
    `clusters       ${result.stats.clusters} (${result.stats.linked} ads linked), contacts ${result.stats.contacts}`,
    `LSH            ${result.stats.candidatePairs} candidate pairs, ${result.stats.nearDuplicatePairs} near-duplicate`,
    `pairwise       precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
  });
}
