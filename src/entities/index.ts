/**
 * Entities of an ad: contacts, payment channels, prices and ages, with raw offsets.
 *
 * @packageDocumentation
 */
export { extractEntities } from './extract.js';
export { EntitySchema, ENTITY_TYPES, ExtractOptionsSchema, PHONE_OBFUSCATIONS } from './schema.js';
export type { Entity, EntityOf, EntityType, ExtractOptions } from './schema.js';
export { HOURS_PER, IMPLAUSIBLE_FACTOR, isImplausibleWage, WAGE_REFERENCES } from './wage.js';
export { CURRENCIES } from './currency.js';
export type { Currency } from './currency.js';
export { PERIODS } from './period.js';
export type { Period } from './period.js';
export { PLATFORMS } from './handle.js';
export type { Platform } from './handle.js';
export { CHAINS } from './wallet.js';
export type { Chain } from './wallet.js';
export { GIFT_CARD_BRANDS } from './gift-card.js';
export type { GiftCardBrand } from './gift-card.js';
export type { EntityLanguage } from './number-words.js';
