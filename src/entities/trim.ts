/**
 * Removes trailing characters of a set, without a regex (`/[.,]+$/` is quadratic on long runs).
 *
 * @example
 * ```ts
 * trimTrailing('example.com/..', './'); // "example.com"
 * ```
 */
export function trimTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] as string)) end--;
  return end === s.length ? s : s.slice(0, end);
}
