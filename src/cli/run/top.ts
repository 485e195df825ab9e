import type { ReportItem } from './types.js';

/**
 * The `k` highest-scoring records, ties broken by input order. Results arrive in input order,
 * so a newcomer that only ties the lowest kept score never displaces it: workers need only send
 * records scoring strictly above {@link TopRecords.floor}.
 */
export class TopRecords {
  readonly items: ReportItem[] = [];
  constructor(readonly k: number) {}

  /** The score a record must beat to enter: 0 while there is room (zero scores never enter). */
  get floor(): number {
    if (this.k === 0) return Infinity;
    return this.items.length < this.k ? 0 : (this.items[this.items.length - 1] as ReportItem).score;
  }

  add(item: ReportItem): void {
    if (this.k === 0 || item.score <= this.floor) return;
    let i = this.items.length;
    while (i > 0 && (this.items[i - 1] as ReportItem).score < item.score) i--;
    this.items.splice(i, 0, item);
    if (this.items.length > this.k) this.items.pop();
  }
}
