import { doubled } from './grow.js';

/**
 * Disjoint sets over 0…n-1 that grow as items arrive: union by size, path halving. Linking
 * joins ads into clusters through it; a cluster is a set.
 *
 * @example
 * ```ts
 * const uf = new UnionFind();
 * const a = uf.add();
 * const b = uf.add();
 * uf.union(a, b);
 * uf.find(a) === uf.find(b); // true
 * ```
 */
export class UnionFind {
  private parent = new Int32Array(1024);
  private size = new Int32Array(1024);
  private count = 0;

  /** Adds one set holding the next index and returns that index. */
  add(): number {
    if (this.count === this.parent.length) {
      this.parent = doubled(this.parent);
      this.size = doubled(this.size);
    }
    const i = this.count++;
    this.parent[i] = i;
    this.size[i] = 1;
    return i;
  }

  /** The representative of `i`'s set. */
  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      const up = p[p[i] as number] as number;
      p[i] = up;
      i = up;
    }
    return i;
  }

  /** Joins the sets of `a` and `b`; true when they were apart. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if ((this.size[ra] as number) < (this.size[rb] as number)) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra] = (this.size[ra] as number) + (this.size[rb] as number);
    return true;
  }

  /** Number of items added. */
  get length(): number {
    return this.count;
  }
}
