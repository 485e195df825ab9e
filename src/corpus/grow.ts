/**
 * A typed array of twice the length holding a copy of `a`: the growth step of the corpus's
 * append-only buffers (LSH band entries, union-find parents and sizes).
 *
 * @example
 * ```ts
 * doubled(new Int32Array([1, 2])); // Int32Array [1, 2, 0, 0]
 * ```
 */
export function doubled<T extends Int32Array | Uint32Array>(a: T): T {
  const next = new (a.constructor as new (n: number) => T)(a.length * 2);
  next.set(a);
  return next;
}
