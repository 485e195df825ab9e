import { z } from 'zod';
import { CATEGORY_IDS, LANGUAGE_CODES, UNIVERSAL_PACK } from '../categories.js';

/** Pack ids: the six languages plus `xx`, the language-independent pack. */
export const PACK_IDS = [...LANGUAGE_CODES, UNIVERSAL_PACK] as const;
/** A rule-pack id. */
export type PackId = (typeof PACK_IDS)[number];

/**
 * Built-in detectors. The first five look at what normalisation removed or folded; the others
 * read extracted entities (contacts, wallets, prices, ages) and, like patterns, can be
 * qualified with `near`, `exclusions` and negation.
 */
export const DETECTORS = [
  'zero_width',
  'spaced_letters',
  'leetspeak',
  'homoglyphs',
  'fancy_unicode',
  'repeated_letters',
  'obscured_phone',
  'messenger_handle',
  'crypto_wallet',
  'implausible_wage',
  'minor_age',
  'stated_minor_age',
] as const;

/** Detectors that read entities rather than the normalisation log. */
export const ENTITY_DETECTORS: ReadonlySet<string> = new Set([
  'obscured_phone',
  'messenger_handle',
  'crypto_wallet',
  'implausible_wage',
  'minor_age',
  'stated_minor_age',
]);

const patternList = z
  .array(z.string().trim().min(1, 'a pattern may not be empty'))
  .min(1, 'give at least one pattern');

const examples = z.strictObject({
  match: z.array(z.string().min(1)).min(1, 'give at least one example the rule must match'),
  noMatch: z
    .array(z.string().min(1))
    .min(1, 'give at least one near-miss example the rule must not match'),
});

/** Context for `near` (all must match) and `unlessNear` (any vetoes): patterns within `window` tokens. */
const contextMatch = z.strictObject({
  patterns: patternList,
  window: z.number().int().min(1).max(200).default(25),
  /** Only count a match in the same sentence as the rule's own match. */
  sameSentence: z.boolean().optional(),
});

const ruleFields = {
  category: z.enum(CATEGORY_IDS),
  weight: z.number().gt(0).lte(1),
  description: z.string().min(10, 'describe what the rule detects in a sentence'),
  source: z.string().min(3, 'name where the indicator is documented'),
  patterns: patternList.optional(),
  detector: z.enum(DETECTORS).optional(),
  near: z.array(contextMatch).default([]),
  exclusions: z.array(z.string().trim().min(1)).default([]),
  /** Context that vetoes the rule: a match of any of these within `window` tokens cancels it. */
  unlessNear: z.array(contextMatch).default([]),
  negatable: z.boolean().default(true),
  /**
   * The lowest level an ad gets when this rule fires (outside reported speech and awareness
   * text): for the few indicators a reviewer must always see, such as a stated age under 18
   * in an escort context.
   */
  floor: z.enum(['medium', 'high']).optional(),
  examples,
};

/** A rule schema whose ids match `id` (built-in packs and user packs differ only there). */
export function ruleSchemaWith(id: z.ZodString) {
  return z.strictObject({ id, ...ruleFields }).superRefine((rule, ctx) => {
    if (rule.detector && !ENTITY_DETECTORS.has(rule.detector) && !rule.id.startsWith('xx.')) {
      ctx.addIssue({
        code: 'custom',
        path: ['detector'],
        message: `detector "${rule.detector}" reads the normalisation log and belongs in the xx pack; other packs may use the entity detectors (${[...ENTITY_DETECTORS].join(', ')})`,
      });
    }
    if (!rule.patterns === !rule.detector) {
      ctx.addIssue({
        code: 'custom',
        message: 'a rule has either "patterns" or "detector", not both and not neither',
      });
    }
    const [prefix, category, name] = rule.id.split('.');
    if (category !== rule.category) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: `the middle part of the id must be the category: rename to "${prefix}.${rule.category}.${name ?? 'name'}"`,
      });
    }
  });
}

/**
 * One rule as authors write it in `rules/<pack>/*.yml`. The build script and the runtime
 * validate with this same schema.
 *
 * @example
 * ```ts
 * import { RuleSchema } from 'trafficking-signals';
 * RuleSchema.safeParse({ id: 'en.debt_bondage.x', category: 'debt_bondage', weight: 2 }).success; // false
 * ```
 */
export const RuleSchema = ruleSchemaWith(
  z
    .string()
    .regex(
      /^(en|fr|es|de|pt|it|xx)\.[a-z_]+\.[a-z0-9_]+$/,
      'rule ids look like "<pack>.<category>.<name>", e.g. "en.debt_bondage.recruitment_fee"',
    ),
);

/**
 * A validated rule.
 *
 * @example
 * ```ts
 * import { BUILTIN_PACKS, type Rule } from 'trafficking-signals';
 * const rules: Rule[] = BUILTIN_PACKS.flatMap((p) => [...p.rules]);
 * ```
 */
export type Rule = z.output<typeof RuleSchema>;
/**
 * A rule as written (defaults not yet applied).
 *
 * @example
 * ```ts
 * import type { RuleInput } from 'trafficking-signals';
 * const rule: RuleInput = {
 *   id: 'en.debt_bondage.example', category: 'debt_bondage', weight: 0.5,
 *   description: 'Asks for a fee to secure the job.', source: 'ILO indicators (debt bondage)',
 *   patterns: ['(fee|deposit) to secure'], examples: { match: ['a fee to secure it'], noMatch: ['no fee'] },
 * };
 * ```
 */
export type RuleInput = z.input<typeof RuleSchema>;

/**
 * A named concept lexicon of a pack (`rules/<pack>/lexicons.yml`): the words and phrases that
 * say one thing ("travel", "covered", "identity documents"), shared by every rule of the pack
 * as `@name`. A plain word matches its inflections through the pack's stemmer; `=word` only
 * itself; `word*` any word starting with it; a term may be several words or `@another`.
 * Lexicons of the language-independent pack (`xx`) are exact and usable from every pack.
 *
 * @example
 * ```ts
 * import { LexiconSchema } from 'trafficking-signals';
 * LexiconSchema.safeParse({ name: 'travel', description: 'Travel to the job.', terms: ['flight'], examples: { match: ['flights'], noMatch: ['light'] } }).success; // true
 * ```
 */
export const LexiconSchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lexicon names are lower case letters, digits and "_", e.g. "travel_cost"'),
  description: z.string().min(10, 'say in a sentence what the lexicon stands for'),
  terms: z.array(z.string().trim().min(1, 'a term may not be empty')).min(1, 'give at least one term'),
  examples,
});
/**
 * A validated lexicon.
 *
 * @example
 * ```ts
 * import { BUILTIN_PACKS, type Lexicon } from 'trafficking-signals';
 * const travel: Lexicon | undefined = BUILTIN_PACKS.find((p) => p.pack === 'en')?.lexicons.find((l) => l.name === 'travel');
 * ```
 */
export type Lexicon = z.output<typeof LexiconSchema>;

/** `rules/<pack>/lexicons.yml`: the pack's concept lexicons. */
export const LexiconFileSchema = z.strictObject({
  pack: z.enum(PACK_IDS),
  lexicons: z.array(LexiconSchema).min(1),
});

/** An awareness cue: wording typical of news, NGO notices and hotline posters, not of ads. */
export const AwarenessCueSchema = z.strictObject({
  id: z
    .string()
    .regex(/^(en|fr|es|de|pt|it|xx)\.awareness\.[a-z0-9_]+$/, 'ids look like "en.awareness.<name>"'),
  weight: z.number().gt(0).lte(1),
  description: z.string().min(10),
  source: z.string().min(3),
  patterns: patternList,
  /**
   * Whether the cue also frames its own sentence as reported speech or advice (default true):
   * an indicator named in that sentence ("police said their passports were taken", "if your
   * employer keeps your passport…") is reported under `context.reported`, not counted.
   */
  frames: z.boolean().default(true),
  /** A cue match overlapping one of these is dropped ("no es una estafa" is not a warning). */
  exclusions: z.array(z.string().trim().min(1)).default([]),
  examples,
});
/** A validated awareness cue. */
export type AwarenessCue = z.output<typeof AwarenessCueSchema>;

/**
 * A negation cue: a pattern that uses the pack's window, or `{ pattern, window }` for a cue
 * with its own reach (0 = it must stand right before the match, as Spanish "sin" in "sin costo").
 */
const negationCue = z.union([
  z.string().trim().min(1),
  z.strictObject({ pattern: z.string().trim().min(1), window: z.number().int().min(0).max(8) }),
]);

/** `rules/<pack>/language.yml`: how a pack's language negates, and its awareness cues. */
export const LanguageFileSchema = z.strictObject({
  pack: z.enum(PACK_IDS),
  name: z.string().min(2),
  stemmer: z.enum(['none', 'en', 'fr', 'es', 'de', 'pt', 'it']).default('none'),
  negation: z
    .strictObject({
      window: z.number().int().min(1).max(8).default(4),
      cues: z.array(negationCue).default([]),
    })
    .default({ window: 4, cues: [] }),
  awareness: z.array(AwarenessCueSchema).default([]),
});

/** `rules/<pack>/<anything>.yml` other than `language.yml`: a list of rules. */
export const RuleFileSchema = z.strictObject({
  pack: z.enum(PACK_IDS),
  rules: z.array(RuleSchema).min(1),
});

/**
 * One whole pack, as the build script writes it into the generated module.
 *
 * @example
 * ```ts
 * import { BUILTIN_PACKS, PackSchema } from 'trafficking-signals';
 * BUILTIN_PACKS.every((p) => PackSchema.safeParse(p).success); // true
 * ```
 */
export const PackSchema = z.strictObject({
  pack: z.enum(PACK_IDS),
  name: z.string(),
  stemmer: z.enum(['none', 'en', 'fr', 'es', 'de', 'pt', 'it']),
  negation: z.strictObject({ window: z.number().int(), cues: z.array(negationCue) }),
  awareness: z.array(AwarenessCueSchema),
  lexicons: z.array(LexiconSchema).default([]),
  rules: z.array(RuleSchema),
});
/**
 * A validated pack.
 *
 * @example
 * ```ts
 * import { BUILTIN_PACKS, type Pack } from 'trafficking-signals';
 * const fr: Pack | undefined = BUILTIN_PACKS.find((p) => p.pack === 'fr');
 * ```
 */
export type Pack = z.output<typeof PackSchema>;
