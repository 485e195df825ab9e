import { describe, expect, it } from 'vitest';
import { PERIOD_RE, periodOf, PERIODS } from '../src/entities/period.js';

// The pay-period reader's paths, for the mutants of src/entities/period.ts: long words after a
// connector, short ones after a slash, words that stand alone, qualifiers between the amount
// and the period, and what the phrase names.

/** The period phrase right after an amount "100" in `100${rest}`, and the period it names. */
function period(rest: string): [string, string | undefined] | null {
  const text = `100${rest}`;
  PERIOD_RE.lastIndex = 3;
  const m = PERIOD_RE.exec(text);
  return m ? [m[0], periodOf(m[0])] : null;
}

describe('period: phrases', () => {
  it('lists the periods', () => {
    expect(PERIODS).toEqual(['hour', 'day', 'week', 'month', 'year']);
  });
  it('reads long words after each connector', () => {
    for (const c of ['per', 'a', 'an', 'each', 'every', 'par', 'por', 'pro', 'al', 'ao', 'a la', 'la', 'il', 'im', 'die', 'the', 'x', 'cada', 'ogni', 'je']) {
      expect(period(` ${c} month`), c).toEqual([` ${c} month`, 'month']);
    }
    expect(period(" de l'heure")).toEqual([" de l'heure", 'hour']);
    expect(period(" l'heure")).toEqual([" l'heure", 'hour']);
    expect(period(' l’heure')).toEqual([' l’heure', 'hour']);
    expect(period(" all'ora")).toEqual([" all'ora", 'hour']);
    expect(period(' alla settimana')).toEqual([' alla settimana', 'week']);
    expect(period(' p/h')).toBeNull();
    expect(period(' p/hour')).toEqual([' p/hour', 'hour']);
  });
  it('reads each long word of each period', () => {
    const rows: [string, string][] = [
      ['hours', 'hour'], ['hr', 'hour'], ['hrs', 'hour'], ['heure', 'hour'], ['horas', 'hour'], ['stunde', 'hour'], ['std', 'hour'], ['ore', 'hour'],
      ['days', 'day'], ['jour', 'day'], ['journee', 'day'], ['dia', 'day'], ['tag', 'day'], ['giorno', 'day'], ['giornata', 'day'],
      ['weeks', 'week'], ['wk', 'week'], ['semaine', 'week'], ['semana', 'week'], ['woche', 'week'], ['settimana', 'week'],
      ['months', 'month'], ['mo', 'month'], ['mth', 'month'], ['mnth', 'month'], ['mois', 'month'], ['mes', 'month'], ['monat', 'month'], ['mese', 'month'],
      ['years', 'year'], ['yr', 'year'], ['annee', 'year'], ['ano', 'year'], ['jahr', 'year'], ['anno', 'year'], ['annum', 'year'],
    ];
    for (const [w, p] of rows) expect(period(` per ${w}`), w).toEqual([` per ${w}`, p]);
  });
  it('reads short and long words after a slash, with or without a space', () => {
    const rows: [string, string][] = [['/h', 'hour'], ['/d', 'day'], ['/w', 'week'], ['/m', 'month'], ['/y', 'year'], ['/a', 'year'], ['/ hr', 'hour'], ['/month', 'month'], ['/mes', 'month']];
    for (const [w, p] of rows) expect(period(w), w).toEqual([w, p]);
    expect(period(' /h')).toEqual([' /h', 'hour']);
  });
  it('reads the words that stand alone', () => {
    const rows: [string, string][] = [
      ['hourly', 'hour'], ['ph', 'hour'], ['horaire', 'hour'], ['stundlich', 'hour'], ['daily', 'day'], ['pd', 'day'], ['diaria', 'day'], ['taglich', 'day'],
      ['weekly', 'week'], ['pw', 'week'], ['hebdo', 'week'], ['semanal', 'week'], ['monthly', 'month'], ['pcm', 'month'], ['mensuel', 'month'],
      ['mensal', 'month'], ['monatlich', 'month'], ['mtl', 'month'], ['mensile', 'month'], ['yearly', 'year'], ['annually', 'year'], ['pa', 'year'],
      ['annuel', 'year'], ['anual', 'year'], ['jahrlich', 'year'], ['annuale', 'year'],
    ];
    for (const [w, p] of rows) expect(period(` ${w}`), w).toEqual([` ${w}`, p]);
  });
  it('needs a connector for long words, and no letter or digit right after the period', () => {
    expect(period(' month')).toBeNull();
    expect(period(' per months')).toEqual([' per months', 'month']);
    expect(period(' per monthx')).toBeNull();
    expect(period(' hourly2')).toBeNull();
    expect(period(' monthly')).toEqual([' monthly', 'month']);
    expect(period('  per month')).toBeNull();
  });
  it('skips a qualifier between the amount and the period', () => {
    for (const q of ['net', 'nett', 'gross', 'netto', 'brutto', 'nets', 'brut', 'bruts', 'neto', 'netos', 'brutos', 'liquido', 'cash', 'plus tips', '+ tips', 'roses', 'rozes', 'donation', 'donations', 'gift', 'gifts']) {
      expect(period(` ${q} per hour`), q).toEqual([` ${q} per hour`, 'hour']);
    }
  });
});

describe('period: periodOf', () => {
  it('names the period of the last word of a phrase, in any case', () => {
    expect(periodOf(' par mois')).toBe('month');
    expect(periodOf(' Per HOUR')).toBe('hour');
    expect(periodOf(' 200 roses per hour')).toBe('hour');
    expect(periodOf('/')).toBeUndefined();
    expect(periodOf(' per nothing')).toBeUndefined();
  });
});
