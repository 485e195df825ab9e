import { z } from 'zod';
import { CURRENCIES } from './currency.js';
import { GIFT_CARD_BRANDS } from './gift-card.js';
import { PLATFORMS } from './handle.js';
import { PERIODS } from './period.js';
import { CHAINS } from './wallet.js';

/**
 * Kinds of entity, in the order they are documented.
 *
 * @example
 * ```ts
 * import { ENTITY_TYPES } from 'trafficking-signals';
 * ENTITY_TYPES.includes('wallet'); // true
 * ```
 */
export const ENTITY_TYPES = ['phone', 'email', 'url', 'handle', 'wallet', 'gift_card', 'price', 'age'] as const;
/**
 * How a phone number was disguised.
 *
 * @example
 * ```ts
 * import { PHONE_OBFUSCATIONS } from 'trafficking-signals';
 * PHONE_OBFUSCATIONS.includes('emoji'); // true
 * ```
 */
export const PHONE_OBFUSCATIONS = ['emoji', 'invisible', 'letters', 'separators', 'styled_digits', 'words'] as const;

const span = {
  /** The entity as written: `input.slice(start, end) === text`. */
  text: z.string(),
  /** Half-open UTF-16 offsets into the original input. */
  start: z.number().int().min(0),
  end: z.number().int().min(0),
};

const PhoneSchema = z.strictObject({
  type: z.literal('phone'),
  /** E.164 ("+447700900123") when the country is known or could be inferred, else the digits. */
  value: z.string(),
  ...span,
  /** ISO 3166-1 alpha-2 country, when known. */
  country: z.string().length(2).optional(),
  /** Written with "+" or "00" and a country code. */
  international: z.boolean(),
  /** The digits fall in a number range in use (libphonenumber), not only the right length. */
  valid: z.boolean(),
  obscured: z.boolean(),
  /** How the number was disguised; empty when written plainly. */
  obfuscation: z.array(z.enum(PHONE_OBFUSCATIONS)),
});

const EmailSchema = z.strictObject({
  type: z.literal('email'),
  /** The address in lower case. */
  value: z.string(),
  ...span,
  /** Spelled out: "name [at] domain [dot] com". */
  obscured: z.boolean(),
});

const UrlSchema = z.strictObject({
  type: z.literal('url'),
  /** Host in lower case without "www.", then the path as written, no trailing slash. */
  value: z.string(),
  ...span,
  host: z.string(),
});

const HandleSchema = z.strictObject({
  type: z.literal('handle'),
  /** User name in lower case without "@"; an E.164 number (kind `phone`); or an invite code as written. */
  value: z.string(),
  ...span,
  platform: z.enum(PLATFORMS),
  kind: z.enum(['username', 'phone', 'invite']),
  /** Found in a messenger link (wa.me, t.me…) or named in the text. */
  via: z.enum(['url', 'mention']),
});

const WalletSchema = z.strictObject({
  type: z.literal('wallet'),
  /** The address; Bech32 and Ethereum addresses in lower case. */
  value: z.string(),
  ...span,
  chain: z.enum(CHAINS),
  format: z.enum(['p2pkh', 'p2sh', 'bech32', 'bech32m', 'hex', 'base58']),
  /** `valid`: checksum verified; `none`: an Ethereum address in one case carries none. */
  checksum: z.enum(['valid', 'none']),
});

const GiftCardSchema = z.strictObject({
  type: z.literal('gift_card'),
  /** Same as `brand`. */
  value: z.string(),
  ...span,
  brand: z.enum(GIFT_CARD_BRANDS),
});

const PriceSchema = z.strictObject({
  type: z.literal('price'),
  /** Canonical form: "3000 USD/month", "2000-3000 EUR", "20/hour". */
  value: z.string(),
  ...span,
  amount: z.number().min(0),
  /** Upper end of a range. */
  max: z.number().min(0).optional(),
  /** ISO 4217 code; a bare "$" reads as USD and "pesos" as MXN. */
  currency: z.enum(CURRENCIES).optional(),
  period: z.enum(PERIODS).optional(),
});

const AgeSchema = z.strictObject({
  type: z.literal('age'),
  /** The age, or the lower end of a range. */
  value: z.number().int().min(0),
  ...span,
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
  /** Written in words ("dix-sept ans"). */
  written: z.boolean(),
  /** A lower bound of who may apply ("16+", "from 16", "ab 14", "16 ans et plus"), not a person's stated age. */
  atLeast: z.literal(true).optional(),
  /** The year of birth the age was read from ("Jg. 2010", "born in 2009"), as of the options' `referenceYear`. */
  bornIn: z.number().int().optional(),
});

/**
 * An entity found in an ad: a contact (phone, e-mail, URL, messenger handle), a payment
 * channel (wallet, gift card), a price or an age. Discriminated on `type`; every entity has
 * `value` (normalised), `text`, `start` and `end` (raw offsets).
 *
 * @example
 * ```ts
 * import { EntitySchema, extractEntities } from 'trafficking-signals';
 * extractEntities('WhatsApp +44 7700 900123').forEach((e) => EntitySchema.parse(e));
 * ```
 */
export const EntitySchema = z.discriminatedUnion('type', [
  PhoneSchema,
  EmailSchema,
  UrlSchema,
  HandleSchema,
  WalletSchema,
  GiftCardSchema,
  PriceSchema,
  AgeSchema,
]);

/**
 * An entity.
 *
 * @example
 * ```ts
 * import { extractEntities, type Entity } from 'trafficking-signals';
 * const contacts: Entity[] = extractEntities(ad).filter((e) => e.type === 'phone' || e.type === 'handle');
 * ```
 */
export type Entity = z.output<typeof EntitySchema>;
/**
 * A kind of entity.
 *
 * @example
 * ```ts
 * import type { EntityType } from 'trafficking-signals';
 * const t: EntityType = 'gift_card';
 * ```
 */
export type EntityType = (typeof ENTITY_TYPES)[number];
/**
 * An entity of one kind: `EntityOf<'phone'>`.
 *
 * @example
 * ```ts
 * import { extractEntities, type EntityOf } from 'trafficking-signals';
 * const phones = extractEntities(ad).filter((e): e is EntityOf<'phone'> => e.type === 'phone');
 * ```
 */
export type EntityOf<T extends EntityType> = Extract<Entity, { type: T }>;

/**
 * Options of `extractEntities`. Unknown keys are rejected.
 *
 * @example
 * ```ts
 * import { ExtractOptionsSchema } from 'trafficking-signals';
 * ExtractOptionsSchema.parse({ language: 'fr', defaultCountry: 'FR' });
 * ```
 */
export const ExtractOptionsSchema = z.strictObject({
  /** Language of the ad (ISO 639-1); `und` reads number words of all six. Guessed from common words when absent. */
  language: z.enum(['en', 'fr', 'es', 'de', 'pt', 'it', 'und']).optional(),
  /** ISO 3166-1 alpha-2 country tried first for numbers written without a country code. */
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in upper case, like "GB"')
    .optional(),
  /** Only these kinds (all when absent): linking asks for contacts only, which is faster. */
  types: z.array(z.enum(ENTITY_TYPES)).optional(),
  /**
   * The year ages are counted in when an ad gives a year of birth ("Jg. 2010", "born in 2009"):
   * the current UTC year when absent. Set it to score old ads as of their posting year, or to
   * make results independent of the clock.
   */
  referenceYear: z.number().int().min(1900).max(2200).optional(),
});

/**
 * Options of `extractEntities`.
 *
 * @example
 * ```ts
 * import type { ExtractOptions } from 'trafficking-signals';
 * const options: ExtractOptions = { language: 'es', types: ['phone', 'price'] };
 * ```
 */
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
