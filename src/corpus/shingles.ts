import type { EntityToken } from '../entities/tokens.js';
import { fmix32, fnv1a } from './hash.js';

/**
 * Placeholders a template's variable parts are read as, so swapped values do not break a match.
 *
 * @example
 * ```ts
 * PLACEHOLDER.city; // "<city>"
 * ```
 */
export const PLACEHOLDER = { number: '#', name: '<name>', city: '<city>' } as const;

/** Punctuation that ends a sentence: shingles do not cross it, so reordered sentences keep theirs. */
const SENTENCE_END = new Set(['.', '!', '?', '…', ';', '•', '|']);

/**
 * The set of word shingles of an ad — hashes of each run of `size` consecutive words within a
 * sentence (a shorter sentence is one shingle) — as a sorted array without repeats. Words are
 * the folded tokens; numbers read as "#", and tokens the caller marks (contacts, given names,
 * city names) as their placeholder or not at all, so that an operator's variants of one
 * template — names, cities, prices and phone numbers swapped, sentences reordered — keep most
 * of their shingles.
 *
 * @example
 * ```ts
 * const tokens = tokenizeView('new in town call me now');
 * shingleSet(tokens, 3, () => undefined).length; // 4
 * ```
 */
export function shingleSet(
  tokens: readonly EntityToken[],
  size: number,
  replace: (token: EntityToken, index: number) => string | null | undefined,
): Uint32Array {
  const out: number[] = [];
  let words: number[] = [];
  const flush = (): void => {
    const n = words.length;
    if (n === 0) return;
    const last = Math.max(1, n - size + 1);
    for (let i = 0; i < last; i++) {
      let h = 0x9e3779b9;
      for (let k = 0; k < size && i + k < n; k++) h = fmix32((h ^ (words[i + k] as number)) + k);
      out.push(h);
    }
    words = [];
  };
  tokens.forEach((t, i) => {
    if (t.newline) flush();
    if (t.kind === 'punct') {
      if (SENTENCE_END.has(t.text)) flush();
      return;
    }
    const r = replace(t, i);
    if (r === null) return;
    words.push(fnv1a(r ?? (t.kind === 'num' ? PLACEHOLDER.number : t.text)));
  });
  flush();
  const set = Uint32Array.from(out).sort();
  let w = 0;
  for (let i = 0; i < set.length; i++) if (i === 0 || set[i] !== set[w - 1]) set[w++] = set[i] as number;
  return set.subarray(0, w);
}

/**
 * Jaccard similarity of two sorted sets without repeats: |A ∩ B| / |A ∪ B|.
 *
 * @example
 * ```ts
 * jaccard(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4)); // 0.5
 * ```
 */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return common / (a.length + b.length - common);
}
