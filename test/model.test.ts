import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../src/categories.js';
import { createAssessor } from '../src/index.js';
import { wordingFeatures } from '../src/model/features.js';
import { MODEL_AWARENESS_MIN_P, MODEL_MIN_P, MODEL_WEIGHT } from '../src/model/signals.js';
import { WordingModel, wordingModel, type WordingModelData } from '../src/model/wording.js';
import { readDataText } from '../src/data.js';
import { WORDING_MODEL_URL } from '../src/model/generated/wording.js';
import { normalizeText } from '../src/normalize/index.js';
import { tokenize } from '../src/tokenize/index.js';
import { buildModel, trainingSets } from '../scripts/train-model.js';
import { loadFixtures } from '../scripts/lib/fixtures.js';

// The wording model (src/model): a logistic-regression reader beside the rules. Its outputs
// change whenever it is retrained, so these tests pin what must hold for any training:
// it is up to date with its data, reproducible, gated behind the rules, explained in the ad's
// own words, and not diluted by padding.

const tokensOf = (raw: string) => tokenize(normalizeText(raw), raw);
const assessor = createAssessor();
const rulesOnly = createAssessor({ model: false });
const fixtures = loadFixtures();

describe('the shipped wording model', () => {
  const shipped = readDataText(WORDING_MODEL_URL);
  const data = JSON.parse(shipped) as WordingModelData;

  it('was trained on every training set as it is now (retrain: npm run train:model)', () => {
    expect(data.trainedOn).toEqual(trainingSets().map((s) => ({ set: s.set, ads: s.ads.length })));
    expect(data.trainedOn.map((s) => s.set)).not.toContain('heldout');
  });

  it('is what the trainer writes from that data, byte for byte (training is deterministic)', () => {
    expect(JSON.stringify(buildModel(trainingSets()))).toBe(shipped);
  }, 120_000);

  it('has a head per category and one for awareness', () => {
    expect(data.heads).toEqual([...CATEGORY_IDS, 'awareness']);
  });

  it('refuses data of another format, naming the command that fixes it', () => {
    expect(() => new WordingModel({ ...data, stemLength: 4 })).toThrow(/train-model/);
    expect(() => new WordingModel({ ...data, weights: '' })).toThrow(/0 weights for/);
  });
});

describe('wording features', () => {
  it('read stems, numbers by length, emoji and stem pairs within a sentence, once each', () => {
    const f = wordingFeatures(tokensOf('Sans papiers OK. Sans 500 🌹'));
    expect(f.keys).toEqual(['w:sans', 'w:papie', 'b:sans_papie', 'w:ok', 'b:papie_ok', 'n:#3', 'b:sans_#3', 'e:🌹']);
  });

  it('point at the tokens they came from, a pair at both of its words', () => {
    const raw = 'no papers, cash daily';
    const tokens = tokensOf(raw);
    const f = wordingFeatures(tokens);
    f.keys.forEach((key, i) => {
      const first = tokens[f.at[i] as number];
      const last = tokens[(f.at[i] as number) + (f.len[i] as number) - 1];
      expect(first && last, key).toBeTruthy();
      if (key.startsWith('b:')) expect(f.len[i]).toBeGreaterThanOrEqual(2);
    });
  });

  it('see through leetspeak the way the rules do', () => {
    expect(wordingFeatures(tokensOf('N3W J0B')).keys).toEqual(wordingFeatures(tokensOf('new job')).keys);
  });
});

describe('the wording model in assessments', () => {
  const results = fixtures.map((f) => ({ f, a: assessor.assess(f.text) }));

  it('names itself in every result, and not when switched off', () => {
    expect(assessor.assess('Cook wanted').ruleset.model).toBe(wordingModel().id);
    expect(rulesOnly.assess('Cook wanted').ruleset.model).toBeUndefined();
  });

  it('adds signals on some fixtures, each weighted between half and all of MODEL_WEIGHT', () => {
    const model = results.flatMap(({ a }) => a.signals.filter((s) => s.ruleId.startsWith('model.')));
    expect(model.length).toBeGreaterThan(0);
    for (const s of model) {
      expect(s.ruleId).toBe(`model.${s.category}`);
      expect(s.weight).toBeGreaterThanOrEqual(MODEL_WEIGHT / 2);
      expect(s.weight).toBeLessThanOrEqual(MODEL_WEIGHT);
      expect(s.description).toMatch(/not a rule/);
    }
    expect(MODEL_MIN_P).toBeLessThan(MODEL_AWARENESS_MIN_P);
  });

  it('explains every signal and cue in the ad’s own words (raw offsets)', () => {
    for (const { f, a } of results) {
      const items = [...a.signals.filter((s) => s.ruleId.startsWith('model.')), ...a.context.cues.filter((c) => c.id === 'model.awareness')];
      for (const s of items) {
        expect(s.evidence.length, f.id).toBeGreaterThan(0);
        for (const e of s.evidence) expect(f.text.slice(e.start, e.end), f.id).toBe(e.text);
      }
    }
  });

  it('stays silent where no rule fired', () => {
    for (const { f, a } of results) {
      if (!a.signals.some((s) => !s.ruleId.startsWith('model.'))) {
        expect(a.signals, f.id).toEqual([]);
        expect(a.context.cues.some((c) => c.id === 'model.awareness'), f.id).toBe(false);
      }
    }
  });

  it('only adds: the rules’ signals are the same with and without it', () => {
    for (const { f, a } of results.slice(0, 400)) {
      const plain = rulesOnly.assess(f.text);
      expect(a.signals.filter((s) => !s.ruleId.startsWith('model.')), f.id).toEqual(plain.signals);
    }
  });
});

describe('scoring by ids', () => {
  it('gives exactly the probabilities and evidence of the feature strings training reads, on every fixture', () => {
    const model = wordingModel();
    for (const f of fixtures) {
      const tokens = tokensOf(f.text);
      const fast = model.score(tokens);
      const ref = model.scoreReference(tokens);
      expect([...fast.p], f.id).toEqual([...ref.p]);
      expect([...fast.index], f.id).toEqual([...ref.index]);
      expect([...fast.at], f.id).toEqual([...ref.at]);
      expect(model.evidence(fast, 0, 5), f.id).toEqual(model.evidence(ref, 0, 5));
    }
  });
});

describe('padding', () => {
  it('words the model never saw change no probability (an ad padded with junk reads the same)', () => {
    const model = wordingModel();
    const ad = 'Hostess work abroad, flight paid, you repay it from your wages. Passport kept by the agency.';
    const letters = (i: number): string => [...i.toString(26)].map((d) => String.fromCharCode(107 + parseInt(d, 26) % 16)).join('');
    const junk = Array.from({ length: 300 }, (_, i) => `zq${letters(i)}xw`).join(' ');
    const a = model.score(tokensOf(ad)).p;
    const b = model.score(tokensOf(`${ad}\n${junk}`)).p;
    expect([...b].map((x) => x.toFixed(6))).toEqual([...a].map((x) => x.toFixed(6)));
  });
});
