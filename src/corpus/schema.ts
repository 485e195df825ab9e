import { z } from 'zod';
import { LEVELS } from '../score/index.js';

/**
 * What can link two ads.
 *
 * @example
 * ```ts
 * import { LINK_KEY_TYPES } from 'trafficking-signals';
 * LINK_KEY_TYPES.includes('template'); // true
 * ```
 */
export const LINK_KEY_TYPES = ['phone', 'email', 'handle', 'wallet', 'template'] as const;
/** Error codes of skipped items. */
const SKIP_CODES = ['invalid_input', 'internal_error'] as const;

/**
 * One ad of a corpus. `date` (ISO 8601 or anything `Date.parse` reads) is optional; it gives
 * each cluster a time span.
 *
 * @example
 * ```ts
 * import type { LinkItem } from 'trafficking-signals';
 * const item: LinkItem = { id: 'ad-1', text: 'New in town…', date: '2024-05-12' };
 * ```
 */
export interface LinkItem {
  id: string;
  text: string;
  date?: string;
}

/**
 * Options of `linkCorpus`. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { LinkOptionsSchema } from 'trafficking-signals';
 * LinkOptionsSchema.parse({ jaccardThreshold: 0.7, linkBy: ['phone', 'text'] });
 * ```
 */
export const LinkOptionsSchema = z.strictObject({
  /**
   * Two ads are near-duplicates at this Jaccard similarity of their word 3-shingles or more
   * (names, cities and numbers read as placeholders). 0.6 keeps an operator's reworded variants
   * together and unrelated ads on a common theme apart.
   */
  jaccardThreshold: z.number().gt(0).max(1).default(0.6),
  /** Words per shingle. */
  shingleSize: z.number().int().min(1).max(8).default(3),
  /**
   * LSH bands × rows = MinHash functions; candidates are verified by exact Jaccard. With 24
   * bands of 4 rows a pair at J = 0.6 meets in a bucket with probability 0.96, at J = 0.7 with
   * 0.998, at J = 0.2 with 0.04 (fewer wasted comparisons than 20 × 3, same recall in clusters).
   */
  bands: z.number().int().min(1).max(64).default(24),
  rows: z.number().int().min(1).max(8).default(4),
  /** Ads with fewer shingles are linked by contacts only (too short to call a template). */
  minShingles: z.number().int().min(1).default(8),
  /** What links ads: shared contacts of these kinds, and near-duplicate text. */
  linkBy: z.array(z.enum(['phone', 'email', 'handle', 'wallet', 'text'])).default(['phone', 'email', 'handle', 'wallet', 'text']),
  /** Smallest cluster reported. */
  minClusterSize: z.number().int().min(2).default(2),
  /** Score the members of each cluster with `assess()` for `maxLevel` (clusters only, not singletons). */
  assess: z.boolean().default(true),
  /** Options for `assess()`; validated by it. */
  assessOptions: z.record(z.string(), z.unknown()).optional(),
  /** Language of every ad (ISO 639-1); guessed per ad from common words when absent. */
  language: z.enum(['en', 'fr', 'es', 'de', 'pt', 'it']).optional(),
  /** Country tried first for phone numbers written without a country code. */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
  /** Longer texts are read up to this many UTF-16 units. */
  maxLength: z.number().int().min(1).default(100_000),
});

/**
 * Options of `linkCorpus` as accepted.
 *
 * @example
 * ```ts
 * import type { LinkOptions } from 'trafficking-signals';
 * const options: LinkOptions = { jaccardThreshold: 0.7, assess: false };
 * ```
 */
export type LinkOptions = z.input<typeof LinkOptionsSchema>;
/**
 * Options of `linkCorpus` after defaults.
 *
 * @example
 * ```ts
 * const opts: ResolvedLinkOptions = LinkOptionsSchema.parse({});
 * opts.jaccardThreshold; // 0.6
 * ```
 */
export type ResolvedLinkOptions = z.output<typeof LinkOptionsSchema>;

const KeySchema = z.strictObject({
  type: z.enum(LINK_KEY_TYPES),
  /** Phone E.164 (or digits), e-mail, `platform:name` for handles, wallet address, template fingerprint. */
  value: z.string(),
  /** Members carrying it. */
  count: z.number().int().min(2),
});

/**
 * A group of ads linked by shared contacts and/or near-duplicate text — a corpus-level fact,
 * kept apart from each ad's own score.
 *
 * @example
 * ```ts
 * import { ClusterSchema, linkCorpus } from 'trafficking-signals';
 * const { clusters } = await linkCorpus(ads);
 * clusters.forEach((c) => ClusterSchema.parse(c));
 * ```
 */
export const ClusterSchema = z.strictObject({
  /** "cluster:" and the smallest member id: stable while that member stays. */
  id: z.string(),
  size: z.number().int().min(2),
  /** Member ids, sorted. */
  members: z.array(z.string()),
  /** What links the members: contacts shared by two or more, and the template fingerprint. */
  keys: z.array(KeySchema),
  /** The links in words: "7 ads share phone +15550123", "5 ads are near-duplicates (Jaccard ≥ 0.6)". */
  reasons: z.array(z.string()),
  /** Number of distinct contacts shared by two or more members. */
  sharedContacts: z.number().int().min(0),
  /** City names in the members' text (built-in list; approximate). */
  cities: z.array(z.string()),
  distinctCities: z.number().int().min(0),
  /** Given names in the members' text (built-in list; approximate). */
  names: z.array(z.string()),
  distinctNames: z.number().int().min(0),
  /** First and last member date, when members carry dates. */
  timeSpan: z.strictObject({ first: z.string(), last: z.string(), days: z.number().min(0) }).optional(),
  /** Highest `assess()` level among the members (absent when `assess: false`). */
  maxLevel: z.enum(LEVELS).optional(),
});

/**
 * A cluster of linked ads.
 *
 * @example
 * ```ts
 * import { linkCorpus, type Cluster } from 'trafficking-signals';
 * const big: Cluster[] = (await linkCorpus(ads)).clusters.filter((c) => c.distinctCities >= 3);
 * ```
 */
export type Cluster = z.output<typeof ClusterSchema>;

/**
 * What `linkCorpus` returns.
 *
 * @example
 * ```ts
 * import { LinkResultSchema, linkCorpus } from 'trafficking-signals';
 * LinkResultSchema.parse(await linkCorpus([{ id: 'a', text: 'x' }]));
 * ```
 */
export const LinkResultSchema = z.strictObject({
  clusters: z.array(ClusterSchema),
  stats: z.strictObject({
    /** Items received, skipped ones included. */
    items: z.number().int().min(0),
    /** Items read. */
    ads: z.number().int().min(0),
    skipped: z.number().int().min(0),
    /** Ads in a reported cluster. */
    linked: z.number().int().min(0),
    clusters: z.number().int().min(0),
    /** Distinct contacts seen. */
    contacts: z.number().int().min(0),
    /** Ad pairs that met in an LSH bucket and had their Jaccard computed. */
    candidatePairs: z.number().int().min(0),
    /** Of those, pairs at or above the threshold. */
    nearDuplicatePairs: z.number().int().min(0),
    /** Dates that could not be read (treated as absent). */
    invalidDates: z.number().int().min(0),
    durationMs: z.number().min(0),
  }),
  /** Items that could not be read, with why: never dropped silently. */
  skipped: z.array(
    z.strictObject({
      index: z.number().int().min(0),
      id: z.string().optional(),
      error: z.strictObject({ code: z.enum(SKIP_CODES), message: z.string() }),
    }),
  ),
});

/**
 * What `linkCorpus` returns.
 *
 * @example
 * ```ts
 * import { linkCorpus, type LinkResult } from 'trafficking-signals';
 * const result: LinkResult = await linkCorpus(ads);
 * result.stats.linked;
 * ```
 */
export type LinkResult = z.output<typeof LinkResultSchema>;
/**
 * A skipped item.
 *
 * @example
 * ```ts
 * import { linkCorpus, type SkippedItem } from 'trafficking-signals';
 * const bad: SkippedItem[] = (await linkCorpus([{ id: 'a' }])).skipped; // [{ index: 0, id: 'a', error: { code: 'invalid_input', … } }]
 * ```
 */
export type SkippedItem = LinkResult['skipped'][number];
