import { getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { Entity } from '../entities/schema.js';

/**
 * A contact that can link ads, as an interned key and how to show it.
 *
 * @example
 * ```ts
 * const key: ContactKey = { type: 'phone', key: 'phone:7700900123', display: '+447700900123' };
 * ```
 */
export interface ContactKey {
  type: 'phone' | 'email' | 'handle' | 'wallet';
  /** Matching form: phone numbers by national significant number, so "+44 7700 900123" meets "07700 900123". */
  key: string;
  /** Shown form: E.164 when known, `platform:name` for handles. */
  display: string;
}

/** The national significant number: E.164 without its country code, or national digits without the trunk prefix. */
function nationalDigits(value: string, country: string | undefined): string {
  if (value.startsWith('+')) {
    if (country) {
      try {
        const code = getCountryCallingCode(country as CountryCode);
        if (value.startsWith(`+${code}`)) return value.slice(1 + code.length);
      } catch {
        // an unknown country: keep every digit
      }
    }
    try {
      return parsePhoneNumberFromString(value, { extract: false })?.nationalNumber ?? value.slice(1);
    } catch {
      return value.slice(1);
    }
  }
  if (value.length === 11 && value.startsWith('1')) return value.slice(1);
  return value.replace(/^0+/, '');
}

/**
 * The contacts of an ad that can link it to others: phone numbers (a WhatsApp, Signal or
 * Telegram handle that is a number counts as that phone), e-mail addresses, messenger handles
 * per platform, wallet addresses. Deduplicated.
 *
 * @example
 * ```ts
 * contactKeys(extractEntities('WhatsApp +44 7700 900123'), new Set(['phone'])).map((k) => k.key);
 * // ["phone:7700900123"]
 * ```
 */
export function contactKeys(entities: readonly Entity[], linkBy: ReadonlySet<string>): ContactKey[] {
  const out = new Map<string, ContactKey>();
  const add = (k: ContactKey): void => {
    const prev = out.get(k.key);
    if (!prev || (!prev.display.startsWith('+') && k.display.startsWith('+'))) out.set(k.key, k);
  };
  for (const e of entities) {
    if (e.type === 'phone' || (e.type === 'handle' && e.kind === 'phone')) {
      if (!linkBy.has('phone')) continue;
      const country = e.type === 'phone' ? e.country : undefined;
      add({ type: 'phone', key: `phone:${nationalDigits(e.value, country)}`, display: e.value });
    } else if (e.type === 'email' && linkBy.has('email')) {
      add({ type: 'email', key: `email:${e.value}`, display: e.value });
    } else if (e.type === 'handle' && linkBy.has('handle')) {
      const name = e.kind === 'invite' ? `invite/${e.value}` : e.value;
      add({ type: 'handle', key: `handle:${e.platform}:${name}`, display: `${e.platform}:${name}` });
    } else if (e.type === 'wallet' && linkBy.has('wallet')) {
      add({ type: 'wallet', key: `wallet:${e.value}`, display: `${e.chain}:${e.value}` });
    }
  }
  return [...out.values()];
}
