import { type EntityView, foldRaw } from '../prepare/fold.js';

export type { EntityView } from '../prepare/fold.js';

/**
 * The folded view of a raw string (see {@link foldRaw}), for callers that have no prepared
 * text: entity extraction on its own and corpus linking.
 *
 * @example
 * ```ts
 * const v = createView('Ｃall ①②③');
 * v.s; // "call 123"
 * v.raw.slice(v.rs[5], v.re[5]); // "①"
 * ```
 */
export function createView(raw: string): EntityView {
  return foldRaw(raw).view;
}

/** Keycap marks, variation selectors and joiners that belong to the character before them. */
const TRAILING = /^[\u20e3\ufe0e\ufe0f\u200d\u0300-\u036f]+/;

/**
 * The raw span of folded units `[i, j)`, widened over any keycap mark or variation selector
 * that follows, so "1️⃣" is reported whole.
 *
 * @example
 * ```ts
 * const v = createView('1\uFE0F\u20E3');
 * rawSpan(v, 0, 1); // { start: 0, end: 3 }
 * ```
 */
export function rawSpan(view: EntityView, i: number, j: number): { start: number; end: number } {
  const start = view.rs[i] as number;
  let end = view.re[j - 1] as number;
  const rest = TRAILING.exec(view.raw.slice(end, end + 8));
  if (rest) end += rest[0].length;
  return { start, end };
}
