import type { CategoryId } from '../categories.js';
import type { TokenSpan } from '../rules/evaluate.js';
import { round4 } from '../score/index.js';
import type { WordingModel, WordingScores } from './wording.js';

/** Probability from which a category head gives a signal. */
export const MODEL_MIN_P = 0.3;
/** Weight of a model signal at probability 1; it falls linearly to half of it at {@link MODEL_MIN_P}. */
export const MODEL_WEIGHT = 0.6;
/** Probability from which the awareness head gives an awareness cue (its weight is the probability). */
export const MODEL_AWARENESS_MIN_P = 0.7;

const SOURCE =
  'trafficking-signals wording model: logistic regression over word stems and stem pairs, trained on the project fixtures and blind development batches (scripts/train-model.ts)';

/** A model signal before its token spans become raw evidence. */
export interface ModelSignal {
  ruleId: string;
  category: CategoryId;
  weight: number;
  description: string;
  source: string;
  spans: TokenSpan[];
}

/**
 * The signals of the wording model for one ad: one per category whose head reaches
 * {@link MODEL_MIN_P}, weighted by its probability, with the words that pushed it up most as
 * evidence.
 *
 * @example
 * ```ts
 * const model = wordingModel();
 * modelSignals(model, model.score(tokens), 3).map((s) => s.ruleId); // e.g. ["model.debt_bondage"]
 * ```
 */
export function modelSignals(model: WordingModel, scores: WordingScores, maxEvidence: number): ModelSignal[] {
  const out: ModelSignal[] = [];
  for (const [category, head] of model.categoryHead) {
    const p = scores.p[head] as number;
    if (p < MODEL_MIN_P) continue;
    const spans = model.evidence(scores, head, maxEvidence);
    if (!spans.length) continue;
    out.push({
      ruleId: `model.${category}`,
      category,
      weight: round4(MODEL_WEIGHT * (0.5 + (0.5 * (p - MODEL_MIN_P)) / (1 - MODEL_MIN_P))),
      description: `Wording model (${model.id}): the ad's wording resembles ${category.replace(/_/g, ' ')} ads it was trained on (p = ${p.toFixed(2)}). A statistical cue, not a rule: read the words.`,
      source: SOURCE,
      spans,
    });
  }
  return out;
}

/**
 * The awareness cue of the wording model, when its awareness head reaches
 * {@link MODEL_AWARENESS_MIN_P}: the text reads like news, an NGO notice or a hotline poster.
 *
 * @example
 * ```ts
 * modelAwareness(model, model.score(tokens), 3)?.weight; // e.g. 0.93
 * ```
 */
export function modelAwareness(
  model: WordingModel,
  scores: WordingScores,
  maxEvidence: number,
): { id: string; weight: number; description: string; spans: TokenSpan[] } | undefined {
  if (model.awarenessHead < 0) return undefined;
  const p = scores.p[model.awarenessHead] as number;
  if (p < MODEL_AWARENESS_MIN_P) return undefined;
  return {
    id: 'model.awareness',
    weight: round4(p),
    description: `Wording model (${model.id}): the text reads like news, an NGO notice or a hotline poster rather than an ad (p = ${p.toFixed(2)}).`,
    spans: model.evidence(scores, model.awarenessHead, maxEvidence),
  };
}
