/**
 * The signal categories. Ids are stable: they are part of the public result and are never
 * renamed or reused.
 *
 * @example
 * ```ts
 * import { assess, CATEGORY_IDS } from 'trafficking-signals';
 * const r = assess('Waitress wanted abroad');
 * for (const id of CATEGORY_IDS) console.log(id, r.categories[id].score);
 * ```
 */
export const CATEGORY_IDS = [
  'deceptive_recruitment',
  'debt_bondage',
  'document_control',
  'restricted_movement',
  'third_party_control',
  'minor_indicators',
  'movement_transience',
  'off_platform_contact',
  'untraceable_payment',
  'commercial_sex',
  'forced_criminality',
  'migrant_smuggling',
  'organ_trade',
  'vulnerability_targeting',
  'obfuscation',
] as const;

/**
 * One of the fifteen category ids.
 *
 * @example
 * ```ts
 * import type { CategoryId } from 'trafficking-signals';
 * const c: CategoryId = 'debt_bondage';
 * ```
 */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/**
 * Languages with a shipped rule pack, as ISO 639-1 codes.
 *
 * @example
 * ```ts
 * import { LANGUAGE_CODES } from 'trafficking-signals';
 * LANGUAGE_CODES.includes('de'); // true
 * ```
 */
export const LANGUAGE_CODES = ['en', 'fr', 'es', 'de', 'pt', 'it'] as const;

/**
 * An ISO 639-1 code of a language the library ships rules for.
 *
 * @example
 * ```ts
 * import type { LanguageCode } from 'trafficking-signals';
 * const lang: LanguageCode = 'fr';
 * ```
 */
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** Pack id of the language-independent pack (emoji codes, platform names, crypto words). */
export const UNIVERSAL_PACK = 'xx' as const;
