import { describe, expect, it } from 'vitest';
import { findGiftCards } from '../src/entities/gift-card.js';
import { createView } from '../src/entities/view.js';

// The gift-card finder's paths, one behaviour each, for the mutants of src/entities/gift-card.ts:
// every brand phrase (with and without the card word it needs), the card words and generic
// words in six languages, a brand named after the generic words, spans, and the near misses.

/** [brand, raw text] of each gift-card mention in `text`, with its span checked. */
function cards(text: string): [string, string][] {
  return findGiftCards(createView(text)).map((g) => {
    expect(g.end).toBeGreaterThan(g.start);
    return [g.brand, text.slice(g.start, g.end)];
  });
}

describe('gift card: brands that need a card word after them', () => {
  it('reads each brand with a card word', () => {
    const rows: [string, string][] = [
      ['Steam cards', 'steam'],
      ['App Store card', 'apple'],
      ['Apple gift card', 'apple'],
      ['google play codes', 'google_play'],
      ['googleplay card', 'google_play'],
      ['Play Store recharge', 'google_play'],
      ['Amazon gift cards', 'amazon'],
      ['Vanilla Visa card', 'vanilla'],
      ['razer card', 'razer'],
      ['Razer Gold card', 'razer'],
      ['pcs card', 'pcs'],
      ['eBay gift card', 'ebay'],
      ['Walmart card', 'walmart'],
      ['Target gift card', 'target'],
      ['Sephora card', 'sephora'],
      ['Xbox codes', 'xbox'],
      ['PSN card', 'playstation'],
      ['PlayStation card', 'playstation'],
      ['Netflix card', 'netflix'],
    ];
    for (const [text, brand] of rows) expect(cards(`pay with ${text} only`), text).toEqual([[brand, text]]);
  });
  it('takes every card word of every language', () => {
    for (const word of ['card', 'cards', 'carte', 'cartes', 'tarjeta', 'tarjetas', 'karte', 'karten', 'cartao', 'carta', 'wallet card', 'voucher', 'vouchers', 'code', 'codes', 'codigo', 'codigos', 'recharge', 'recharges', 'gift card', 'gutschein']) {
      expect(cards(`amazon ${word}`), word).toEqual([['amazon', `amazon ${word}`]]);
    }
    expect(cards('steamcards')).toEqual([['steam', 'steamcards']]);
  });
  it('does not read the brand alone, an ordinary word or a brand inside a word', () => {
    for (const text of ['steam room and sauna', 'Amazon warehouse job', 'target audience, visa provided', 'apple picking, credit card', 'xsteam card', 'Steam card2', 'playstation 5 for sale, card games']) {
      expect(cards(text), text).toEqual([]);
    }
  });
});

describe('gift card: brands that stand alone', () => {
  it('reads each brand phrase on its own and with a card word', () => {
    const rows: [string, string][] = [
      ['iTunes', 'apple'],
      ['itunes cards', 'apple'],
      ['OneVanilla', 'vanilla'],
      ['Vanilla Mastercard', 'vanilla'],
      ['vanilla prepaid', 'vanilla'],
      ['vanilla gift card', 'vanilla'],
      ['Razer Gold', 'razer'],
      ['paysafe', 'paysafecard'],
      ['paysafecard', 'paysafecard'],
      ['paysafe cards', 'paysafecard'],
      ['Neosurf', 'neosurf'],
      ['neosurf voucher', 'neosurf'],
      ['coupons PCS', 'pcs'],
      ['carte PCS', 'pcs'],
      ['recharge pcs', 'pcs'],
      ['PCS Mastercard', 'pcs'],
      ['Transcash', 'transcash'],
      ['transcash codes', 'transcash'],
      ['Visa gift card', 'visa'],
      ['mastercard prepaid cards', 'visa'],
      ['visa prepaid card', 'visa'],
    ];
    for (const [text, brand] of rows) expect(cards(`paid by ${text} here`), text).toEqual([[brand, text]]);
  });
});

describe('gift card: the generic words', () => {
  it('reads the generic words of six languages', () => {
    for (const text of [
      'gift card', 'gift cards', 'giftcard', 'egift card', 'e-gift cards', 'gift voucher', 'gift vouchers', 'giftcode', 'gift codes',
      'carte cadeau', 'cartes-cadeaux', 'tarjeta regalo', 'tarjetas de regalo', 'geschenkkarte', 'geschenkkarten', 'geschenkgutschein',
      'gutschein', 'gutscheine', 'gutscheinkarte', 'cartao presente', 'cartoes-presentes', 'vale presente', 'vales-presentes',
      'carta regalo', 'buoni regalo', 'buono regalo', "bon d'achat", "bons d'achat",
    ]) {
      expect(cards(`paiement: ${text}.`), text).toEqual([['generic', text]]);
    }
  });
  it('reports each mention apart', () => {
    expect(cards('gift card, gift card')).toEqual([['generic', 'gift card'], ['generic', 'gift card']]);
    expect(cards('Bezahlung per Geschenkkarte oder Gutschein')).toEqual([['generic', 'Geschenkkarte'], ['generic', 'Gutschein']]);
  });
  it('takes a brand named after the generic words into the span', () => {
    const rows: [string, string][] = [
      ['carta regalo Amazon', 'amazon'],
      ['tarjeta de regalo de Steam', 'steam'],
      ["carte cadeau d'iTunes", 'apple'],
      ['carte cadeau d’Apple', 'apple'],
      ['Geschenkkarte von Apple', 'apple'],
      ['gift card google play', 'google_play'],
      ['gift card googleplay', 'google_play'],
      ['gift card psn', 'playstation'],
      ['gift card playstation', 'playstation'],
      ['gift card Vanilla', 'vanilla'],
      ['gift card Netflix', 'netflix'],
      ['gift card walmart', 'walmart'],
      ['gift card razer', 'razer'],
      ['gift card ebay', 'ebay'],
      ['gift card sephora', 'sephora'],
      ['gift card xbox', 'xbox'],
      ['cartao presente da Amazon', 'amazon'],
      ['buono regalo di Amazon', 'amazon'],
    ];
    for (const [text, brand] of rows) expect(cards(`${text} ok`), text).toEqual([[brand, text]]);
  });
  it('does not take a word that only starts like a brand, nor one two spaces away', () => {
    expect(cards('gift card amazonia')).toEqual([['generic', 'gift card']]);
    expect(cards('gift card  amazon')).toEqual([['generic', 'gift card']]);
    expect(cards('gift cardamazon')).toEqual([]);
  });
  it('goes on after a brand named after the generic words', () => {
    expect(cards('carta regalo Amazon, gift card')).toEqual([['amazon', 'carta regalo Amazon'], ['generic', 'gift card']]);
  });
});

describe('gift card: spans', () => {
  it('reports raw offsets over folded text', () => {
    const text = 'Ｐay: ＳＴＥＡＭ card';
    const found = findGiftCards(createView(text));
    expect(found).toEqual([{ brand: 'steam', start: 5, end: 15 }]);
    expect(text.slice(5, 15)).toBe('ＳＴＥＡＭ card');
  });
  it('finds nothing in a text with no cue word', () => {
    expect(cards('no cue here steam')).toEqual([]);
    expect(cards('')).toEqual([]);
  });
});

describe('gift card: every phrase the pattern reads passes the quick cue test', () => {
  it('finds "bons d\'achat" and a Steam wallet with no other cue in the text', () => {
    expect(cards("payé en bons d'achat")).toEqual([['generic', "bons d'achat"]]);
    expect(cards('Steam wallet only')).toEqual([['steam', 'Steam wallet']]);
  });
});
