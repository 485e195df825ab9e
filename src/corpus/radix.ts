/**
 * The order that sorts `keys[0…n)` ascending, stable: a two-pass LSD radix sort on 16-bit
 * halves, linear in n. Groups ads that fell into the same LSH bucket.
 *
 * @example
 * ```ts
 * Array.from(sortOrder(Uint32Array.of(5, 1, 5, 0), 4)); // [3, 1, 0, 2]
 * ```
 */
export function sortOrder(keys: Uint32Array, n: number): Uint32Array {
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const counts = new Uint32Array(65537);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const b = (((keys[i] as number) >>> shift) & 0xffff) + 1;
      counts[b] = (counts[b] as number) + 1;
    }
    for (let b = 1; b < counts.length; b++) counts[b] = (counts[b] as number) + (counts[b - 1] as number);
    for (let i = 0; i < n; i++) {
      const idx = order[i] as number;
      const b = ((keys[idx] as number) >>> shift) & 0xffff;
      next[counts[b] as number] = idx;
      counts[b] = (counts[b] as number) + 1;
    }
    [order, next] = [next, order];
  }
  return order;
}
