import { trimTrailing } from './trim.js';
import { TLD_PATTERN } from './tld.js';
import { rawSpan, type EntityView } from './view.js';

/**
 * A URL or bare domain found in the text (offsets raw).
 *
 * @example
 * ```ts
 * const u: UrlMatch = { value: 'example.com/jobs', host: 'example.com', path: '/jobs', start: 0, end: 16 };
 * ```
 */
export interface UrlMatch {
  /** Host in lower case without "www.", then the path as written, no trailing slash. */
  value: string;
  host: string;
  /** Path, query and fragment as written (case kept: invite codes are case-sensitive). */
  path: string;
  start: number;
  end: number;
}

const URL_RE = new RegExp(
  String.raw`(?<![\w@./-])(?:(?:https?|hxxps?):\/\/|www\.)[^\s<>"'\u0060]+` +
    String.raw`|(?<![\w@./-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:${TLD_PATTERN})(?![\w-])(?:[/?#][^\s<>"'\u0060]*)?`,
  'g',
);
const MAYBE_DOMAIN = /[a-z0-9]\.[a-z]/;
const TRAILING = `.,;:!?'"])}>*`;
const SCHEME = /^(?:https?|hxxps?):\/\//i;

/**
 * Finds URLs (with a scheme or "www.") and bare domains with a known top-level domain
 * ("example.com/jobs", "t.me/anna"). Trailing sentence punctuation is left out. Skips what
 * `mask` covers (e-mail addresses) and marks what it takes.
 *
 * @example
 * ```ts
 * const v = createView('Apply at https://Example.com/Jobs.');
 * findUrls(v, new Uint8Array(v.s.length))[0]?.value; // "example.com/Jobs"
 * ```
 */
export function findUrls(view: EntityView, mask: Uint8Array): UrlMatch[] {
  const { s, raw } = view;
  // Most ads have no domain: a dot between a letter or digit and a letter is the cheap test.
  if (!MAYBE_DOMAIN.test(s)) return [];
  const out: UrlMatch[] = [];
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(s); m; m = URL_RE.exec(s)) {
    let text = m[0];
    const kept = trimTrailing(text, TRAILING);
    if (kept.length < text.length) {
      let cut = text.slice(kept.length);
      // Keep a closing bracket the URL itself opened: "wiki/Foo_(bar)".
      if (cut.startsWith(')') && text.includes('(')) cut = cut.slice(1);
      text = text.slice(0, text.length - cut.length);
    }
    const from = m.index;
    const to = from + text.length;
    if (text.length < 4 || mask[from] || mask[to - 1]) continue;
    const span = rawSpan(view, from, to);
    // Host from the folded text (full-width and accented look-alikes folded), path as written.
    const folded = s.slice(from, to);
    const scheme = SCHEME.exec(folded)?.[0].length ?? 0;
    const cut = folded.slice(scheme).search(/[/?#]/);
    let host = cut < 0 ? folded.slice(scheme) : folded.slice(scheme, scheme + cut);
    if (host.startsWith('www.')) host = host.slice(4);
    if (!host.includes('.')) continue;
    const path = cut < 0 ? '' : trimTrailing(raw.slice(view.rs[from + scheme + cut], span.end), '/');
    out.push({ value: host + path, host, path, ...span });
    mask.fill(1, from, to);
  }
  return out;
}
