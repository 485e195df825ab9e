/**
 * Top-level domains recognised in bare domain names ("example.com", "t.me") and in spelled-out
 * e-mail addresses ("anna at example dot com"). A short list on purpose: generic domains,
 * the country domains of the six languages' countries and the ones URL shorteners and
 * messengers use. With a full list, "photo.jpg" or "e.g" would read as domains.
 */
const LIST = `com net org info biz io co me us uk de fr es it pt br mx ar cl pe ve ec uy py bo
  ch at be nl lu ie eu ca au nz ru ua pl ro cz sk hu gr tr ae qa sa kh mm th la vn ph my sg in
  cn jp kr hk tw id za ng ke gh ma dz tn eg xyz top online site club app dev link live ly to gg
  cc tv ws fm page shop store biz pro mobi name tk ml ga cf gq am ai sh vip win icu cam bio`;

/**
 * The set, expanded once.
 *
 * @example
 * ```ts
 * TLDS.has('com'); // true
 * TLDS.has('jpg'); // false
 * ```
 */
export const TLDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));

/**
 * The list as a regular-expression alternation, longest first.
 *
 * @example
 * ```ts
 * new RegExp(`\\.(?:${TLD_PATTERN})$`).test('example.com'); // true
 * ```
 */
export const TLD_PATTERN = [...TLDS].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|');
