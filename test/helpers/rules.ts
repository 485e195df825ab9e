import { normalizeText } from '../../src/normalize/index.js';
import { compileRules } from '../../src/rules/compile.js';
import { evaluate } from '../../src/rules/evaluate.js';
import { matchTokens } from '../../src/rules/match.js';
import { PackSchema, type PackId } from '../../src/rules/schema.js';
import type { StemmerName } from '../../src/rules/stem.js';
import { tokenize } from '../../src/tokenize/index.js';

type Lang = Exclude<StemmerName, 'none'>;

/**
 * Runs one test rule (`<lang>.organ_trade.test`) through the real compiler, matcher and rule
 * logic. `rule` overrides its fields (patterns, near, unlessNear…); `negationCues` are the pack's.
 * Returns whether the rule's patterns matched (`matched`) and whether it fired after rule logic.
 */
export function runTestRule(
  lang: Lang,
  rule: Record<string, unknown>,
  text: string,
  negationCues: unknown[] = [],
): { matched: boolean; fired: boolean } {
  const pack = PackSchema.parse({
    pack: lang,
    name: 'test',
    stemmer: lang,
    negation: { window: 3, cues: negationCues },
    awareness: [],
    rules: [{
      id: `${lang}.organ_trade.test`, category: 'organ_trade', weight: 0.5,
      description: 'Test rule of the engine.', source: 'Project test.',
      patterns: ['kidney'], examples: { match: ['kidney'], noMatch: ['liver'] }, ...rule,
    }],
  });
  const compiled = compileRules([pack]);
  const normalized = normalizeText(text);
  const tokens = tokenize(normalized, text);
  const active = new Set<PackId>([lang]);
  const hits = matchTokens(tokens, compiled, active);
  return { matched: hits.length > 0, fired: evaluate(hits, tokens, compiled, active, normalized).fired.size > 0 };
}
