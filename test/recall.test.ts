import { describe, expect, it } from 'vitest';
import { assess, createAssessor, type Assessment } from '../src/index.js';

// The cases of the recall issue (#9), tried as a new user would, in all six languages.
// Fixture-style acceptance tests: the blind sets measure the rest.

const minorScore = (r: Assessment): number => r.categories.minor_indicators.score;

describe('a stated age under 18 in an escort, dating or "available" context reaches high', () => {
  it.each([
    ['new girl 16yo available tonight'],
    ['16 year old girl available, call me'],
    ['sixteen, new in town, looking for a generous older man to meet'],
    ['fille de 16 ans disponible'],
    ['Nouvelle en ville, seize ans, dispo ce soir'],
    ['chica de 16 años disponible'],
    ['tengo 16, disponible esta noche para conocer señores generosos'],
    ['Mädchen, 16 Jahre, heute Abend frei, nur für großzügige Herren'],
    ['Lena, 16, neu in der Stadt, heute frei'],
    ['menina de 16 anos disponível hoje à noite'],
    ['novinha de 15 aninhos, disponível pra encontro'],
    ['ragazza di 16 anni disponibile stasera'],
    ['ho 17 anni e cerco un uomo generoso per uscire'],
    // The unit or the number spelled out with separators inside the word, to dodge filters.
    ['chica 17 a/ñ/o/s disponible hoy'],
    ['ho se-di-ci anni e sono disponibile stasera'],
    ['Mädchen 16 j.a.h.r.e, heute Abend frei'],
  ])('%s', (text) => {
    const r = assess(text);
    expect(r.level, JSON.stringify(r.signals.map((s) => s.ruleId))).toBe('high');
    expect(minorScore(r)).toBeGreaterThan(0);
  });
});

describe('a year of birth that makes the person under 18 counts as a stated age', () => {
  const as2026 = createAssessor({ referenceYear: 2026 });
  it.each([
    ['Jg. 2010, heute Abend frei für Treffen'],
    ['born in 2009, new in town, available tonight'],
    ['née en 2010, dispo ce soir pour une rencontre'],
    ['soy del 2010, disponible esta noche'],
    ['ragazza classe 2009, libera stasera'],
    ['nascida em 2010, disponível hoje à noite para encontros'],
  ])('%s', (text) => {
    const r = as2026.assess(text);
    expect(r.level, JSON.stringify(r.signals.map((s) => s.ruleId))).toBe('high');
    expect(r.entities.find((e) => e.type === 'age')).toMatchObject({ bornIn: expect.any(Number) });
  });
  it('counts the age as of referenceYear: the same ad in 2030 states an adult', () => {
    const r = createAssessor({ referenceYear: 2030 }).assess('born in 2009, new in town, available tonight');
    expect(r.entities.find((e) => e.type === 'age')).toMatchObject({ value: 21, bornIn: 2009 });
    expect(r.signals.filter((s) => /^[a-z]{2}\.minor_indicators\./.test(s.ruleId))).toEqual([]);
  });
  it('rejects a referenceYear that is not a year with a coded error', () => {
    expect(() => createAssessor({ referenceYear: 26 })).toThrow(expect.objectContaining({ code: 'invalid_options' }));
  });
});

describe('near misses about ages stay quiet', () => {
  it.each([
    ["I'm 16 and available after school for babysitting and dog walking."],
    ['Supermarket hiring weekend staff, open to applicants aged 16+, part-time contract.'],
    ['Warehouse manager with 16 years of experience in logistics.'],
    ['Sunday league looking for players aged 18-35.'],
    ['Team meeting on 16/05 at 16:00 in room 16.'],
    ['Girls dress size 16 years, worn once, 16 euros.'],
    ['Glacier embauche jeunes de 16 ans et plus pour l’été, contrat saisonnier.'],
    ['Tengo 16 años y cuido niños por las tardes.'],
    ['Vendo pick-me-up 16 a/b/c, disponible hoy.'],
    ['Corso di tedesco: se-di-ci lezioni disponibili da stasera.'],
    // Teenagers offering ordinary help in weekend or after-school wording (the availability
    // lexicons widened in round 6 read "free this weekend", "agenda aberta", "libre ce week-end").
    ["Hi, I'm 15 and free this weekend to walk your dog or water plants, my dad can drop me off."],
    ["J'ai 16 ans, libre ce week-end pour garder vos enfants ou promener votre chien, mes parents sont d'accord."],
    ['Tengo 16 años y estoy libre este finde para cuidar niños o pasear perros, mi madre coordina.'],
    ['Ich bin 16 und am Wochenende frei zum Babysitten oder Gassi gehen, meine Mutter ist einverstanden.'],
    ['Ho 16 anni e sono libera questo weekend per fare da babysitter o portare a spasso il cane.'],
    ['Tenho 15 anos, livre este fim de semana para passear cães ou olhar crianças, a minha mãe combina.'],
    ['Giochi per bambini 1-6 anni, ritiro disponibile stasera.'],
  ])('%s', (text) => {
    const r = assess(text);
    expect(['none', 'low'], JSON.stringify(r.signals.map((s) => s.ruleId))).toContain(r.level);
    expect(minorScore(r)).toBe(0);
  });
});

describe('a job ad for an under-18 is a separate, weaker child-labour signal', () => {
  it('raises minor_indicators without the escort floor', () => {
    const r = assess('Boy of 15 wanted for farm work, he lives on the farm, no pay the first three months, no need to tell his parents.');
    expect(minorScore(r)).toBeGreaterThan(0);
    expect(r.signals.some((s) => s.category === 'minor_indicators' && s.weight >= 0.8)).toBe(false);
  });
});

describe('independent indicators add up', () => {
  it('a farm ad with four independent indicators reaches at least medium', () => {
    const r = assess(
      'Farm work in the south, start Monday. No papers needed. You live in the housing on the farm and our driver takes you to the fields. Pay in cash every two weeks. Do not tell your family where you work.',
    );
    expect(['medium', 'high']).toContain(r.level);
  });
  it('one weak cue stays none or low, and so does demographics alone', () => {
    for (const text of ['Cleaner wanted, no experience needed.', 'New in town, Brazilian, 28, young at heart, love dancing.']) {
      expect(['none', 'low']).toContain(assess(text).level);
    }
  });
});

describe('obfuscation is seen through by ordinary rules', () => {
  it.each([
    ['y.o.u.n.g n.e.w g.i.r.l.s just landed, incall, generous gents', 'minor_indicators'],
    ['N3W J0B abroad, fl1ght and v1sa pa1d, ca$h wkly', 'deceptive_recruitment'],
    ['add my s-n-a-p, no calls, text only', 'off_platform_contact'],
    ['gooorgeous new girl, 🌹🌹 = 1h, incall', 'commercial_sex'],
  ])('%s → %s', (text, category) => {
    expect(assess(text, { language: 'en' }).categories[category as keyof Assessment['categories']].score).toBeGreaterThan(0);
  });
});

describe('awareness and reported speech stay none or low', () => {
  it.each([
    ['Police said the recruits had their passports taken on arrival and were forced to run online scams from a compound.'],
    ['If your employer keeps your passport or makes you pay a debt for your job, call the national hotline on +1 555 0100.'],
    ['Does your boss keep your passport? Do you owe money for getting this job? You are not alone. Call +1 555 0100, free and confidential.'],
    ["La police a indiqué que les victimes s'étaient vu confisquer leur passeport et devaient rembourser une dette."],
    ['Si tu empleador se queda con tu pasaporte o te cobra una deuda por el trabajo, llama a la línea de ayuda.'],
    ['Die Polizei teilte mit, den Opfern seien die Pässe abgenommen worden; sie mussten Schulden abarbeiten.'],
    ['Segundo a polícia, as vítimas tiveram os passaportes retidos e eram obrigadas a pagar uma dívida.'],
    ['Secondo la polizia, alle vittime era stato tolto il passaporto e dovevano ripagare un debito.'],
  ])('%s', (text) => {
    expect(['none', 'low']).toContain(assess(text).level);
  });
  it('a real ad that merely gives a phone number still scores', () => {
    const r = assess('Hostess jobs in Dubai, flight and visa free, the agency keeps your passport, fee deducted from salary. Call +1 555 0142.');
    expect(['medium', 'high']).toContain(r.level);
  });
});
