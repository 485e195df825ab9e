/**
 * Hostile text for the property, regression and bounded-time tests: what an adversary puts in
 * an ad to break a filter, mixed with real ad wording in the six languages. fast-check's own
 * string generators never produce lone surrogates, so they are made here explicitly.
 */
import fc from 'fast-check';
import type { Assessment, Entity } from '../../src/index.js';

/** Short ad fragments in each language (synthetic; phones +1 555 01xx, example.com). */
export const AD_FRAGMENTS: Record<'en' | 'fr' | 'es' | 'de' | 'pt' | 'it', readonly string[]> = {
  en: [
    'Hostess job in Dubai, $5000/month, no experience needed.',
    'The agency keeps your passport until the debt is paid.',
    'New in town, sweet young girl, incall outcall, 150🌹',
    'WhatsApp only +1 555 0142, Telegram @hr_team',
    'Cleaner wanted for weekday mornings, references required.',
  ],
  fr: [
    'Recherche jeunes filles pour travailler à l’étranger, voyage payé.',
    'Le patron garde le passeport, frais remboursés sur le salaire.',
    'Serveuse logée nourrie, contactez-moi sur WhatsApp.',
    'Vendanges en Bourgogne, débutants acceptés.',
  ],
  es: [
    'Se buscan chicas jóvenes, pasaje y visa gratis, no necesitas papeles.',
    'La deuda del viaje se descuenta de tu sueldo.',
    'Camarera para bar en Madrid, horario de tarde.',
  ],
  de: [
    'Hostessen gesucht, Flug und Visum gratis, Reisekosten werden vom Lohn abgezogen.',
    'Der Chef behält deinen Pass, du wohnst im Haus.',
    'Erntehelfer für die Apfelernte gesucht.',
  ],
  pt: [
    'Procuramos moças para trabalhar no exterior, passagem paga.',
    'O patrão fica com o passaporte até pagar a dívida.',
    'Vaga de recepcionista, salário compatível.',
  ],
  it: [
    'Cerchiamo ragazze per lavoro all’estero, viaggio pagato.',
    'Il datore trattiene il passaporto, debito da restituire.',
    'Cameriera per ristorante a Roma, contratto regolare.',
  ],
};

const ALL_FRAGMENTS = Object.values(AD_FRAGMENTS).flat();

/** Single hostile pieces: controls, invisibles, bidi, emoji sequences, look-alikes, markup. */
export const HOSTILE_PIECES: readonly string[] = [
  '\u0000', '\u0007', '\u001b[31m', '\ufffd', '\ufeff', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad',
  '\u202e', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200f', '\u061c',
  '👩‍❤️‍👨', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇺🇸', '🇫🇷🇩🇪', '1️⃣', '#️⃣', '*️⃣', '🌹', '💋', '👧🏽', '🍒', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '\u{1F1E6}',
  'раѕѕроrt', 'whаtsаpp', 'ｗｈａｔｓａｐｐ', '𝐰𝐡𝐚𝐭𝐬𝐚𝐩𝐩', '𝓹𝓪𝓼𝓼𝓹𝓸𝓻𝓽', 'p4ssp0rt', 'p a s s p o r t', 'w.h.a.t.s.a.p.p', 'i-n-c-a-l-l', 'paaaassssport',
  '<script>alert(1)</script>', '&amp;', '&#x41;&#65;', '&lt;b&gt;', '<a href="https://wa.me/15550142">', '<!-- x -->', '<style>*{}</style>', '&nbsp;',
  '@', '.', '@@', '..', '@.', '+1 555 0142', '+', '#', '$', '€', '£', '%', '(', ')', '[', ']', '{', '}', '/', '\\', '"', "'",
  ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u3000', '\u2028', '\u2029',
];

/** One lone surrogate: a high or low half with nothing to pair with. */
export const loneSurrogate = (): fc.Arbitrary<string> => fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

/** A base letter with a stack of combining marks. */
const combiningStack = fc
  .tuple(fc.constantFrom('a', 'e', 'o', 'p', 'з', 'ع'), fc.array(fc.integer({ min: 0x300, max: 0x36f }), { minLength: 1, maxLength: 40 }))
  .map(([base, marks]) => base + String.fromCharCode(...marks));

/** A run of one character: digits, spaces, @, dots, emoji, a letter. */
const run = fc
  .tuple(fc.constantFrom('9', '0', ' ', '@', '.', '🌹', '👩‍❤️‍👨', 'a', '-', '\u200b', '1 '), fc.integer({ min: 1, max: 200 }))
  .map(([c, n]) => c.repeat(n));

/** Any UTF-16 code units, surrogate halves included. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 20 }).map((u) => String.fromCharCode(...u));

/** One piece of a hostile ad. */
export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ALL_FRAGMENTS) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
  { weight: 2, arbitrary: loneSurrogate() },
  { weight: 1, arbitrary: combiningStack },
  { weight: 1, arbitrary: run },
  { weight: 1, arbitrary: codeUnits },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/** A hostile ad: up to `maxPieces` pieces joined as they come. */
export const hostileText = (maxPieces = 24): fc.Arbitrary<string> => fc.array(hostilePiece, { maxLength: maxPieces }).map((p) => p.join(''));

/** Every span of an Assessment that points into the input: evidence (signals, cues, negated, reported) and entities. */
export function spansOf(a: Assessment): { where: string; start: number; end: number; text: string }[] {
  const ev = (where: string, list: readonly { start: number; end: number; text: string }[]) => list.map((e) => ({ where, ...e }));
  return [
    ...a.signals.flatMap((s) => ev(`signal ${s.ruleId}`, s.evidence)),
    ...a.context.cues.flatMap((c) => ev(`cue ${c.id}`, c.evidence)),
    ...a.context.negated.flatMap((n) => ev(`negated ${n.ruleId}`, n.evidence)),
    ...a.context.reported.flatMap((r) => ev(`reported ${r.ruleId}`, r.evidence)),
    ...entitySpans(a.entities),
  ];
}

/** The spans of extracted entities. */
export const entitySpans = (entities: readonly Entity[]) => entities.map((e) => ({ where: `entity ${e.type}`, start: e.start, end: e.end, text: e.text }));

/** The spans that do not lie inside `input` with `input.slice(start, end) === text`. */
export function badSpans(input: string, spans: ReturnType<typeof spansOf>): string[] {
  return spans
    .filter((s) => !(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= input.length && input.slice(s.start, s.end) === s.text))
    .map((s) => `${s.where} [${s.start}, ${s.end}) ${JSON.stringify(s.text)} vs ${JSON.stringify(input.slice(s.start, s.end))}`);
}
