import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

/** One share of a corpus: records whose id hashes to `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `--shard i/N`.
 *
 * @example
 * ```ts
 * parseShard('2/8'); // { index: 2, count: 8 }
 * ```
 */
export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || count > 1_000_000 || index < 1 || index > count) {
    throw new UsageError(`--shard must be i/N with 1 <= i <= N (for example --shard 3/8), got '${text}'.`);
  }
  return { index, count };
}

/**
 * The 1-based shard of an id: the first 32 bits of the MD5 of the id's UTF-8 text, modulo the
 * shard count, plus one. Stable across machines and easy to reproduce elsewhere — in Python:
 * `int(hashlib.md5(str(id).encode()).hexdigest()[:8], 16) % N + 1`.
 *
 * @example
 * ```ts
 * shardOf('ad-1', 4); // a number from 1 to 4, always the same for 'ad-1'
 * ```
 */
export function shardOf(id: string | number, count: number): number {
  if (count === 1) return 1;
  const digest = createHash('md5').update(String(id), 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}
