/**
 * Checks a lexicon's examples: `@name` alone must match somewhere in each `match` example and
 * nowhere in each `noMatch` one. Used by `build-rules` (a lexicon whose examples fail is a
 * build error) and by the rule-example tests.
 */
import { normalizeText } from '../../src/normalize/index.js';
import { compileRules } from '../../src/rules/compile.js';
import { matchTokens } from '../../src/rules/match.js';
import type { Pack, PackId } from '../../src/rules/schema.js';
import { tokenize } from '../../src/tokenize/index.js';

/** One failed example: which lexicon, which text, and whether it should have matched. */
export interface LexiconExampleFailure {
  pack: PackId;
  lexicon: string;
  text: string;
  expected: 'match' | 'noMatch';
}

/** Every failing lexicon example of `pack`; `universal` supplies the xx lexicons it may name. */
export function checkLexiconExamples(pack: Pack, universal?: Pack): LexiconExampleFailure[] {
  const failures: LexiconExampleFailure[] = [];
  for (const lexicon of pack.lexicons) {
    const probe: Pack = {
      ...pack,
      negation: { window: pack.negation.window, cues: [], breaks: [] },
      awareness: [],
      rules: [{
        id: `${pack.pack}.obfuscation.lexicon_probe`, category: 'obfuscation', weight: 0.5,
        description: 'Probe of one lexicon.', source: 'build-rules', patterns: [`@${lexicon.name}`],
        near: [], exclusions: [], unlessNear: [], negatable: false, examples: { match: ['x'], noMatch: ['y'] },
      }],
    };
    const packs = universal && pack.pack !== 'xx' ? [probe, { ...universal, rules: [], awareness: [], negation: { window: 1, cues: [], breaks: [] } }] : [probe];
    const compiled = compileRules(packs);
    const active = new Set<PackId>([pack.pack]);
    const matches = (text: string): boolean => matchTokens(tokenize(normalizeText(text), text), compiled, active).length > 0;
    for (const text of lexicon.examples.match) if (!matches(text)) failures.push({ pack: pack.pack, lexicon: lexicon.name, text, expected: 'match' });
    for (const text of lexicon.examples.noMatch) if (matches(text)) failures.push({ pack: pack.pack, lexicon: lexicon.name, text, expected: 'noMatch' });
  }
  return failures;
}
