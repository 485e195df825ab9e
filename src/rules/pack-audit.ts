import { TraffickingSignalsError } from '../errors.js';
import { BUILTIN_PACKS } from './generated/builtin.js';
import { lexiconResolver } from './lexicon.js';
import { type Atom, expandPattern, type LexiconResolver } from './pattern.js';
import type { PackId } from './schema.js';
import type { StemmerName } from './stem.js';

/**
 * Caps on the matching work of a custom pack's patterns, checked when the pack is loaded.
 *
 * Patterns are not regular expressions: each expands into token sequences (variants) that the
 * matcher tries at every word of an ad that can start them. A gap (`..n`) is tried at each of
 * its n + 1 widths, one after the other, so a variant with gaps of widths w₁…wₖ can be tried
 * (w₁ + 1) × … × (wₖ + 1) ways from one start word. That product is what could blow up, so
 * it is capped, and with it the number of gaps and the words they may skip together. `work` caps
 * the comparisons all variants of one pattern may make from one start word of an ad, counted as
 * if every word matched every position (variants that start with different literal words are
 * never tried at the same word); `packWork` caps the sum over the pack. Matching stays linear
 * in the length of the ad; these caps bound its factor.
 *
 * @example
 * ```ts
 * PATTERN_LIMITS.gapProduct; // 300: "a ..9 b ..9 c ..2 d" (10 × 10 × 3) is the most
 * ```
 */
export const PATTERN_LIMITS = {
  /** Gaps in one variant. */
  gaps: 4,
  /** Words the gaps of one variant may skip together. */
  gapWords: 18,
  /** Product of (width + 1) over the gaps of one variant. */
  gapProduct: 300,
  /** Comparisons the variants of one pattern may make from one start word. */
  work: 65_536,
  /** The same, summed over every pattern of the pack. */
  packWork: 262_144,
} as const;

/** Comparisons `verify` makes from one start word when every word matches every position. */
export function variantWork(atoms: readonly Atom[]): number {
  let n = 1;
  for (let k = atoms.length - 1; k >= 0; k--) {
    const a = atoms[k] as Atom;
    n = a.t === 'gap' ? 1 + (a.max + 1) * n : 1 + n;
  }
  return n;
}

/**
 * Worst-case comparisons of a pattern's variants from one start word. A word (with its
 * squeezed form) equals at most two literals, so of the variants that start with a literal only
 * the two costliest words' variants count; every other variant counts.
 */
export function patternWork(variants: readonly (readonly Atom[])[]): number {
  const byLiteral = new Map<string, number>();
  let other = 0;
  for (const v of variants.flatMap(writtenOut)) {
    const first = v[0];
    const w = variantWork(v);
    if (first?.t === 'lit') byLiteral.set(first.value, (byLiteral.get(first.value) ?? 0) + w);
    else other += w;
  }
  const [a = 0, b = 0] = [...byLiteral.values()].sort((x, y) => y - x);
  return other + a + b;
}

/** Why one variant is over a cap, or undefined. */
function variantProblem(atoms: readonly Atom[]): string | undefined {
  const gaps = atoms.filter((a): a is Extract<Atom, { t: 'gap' }> => a.t === 'gap');
  const words = gaps.reduce((s, g) => s + g.max, 0);
  const product = gaps.reduce((p, g) => p * (g.max + 1), 1);
  const L = PATTERN_LIMITS;
  if (gaps.length > L.gaps) return `a variant has ${gaps.length} gaps (the cap is ${L.gaps}): split the pattern, or use fewer gaps`;
  if (product > L.gapProduct) {
    const widths = gaps.map((g) => `..${g.max}`).join(' ');
    return `a variant's gaps (${widths}) can be placed ${product} ways from one word (the product of width + 1; the cap is ${L.gapProduct}): narrow or drop a gap`;
  }
  if (words > L.gapWords) return `a variant's gaps skip up to ${words} words together (the cap is ${L.gapWords}): narrow the gaps`;
  return undefined;
}

/**
 * A variant with its lexicon and group positions written out: the matcher keeps a lexicon as
 * one position, but reports (and may try) each of its alternatives as a variant of its own, so
 * the work is counted as if every alternative had been written as a pattern.
 */
function writtenOut(atoms: readonly Atom[]): Atom[][] {
  const at = atoms.findIndex((a) => a.t === 'lex');
  if (at < 0) return [[...atoms]];
  const lex = atoms[at] as Extract<Atom, { t: 'lex' }>;
  return lex.alts.flatMap((alt) => writtenOut([...atoms.slice(0, at), ...alt, ...atoms.slice(at + 1)]));
}

const builtinResolvers = new Map<PackId, LexiconResolver | undefined>();

/** The lexicons a custom pack's patterns see: its own, then its language's, then the language-independent pack's. */
function resolverFor(language: PackId, stemmer: StemmerName, own: Parameters<typeof lexiconResolver>[0]): LexiconResolver {
  const universal = BUILTIN_PACKS.find((p) => p.pack === 'xx');
  if (!builtinResolvers.has('xx')) builtinResolvers.set('xx', universal ? lexiconResolver(universal.lexicons ?? [], 'none') : undefined);
  const shared = builtinResolvers.get('xx');
  if (!builtinResolvers.has(language)) {
    const base = BUILTIN_PACKS.find((p) => p.pack === language);
    builtinResolvers.set(language, base && base !== universal ? lexiconResolver(base.lexicons ?? [], stemmer, shared) : shared);
  }
  return lexiconResolver(own, stemmer, builtinResolvers.get(language));
}

/** What the audit needs of a validated custom pack. */
export interface AuditedPack {
  pack: string;
  language: PackId;
  lexicons: Parameters<typeof lexiconResolver>[0];
  rules: readonly {
    id: string;
    patterns?: readonly string[] | undefined;
    near: readonly { patterns: readonly string[] }[];
    unlessNear: readonly { patterns: readonly string[] }[];
    exclusions: readonly string[];
  }[];
}

/**
 * Expands every pattern of a custom pack (rules, `near`, `unlessNear`, exclusions) with the
 * lexicons it will see and checks it against {@link PATTERN_LIMITS}. Returns one message per
 * problem, naming the rule and the field; a pattern that does not compile is a problem too.
 *
 * @example
 * ```ts
 * auditPack({ pack: 'acme', language: 'xx', lexicons: [], rules: [{ id: 'acme.debt_bondage.x', patterns: ['a ..9 b ..9 c ..9 d'], near: [], unlessNear: [], exclusions: [] }] });
 * // ['rule acme.debt_bondage.x, field patterns.0: pattern "a ..9 b ..9 c ..9 d": a variant's gaps … 1000 ways …']
 * ```
 */
export function auditPack(pack: AuditedPack): string[] {
  const stemmer = (BUILTIN_PACKS.find((p) => p.pack === pack.language)?.stemmer ?? 'none') as StemmerName;
  const lexicons = resolverFor(pack.language, stemmer, pack.lexicons);
  const issues: string[] = [];
  let total = 0;
  for (const rule of pack.rules) {
    const fields: [string, string][] = [
      ...(rule.patterns ?? []).map((p, i): [string, string] => [`patterns.${i}`, p]),
      ...rule.near.flatMap((n, j) => n.patterns.map((p, i): [string, string] => [`near.${j}.patterns.${i}`, p])),
      ...rule.unlessNear.flatMap((n, j) => n.patterns.map((p, i): [string, string] => [`unlessNear.${j}.patterns.${i}`, p])),
      ...rule.exclusions.map((p, i): [string, string] => [`exclusions.${i}`, p]),
    ];
    for (const [field, pattern] of fields) {
      const where = `rule ${rule.id}, field ${field}`;
      let variants: Atom[][];
      try {
        variants = expandPattern(pattern, stemmer, lexicons).flatMap(writtenOut);
      } catch (err) {
        if (!(err instanceof TraffickingSignalsError)) throw err;
        issues.push(`${where}: ${err.message}`);
        continue;
      }
      const problem = variants.map(variantProblem).find((p) => p !== undefined);
      if (problem) {
        issues.push(`${where}: pattern "${pattern}": ${problem}`);
        continue;
      }
      const work = patternWork(variants);
      if (work > PATTERN_LIMITS.work) {
        issues.push(
          `${where}: pattern "${pattern}" may make ${work.toLocaleString('en-US')} comparisons from one word of an ad (${variants.length} variants; the cap is ${PATTERN_LIMITS.work.toLocaleString('en-US')}): narrow its gaps, or write fewer multi-word alternatives in the middle of it`,
        );
        continue;
      }
      total += work;
    }
  }
  if (!issues.length && total > PATTERN_LIMITS.packWork) {
    issues.push(
      `rules: the patterns together may make ${total.toLocaleString('en-US')} comparisons from one word of an ad (the cap is ${PATTERN_LIMITS.packWork.toLocaleString('en-US')}): split the pack, or narrow the widest patterns`,
    );
  }
  return issues;
}
