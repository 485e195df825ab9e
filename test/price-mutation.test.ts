import { describe, expect, it } from 'vitest';
import { readAmount } from '../src/entities/amount.js';
import { CURRENCY_OF } from '../src/entities/currency.js';
import { extractEntities } from '../src/entities/index.js';
import { findPrices } from '../src/entities/price.js';
import { createView } from '../src/entities/view.js';

// The price reader's paths, one behaviour each, for the mutants of src/entities/price.ts,
// amount.ts and currency.ts: how amounts are grouped, currency marks before and after, ranges,
// pay periods, and the bare numbers that are not prices.

/** Each price of `text`: its fields (offsets dropped) and the raw text it spans. */
function prices(text: string) {
  return findPrices(createView(text)).map(({ start, end, from: _from, to: _to, ...rest }) => [rest, text.slice(start, end)]);
}

describe('amount: grouping, decimals and multipliers', () => {
  it('reads thousands grouped by ".", ",", "\'", "’" or a space, and decimals of one or two digits', () => {
    const rows: [string, number, number][] = [
      ['3,000', 3000, 5], ['1.500,00', 1500, 8], ['1,500.00', 1500, 8], ['15.50', 15.5, 5], ['2,5', 2.5, 3], ['3 000', 3000, 5],
      ['3\u00a0000', 3000, 5], ['3\u202f000', 3000, 5], ['3\u2009000', 3000, 5], ['3 000 000', 3000000, 9], ["1'000", 1000, 5],
      ['1’000', 1000, 5], ['1.000.000', 1000000, 9], ['1,000.5', 1000.5, 7], ['12345', 12345, 5], ['1234.56', 1234.56, 7], ['0', 0, 1],
    ];
    for (const [text, value, end] of rows) expect(readAmount(text, 0), text).toEqual({ value, end });
  });
  it('does not group with a space before more digits, nor mix separators, nor group after four digits', () => {
    expect(readAmount('3 0000', 0)).toEqual({ value: 3, end: 1 });
    expect(readAmount('1.000,000', 0)).toEqual({ value: 1000, end: 5 });
    expect(readAmount('1234 567', 0)).toEqual({ value: 1234, end: 4 });
    expect(readAmount('1.2345', 0)).toEqual({ value: 1, end: 1 });
    expect(readAmount('1,000,00', 0)).toEqual({ value: 1000, end: 5 });
    expect(readAmount('1.000.00', 0)).toEqual({ value: 1000, end: 5 });
  });
  it('reads "k" and " mil" as thousands, not inside a word', () => {
    expect(readAmount('3k', 0)).toEqual({ value: 3000, end: 2 });
    expect(readAmount('3K', 0)).toEqual({ value: 3000, end: 2 });
    expect(readAmount('3.5k', 0)).toEqual({ value: 3500, end: 4 });
    expect(readAmount('3ka', 0)).toEqual({ value: 3, end: 1 });
    expect(readAmount('3k2', 0)).toEqual({ value: 3, end: 1 });
    expect(readAmount('3 mil', 0)).toEqual({ value: 3000, end: 5 });
    expect(readAmount('3 milk', 0)).toEqual({ value: 3, end: 1 });
  });
  it('reads from the offset given, and nothing where no digit is', () => {
    expect(readAmount('$ 3,000', 2)).toEqual({ value: 3000, end: 7 });
    expect(readAmount('abc', 0)).toBeNull();
  });
  it('refuses more than twelve digits', () => {
    expect(readAmount('123456789012', 0)).toEqual({ value: 123456789012, end: 12 });
    expect(readAmount('1234567890123', 0)).toBeNull();
  });
  it('rounds to cents', () => {
    expect(readAmount('0,07', 0)).toEqual({ value: 0.07, end: 4 });
  });
});

describe('currency: marks', () => {
  it('maps each mark to its currency', () => {
    const rows: [string, string][] = [
      ['us$', 'USD'], ['u$s', 'USD'], ['$', 'USD'], ['dollars', 'USD'], ['dolares', 'USD'], ['dollari', 'USD'], ['bucks', 'USD'],
      ['€', 'EUR'], ['euros', 'EUR'], ['£', 'GBP'], ['quid', 'GBP'], ['sterline', 'GBP'], ['livres', 'GBP'], ['libras', 'GBP'],
      ['chf', 'CHF'], ['sfr', 'CHF'], ['franken', 'CHF'], ['r$', 'BRL'], ['reais', 'BRL'], ['real', 'BRL'], ['mx$', 'MXN'],
      ['pesos', 'MXN'], ['c$', 'CAD'], ['ca$', 'CAD'], ['a$', 'AUD'], ['au$', 'AUD'], ['aud', 'AUD'],
    ];
    for (const [mark, code] of rows) expect(CURRENCY_OF.get(mark), mark).toBe(code);
    expect(CURRENCY_OF.get('USD')).toBeUndefined();
    expect(CURRENCY_OF.get('')).toBeUndefined();
  });
});

describe('price: currency before and after the amount', () => {
  it('reads symbols and codes before the amount', () => {
    const rows: [string, string][] = [
      ['$3000', 'USD'], ['$ 3000', 'USD'], ['US$ 500', 'USD'], ['usd300', 'USD'], ['€ 20', 'EUR'], ['EUR 20', 'EUR'], ['£15', 'GBP'],
      ['R$ 3.000', 'BRL'], ['MX$ 400', 'MXN'], ['C$ 40', 'CAD'], ['A$ 40', 'AUD'], ['CHF 90', 'CHF'],
    ];
    for (const [text, currency] of rows) expect(prices(`pay ${text} ok`), text).toEqual([[{ amount: Number(text.replace(/\D/g, '')), currency }, text]]);
  });
  it('does not read a word or "real"/"libra" before the amount', () => {
    expect(prices('dollars 300')).toEqual([]);
    expect(prices('real 300')).toEqual([]);
    expect(prices('libra 300')).toEqual([]);
    expect(prices('xeur 20')).toEqual([]);
  });
  it('reads symbols, codes and words after the amount, not "real" or a word that runs on', () => {
    const rows: [string, string][] = [
      ['20 EUR', 'EUR'], ['20€', 'EUR'], ['3000 dollars', 'USD'], ['20 bucks', 'USD'], ['20 quid', 'GBP'], ['100 sfr', 'CHF'],
      ['300 reais', 'BRL'], ['300 libras', 'GBP'], ['1500 pesos', 'MXN'],
    ];
    for (const [text, currency] of rows) expect(prices(`pay ${text} ok`), text).toEqual([[{ amount: Number(text.replace(/\D/g, '')), currency }, text]]);
    expect(prices('300 real')).toEqual([]);
    expect(prices('300 euroshop')).toEqual([]);
  });
  it('takes the currency before the amount over the one after it', () => {
    expect(prices('$20 EUR')).toEqual([[{ amount: 20, currency: 'USD' }, '$20 EUR']]);
  });
  it('reads decimals and thousands inside a price', () => {
    expect(prices('1.500,00 €')).toEqual([[{ amount: 1500, currency: 'EUR' }, '1.500,00 €']]);
    expect(prices("1'500 CHF")).toEqual([[{ amount: 1500, currency: 'CHF' }, "1'500 CHF"]]);
    expect(prices('$3k')).toEqual([[{ amount: 3000, currency: 'USD' }, '$3k']]);
    expect(prices('3 mil reais')).toEqual([[{ amount: 3000, currency: 'BRL' }, '3 mil reais']]);
  });
  it('does not start inside a number', () => {
    expect(prices('1234567890123 €')).toEqual([]);
    expect(prices('12.3.4 €')).toEqual([]);
  });
  it('reads prices side by side, each with its own mark', () => {
    expect(prices('prix: 50€ 80€ 150€')).toEqual([
      [{ amount: 50, currency: 'EUR' }, '50€'],
      [{ amount: 80, currency: 'EUR' }, '80€'],
      [{ amount: 150, currency: 'EUR' }, '150€'],
    ]);
    expect(extractEntities('5€ 6€', { types: ['price'] }).map((e) => [e.value, e.text])).toEqual([['5 EUR', '5€'], ['6 EUR', '6€']]);
    expect(prices('$5, $6')).toEqual([[{ amount: 5, currency: 'USD' }, '$5'], [{ amount: 6, currency: 'USD' }, '$6']]);
  });
});

describe('price: ranges', () => {
  it('reads a range with each connector', () => {
    for (const sep of ['-', '–', '—', ' - ', ' to ', ' a ', ' bis ', ' al ', ' ate ', ' hasta ', " jusqu'a ", ' fino a ']) {
      expect(prices(`2000${sep}3000 euros`), sep).toEqual([[{ amount: 2000, max: 3000, currency: 'EUR' }, `2000${sep}3000 euros`]]);
    }
  });
  it('takes a currency before either end', () => {
    expect(prices('$2,000 to $3,000')).toEqual([[{ amount: 2000, max: 3000, currency: 'USD' }, '$2,000 to $3,000']]);
    expect(prices('2000 - €3000')).toEqual([[{ amount: 2000, max: 3000, currency: 'EUR' }, '2000 - €3000']]);
    expect(prices('2000-R$ 3000')).toEqual([[{ amount: 2000, max: 3000, currency: 'BRL' }, '2000-R$ 3000']]);
    expect(prices('$2000-3000')).toEqual([[{ amount: 2000, max: 3000, currency: 'USD' }, '$2000-3000']]);
  });
  it('takes a range with only a period after it', () => {
    expect(prices('2000-3000 per month')).toEqual([[{ amount: 2000, max: 3000, period: 'month' }, '2000-3000 per month']]);
    expect(prices('$2000 – 3000 per week')).toEqual([[{ amount: 2000, max: 3000, currency: 'USD', period: 'week' }, '$2000 – 3000 per week']]);
  });
  it('does not read a bare range, a falling range, or a phone number after a price as a range', () => {
    expect(prices('2000-3000')).toEqual([]);
    expect(prices('3000-2000 €')).toEqual([[{ amount: 2000, currency: 'EUR' }, '2000 €']]);
    expect(prices('2000-2000 €')).toEqual([[{ amount: 2000, currency: 'EUR' }, '2000 €']]);
    expect(prices('$20 - 555-0123')).toEqual([[{ amount: 20, currency: 'USD' }, '$20']]);
    expect(prices('$20 - 555 0123')).toEqual([[{ amount: 20, currency: 'USD' }, '$20']]);
    expect(prices('$20 - 555.0123')).toEqual([[{ amount: 20, currency: 'USD' }, '$20']]);
    expect(prices('$20 - 5550123')).toEqual([[{ amount: 20, max: 5550123, currency: 'USD' }, '$20 - 5550123']]);
    expect(prices('2000 a la semana')).toEqual([[{ amount: 2000, period: 'week' }, '2000 a la semana']]);
  });
});

describe('price: pay periods', () => {
  it('reads the period after the currency', () => {
    expect(prices('$3000/month')).toEqual([[{ amount: 3000, currency: 'USD', period: 'month' }, '$3000/month']]);
    expect(prices('£15/hr')).toEqual([[{ amount: 15, currency: 'GBP', period: 'hour' }, '£15/hr']]);
    expect(prices('5 €/h')).toEqual([[{ amount: 5, currency: 'EUR', period: 'hour' }, '5 €/h']]);
    expect(prices("20 euros de l'heure")).toEqual([[{ amount: 20, currency: 'EUR', period: 'hour' }, "20 euros de l'heure"]]);
    expect(prices('R$ 3.000 por mês')).toEqual([[{ amount: 3000, currency: 'BRL', period: 'month' }, 'R$ 3.000 por mês']]);
    expect(prices('$20 hourly')).toEqual([[{ amount: 20, currency: 'USD', period: 'hour' }, '$20 hourly']]);
  });
  it('without a currency, needs a spelled-out period and an amount of one or more', () => {
    expect(prices('2000 per month')).toEqual([[{ amount: 2000, period: 'month' }, '2000 per month']]);
    expect(prices('200 roses per hour')).toEqual([[{ amount: 200, period: 'hour' }, '200 roses per hour']]);
    expect(prices('500 net per month')).toEqual([[{ amount: 500, period: 'month' }, '500 net per month']]);
    expect(prices('1 per day')).toEqual([[{ amount: 1, period: 'day' }, '1 per day']]);
    expect(prices('0 per month')).toEqual([]);
    expect(prices('0.5 per month')).toEqual([]);
    expect(prices('5/h')).toEqual([]);
    expect(prices('5 / h')).toEqual([]);
    expect(prices("13 pa' arriba")).toEqual([]);
    expect(prices('13 pa')).toEqual([]);
  });
  it('reads a price without a period when a currency is there', () => {
    expect(prices('$20 pa')).toEqual([[{ amount: 20, currency: 'USD', period: 'year' }, '$20 pa']]);
  });
  it('goes on after a price, and reads nothing in plain numbers', () => {
    expect(prices('$10 and $20 per hour')).toEqual([
      [{ amount: 10, currency: 'USD' }, '$10'],
      [{ amount: 20, currency: 'USD', period: 'hour' }, '$20 per hour'],
    ]);
    expect(prices('room 12, floor 3')).toEqual([]);
  });
  it('reports raw offsets over folded text', () => {
    const text = 'Ｐay ＄３０００/month';
    const [p] = findPrices(createView(text));
    expect(p).toMatchObject({ amount: 3000, currency: 'USD', period: 'month', start: 4, end: 15 });
    expect(text.slice(p!.start, p!.end)).toBe('＄３０００/month');
  });
});
