import { TraffickingSignalsError } from '../errors.js';
import { type Atom, expandPattern, type LexiconResolver, mergeSingles, spliceLexicons } from './pattern.js';
import type { Lexicon } from './schema.js';
import type { StemmerName } from './stem.js';

/**
 * Compiles a pack's lexicons lazily: `@name` in a pattern resolves to the alternatives of the
 * pack's lexicon `name`, or else of the language-independent pack's (`fallback`). A plain word
 * of a term matches its inflections through the pack's stemmer; `=word` matches only itself.
 * Each lexicon is expanded once per compilation; a lexicon may name another (`@other` as a
 * term), never itself.
 *
 * @example
 * ```ts
 * const lex = lexiconResolver([{ name: 'travel', description: 'Travel to the job.', terms: ['flight', 'plane ticket'], examples: { match: ['flights'], noMatch: ['light'] } }], 'en');
 * lex.resolve('travel')?.length; // 2: the one-word terms as one position, and "plane ticket"
 * ```
 */
export function lexiconResolver(
  lexicons: readonly Lexicon[],
  stemmer: StemmerName,
  fallback?: LexiconResolver,
): LexiconResolver {
  const byName = new Map(lexicons.map((l) => [l.name, l]));
  const done = new Map<string, Atom[][]>();
  const busy = new Set<string>();
  const resolver: LexiconResolver = {
    names: () => [...new Set([...byName.keys(), ...(fallback?.names() ?? [])])].sort(),
    resolve(name) {
      const hit = done.get(name);
      if (hit) return hit;
      const lexicon = byName.get(name);
      if (!lexicon) return fallback?.resolve(name);
      if (busy.has(name)) {
        throw new TraffickingSignalsError('invalid_rules', `lexicon "@${name}" names itself through its terms: remove the cycle`);
      }
      busy.add(name);
      try {
        const alternatives = mergeSingles(spliceLexicons(lexicon.terms.flatMap((term) => expandPattern(term, stemmer, resolver, true))));
        done.set(name, alternatives);
        return alternatives;
      } catch (err) {
        if (err instanceof TraffickingSignalsError) {
          throw new TraffickingSignalsError('invalid_rules', `lexicon "@${name}": ${err.message}`);
        }
        throw err;
      } finally {
        busy.delete(name);
      }
    },
  };
  return resolver;
}
