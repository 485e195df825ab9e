import { sha256 } from './sha256.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i] as const));

/** Base58 to bytes, or `null` for a character outside the alphabet. */
function decode(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of text) {
    let carry = INDEX.get(ch);
    if (carry === undefined) return null;
    for (let i = 0; i < bytes.length; i++) {
      carry += (bytes[i] as number) * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/**
 * Decodes a Base58Check string and verifies its checksum (the first four bytes of a double
 * SHA-256). Returns the payload with its version byte, or `null`.
 *
 * @example
 * ```ts
 * base58check('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')?.[0]; // 0 — a Bitcoin P2PKH address
 * ```
 */
export function base58check(text: string): Uint8Array | null {
  const bytes = decode(text);
  if (!bytes || bytes.length < 5) return null;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[payload.length + i]) return null;
  return payload;
}
