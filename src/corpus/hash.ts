/** 32-bit hashing for shingles and MinHash: FNV-1a for strings, the MurmurHash3 finaliser to mix. */

/**
 * FNV-1a of a string's UTF-16 units, as an unsigned 32-bit integer.
 *
 * @example
 * ```ts
 * fnv1a('') === 0x811c9dc5; // true
 * ```
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * MurmurHash3's 32-bit finaliser: every input bit affects every output bit.
 *
 * @example
 * ```ts
 * fmix32(0) === 0; // true
 * ```
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
