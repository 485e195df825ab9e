/**
 * mulberry32: a small seeded PRNG, so generated corpora and kill points are the same on every
 * run (tests and benchmarks).
 *
 * @example
 * ```ts
 * const random = prng(20261124);
 * random(); // a number in [0, 1), the same sequence every time
 * ```
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
