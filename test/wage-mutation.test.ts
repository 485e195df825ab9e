import { describe, expect, it } from 'vitest';
import { HOURS_PER, IMPLAUSIBLE_FACTOR, isImplausibleWage, WAGE_REFERENCES } from '../src/entities/wage.js';

// The wage check's paths, for the mutants of src/entities/wage.ts: the reference table, the hours
// per period, the factor, the threshold itself (at, just under), the upper end of a range, and
// the inputs it cannot judge.

describe('wage: the tables', () => {
  it('holds the documented references, hours and factor', () => {
    expect(WAGE_REFERENCES).toEqual({ USD: 12, EUR: 12.41, GBP: 11.44, CHF: 24, BRL: 6.42, MXN: 31, CAD: 17.3, AUD: 24.1 });
    expect(HOURS_PER).toEqual({ hour: 1, day: 8, week: 40, month: (40 * 52) / 12, year: 2080 });
    expect(IMPLAUSIBLE_FACTOR).toBe(2);
  });
});

describe('wage: the threshold', () => {
  it('is reached at exactly factor × reference an hour, in every currency', () => {
    for (const [currency, reference] of Object.entries(WAGE_REFERENCES)) {
      expect(isImplausibleWage({ amount: 2 * reference, currency, period: 'hour' }), currency).toBe(true);
      expect(isImplausibleWage({ amount: 2 * reference - 0.01, currency, period: 'hour' }), `${currency} under`).toBe(false);
    }
  });
  it('converts every period to hours (1% over the threshold and 1% under it)', () => {
    for (const [currency, reference] of Object.entries(WAGE_REFERENCES)) {
      for (const [period, hours] of Object.entries(HOURS_PER)) {
        const at = 2 * reference * hours;
        expect(isImplausibleWage({ amount: at * 1.01, currency, period }), `${currency}/${period}`).toBe(true);
        expect(isImplausibleWage({ amount: at * 0.99, currency, period }), `${currency}/${period} under`).toBe(false);
      }
    }
  });
  it('reads the documented examples', () => {
    expect(isImplausibleWage({ amount: 5000, currency: 'USD', period: 'month' })).toBe(true);
    expect(isImplausibleWage({ amount: 2500, currency: 'EUR', period: 'month' })).toBe(false);
    expect(isImplausibleWage({ amount: 24, currency: 'USD', period: 'hour' })).toBe(true);
    expect(isImplausibleWage({ amount: 23.99, currency: 'USD', period: 'hour' })).toBe(false);
  });
  it('counts the upper end of a range, and the lower one when it is the larger', () => {
    expect(isImplausibleWage({ amount: 3000, max: 8000, currency: 'USD', period: 'month' })).toBe(true);
    expect(isImplausibleWage({ amount: 3000, max: 3500, currency: 'USD', period: 'month' })).toBe(false);
    expect(isImplausibleWage({ amount: 5000, max: 100, currency: 'USD', period: 'month' })).toBe(true);
  });
});

describe('wage: what it cannot judge', () => {
  it('returns false without a currency or a period, or with ones it does not know', () => {
    expect(isImplausibleWage({ amount: 1e9, period: 'month' })).toBe(false);
    expect(isImplausibleWage({ amount: 1e9, currency: 'USD' })).toBe(false);
    expect(isImplausibleWage({ amount: 1e9, currency: '', period: 'month' })).toBe(false);
    expect(isImplausibleWage({ amount: 1e9, currency: 'USD', period: '' })).toBe(false);
    expect(isImplausibleWage({ amount: 1e9, currency: 'JPY', period: 'month' })).toBe(false);
    expect(isImplausibleWage({ amount: 1e9, currency: 'USD', period: 'fortnight' })).toBe(false);
  });
  it('finds nothing under inherited keys', () => {
    expect(isImplausibleWage({ amount: 1e9, currency: 'constructor', period: 'month' })).toBe(false);
    expect(isImplausibleWage({ amount: 1e9, currency: 'USD', period: '__proto__' })).toBe(false);
    expect(isImplausibleWage({ amount: 1e9, currency: 'toString', period: 'hasOwnProperty' })).toBe(false);
  });
});
