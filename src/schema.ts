import { z } from 'zod';
import { CATEGORY_IDS, LANGUAGE_CODES } from './categories.js';
import { EntitySchema } from './entities/schema.js';
import { PACK_IDS } from './rules/schema.js';
import { DEFAULT_THRESHOLDS, LEVELS } from './score/index.js';

/**
 * Version of the Assessment shape; bumped on any change a consumer could notice.
 *
 * @example
 * ```ts
 * import { assess, SCHEMA_VERSION } from 'trafficking-signals';
 * assess('text').schemaVersion === SCHEMA_VERSION; // true
 * ```
 */
export const SCHEMA_VERSION = '1.4.0' as const;

const unit = z.number().min(0).max(1);

const ThresholdsSchema = z
  .strictObject({
    low: unit.default(DEFAULT_THRESHOLDS.low),
    medium: unit.default(DEFAULT_THRESHOLDS.medium),
    high: unit.default(DEFAULT_THRESHOLDS.high),
  })
  .refine((t) => t.low <= t.medium && t.medium <= t.high, {
    message: 'thresholds must satisfy low <= medium <= high',
  });

/**
 * Options of `createAssessor`, `assess` and `safeAssess`. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { AssessOptionsSchema } from 'trafficking-signals';
 * AssessOptionsSchema.parse({ language: 'fr', flagLevel: 'high' });
 * ```
 */
export const AssessOptionsSchema = z.strictObject({
  /** `auto` detects the language; a code forces that pack (the language-independent pack always applies). */
  language: z.enum(['auto', ...LANGUAGE_CODES]).default('auto'),
  /** Score cut-offs of the levels. */
  thresholds: ThresholdsSchema.default(DEFAULT_THRESHOLDS),
  /** Lowest level that sets `flagged`. */
  flagLevel: z.enum(['low', 'medium', 'high']).default('medium'),
  /** Longest input read, in UTF-16 units; what happens to longer input is `tooLong`'s choice. */
  maxLength: z.number().int().min(1).max(10_000_000).default(100_000),
  /**
   * Input longer than `maxLength`: `truncate` cuts it (at a code-point boundary) and a warning
   * says so; `error` refuses it with code `invalid_input` (an error record in a batch).
   */
  tooLong: z.enum(['truncate', 'error']).default('truncate'),
  /** Rule ids to switch off. Unknown ids are an error, so a typo cannot silently do nothing. */
  disabledRules: z.array(z.string()).default([]),
  /** Most evidence spans reported per signal. */
  maxEvidence: z.number().int().min(1).max(100).default(5),
  /** Most entities reported (all of them still feed the rules); a warning says when more were found. */
  maxEntities: z.number().int().min(0).max(10_000).default(100),
  /**
   * The wording model: a statistical reader of the ad's words beside the rules (a signal
   * `model.<category>` when its wording resembles that category's ads, and an awareness cue
   * `model.awareness` for news and notices). `false` scores with the rules alone.
   */
  model: z.boolean().default(true),
  /**
   * The year ages are counted in when an ad gives a year of birth ("Jg. 2010", "born in 2009"):
   * the current UTC year when absent (read once, when the assessor is created). Set it to score
   * archived ads as of their posting year, or to make results independent of the clock.
   */
  referenceYear: z.number().int().min(1900).max(2200).optional(),
  /**
   * Custom rule packs (objects, or the result of `loadPack()` on YAML/JSON text): extra rules,
   * weights of existing rules by id, rules switched off. Each is validated strictly; see
   * `UserPackSchema`.
   */
  packs: z.array(z.unknown()).default([]),
});

/**
 * Options as accepted (all optional).
 *
 * @example
 * ```ts
 * import type { AssessOptions } from 'trafficking-signals';
 * const options: AssessOptions = { language: 'auto', flagLevel: 'high', maxEvidence: 3 };
 * ```
 */
export type AssessOptions = z.input<typeof AssessOptionsSchema>;
/**
 * Options after defaults.
 *
 * @example
 * ```ts
 * import { createAssessor, type ResolvedOptions } from 'trafficking-signals';
 * const resolved: ResolvedOptions = createAssessor().options; // thresholds, flagLevel, … filled in
 * ```
 */
export type ResolvedOptions = z.output<typeof AssessOptionsSchema>;

const EvidenceSchema = z.strictObject({
  /** Half-open UTF-16 offsets into the original input: `input.slice(start, end) === text`. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});

const SignalSchema = z.strictObject({
  ruleId: z.string(),
  category: z.enum(CATEGORY_IDS),
  weight: unit,
  description: z.string(),
  source: z.string(),
  evidence: z.array(EvidenceSchema),
});

const CategoryResultSchema = z.strictObject({ score: unit, signalCount: z.number().int().min(0) });

const WARNING_CODES = [
  'empty_input',
  'input_truncated',
  'entities_truncated',
  'language_undetermined',
  'language_uncertain',
  'mixed_language',
  'awareness_context',
  'unusual_characters',
] as const;

/**
 * The result of assessing one ad. Every category id is always present in `categories`.
 *
 * @example
 * ```ts
 * import { AssessmentSchema, assess } from 'trafficking-signals';
 * AssessmentSchema.parse(assess('Cleaner wanted, weekday mornings.')); // validates
 * ```
 */
export const AssessmentSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Risk score in [0, 1]: an ordering for review queues, not a probability. */
  score: unit,
  level: z.enum(LEVELS),
  flagged: z.boolean(),
  thresholds: z.strictObject({ low: unit, medium: unit, high: unit }),
  language: z.strictObject({
    code: z.enum([...LANGUAGE_CODES, 'und']),
    confidence: unit,
    /** Rule packs applied, language-independent pack `xx` included. */
    packs: z.array(z.enum(PACK_IDS)),
  }),
  categories: z.strictObject(
    Object.fromEntries(CATEGORY_IDS.map((id) => [id, CategoryResultSchema])) as Record<
      (typeof CATEGORY_IDS)[number],
      typeof CategoryResultSchema
    >,
  ),
  signals: z.array(SignalSchema),
  context: z.strictObject({
    /** How strongly the text reads as awareness material (news, NGO notices), in [0, 1]. */
    awareness: unit,
    cues: z.array(
      z.strictObject({ id: z.string(), weight: unit, description: z.string(), evidence: z.array(EvidenceSchema) }),
    ),
    /** Rules whose words appeared only under negation ("we never charge fees"). */
    negated: z.array(z.strictObject({ ruleId: z.string(), evidence: z.array(EvidenceSchema) })),
    /**
     * Rules whose words appeared only in sentences framed as reported speech or advice by an
     * awareness cue ("police said their passports were taken", "if your employer keeps your
     * passport, call…"): named, not offered, so not counted.
     */
    reported: z.array(z.strictObject({ ruleId: z.string(), evidence: z.array(EvidenceSchema) })),
  }),
  /** Contacts, payment channels, prices and ages found in the ad, with raw offsets. */
  entities: z.array(EntitySchema),
  ruleset: z.strictObject({
    id: z.string(),
    version: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** Custom packs applied, each with the sha256 of its canonical JSON. */
    packs: z.array(z.strictObject({ pack: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })).optional(),
    /** The wording model that read the ad (absent with `model: false`). */
    model: z.string().optional(),
  }),
  warnings: z.array(z.strictObject({ code: z.enum(WARNING_CODES), message: z.string() })),
});

/**
 * The result of assessing one ad.
 *
 * @example
 * ```ts
 * import { assess, type Assessment } from 'trafficking-signals';
 * const r: Assessment = assess('Kidney donors wanted, $50,000 paid');
 * console.log(r.level, r.categories.organ_trade.score);
 * ```
 */
export type Assessment = z.output<typeof AssessmentSchema>;
/**
 * One signal of an Assessment: the rule that fired, why it matters, its source and evidence.
 *
 * @example
 * ```ts
 * import { assess, type Signal } from 'trafficking-signals';
 * const signals: Signal[] = assess('Placement fee required before travel').signals;
 * signals.map((s) => `${s.ruleId}: ${s.description} (${s.source})`);
 * ```
 */
export type Signal = Assessment['signals'][number];
/**
 * One evidence span, in the original input's UTF-16 offsets.
 *
 * @example
 * ```ts
 * import { assess, type Evidence } from 'trafficking-signals';
 * const ad = 'Passport kept by the agency';
 * const spans: Evidence[] = assess(ad).signals.flatMap((s) => s.evidence);
 * spans.every((e) => ad.slice(e.start, e.end) === e.text); // true
 * ```
 */
export type Evidence = z.output<typeof EvidenceSchema>;
/**
 * A warning code.
 *
 * @example
 * ```ts
 * import { assess, type WarningCode } from 'trafficking-signals';
 * const codes: WarningCode[] = assess('').warnings.map((w) => w.code); // ["empty_input", "language_undetermined"]
 * ```
 */
export type WarningCode = (typeof WARNING_CODES)[number];
