import { TLDS } from './tld.js';
import { rawSpan, type EntityView } from './view.js';

/**
 * An e-mail address found in the text (offsets raw).
 *
 * @example
 * ```ts
 * const e: EmailMatch = { value: 'anna@example.com', start: 0, end: 16, obscured: false };
 * ```
 */
export interface EmailMatch {
  value: string;
  start: number;
  end: number;
  obscured: boolean;
}

const LOCAL = /[a-z0-9._%+-]/;
const DOMAIN_PLAIN = /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}(?![a-z0-9-])/y;

function localStart(s: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 64 && LOCAL.test(s[i - 1] as string)) i--;
  while (i < at && (s[i] === '.' || s[i] === '-')) i++;
  return i;
}

/** Plain addresses: local@domain.tld. */
function findPlain(view: EntityView, mask: Uint8Array, out: EmailMatch[]): void {
  const { s } = view;
  for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
    const from = localStart(s, at);
    if (from === at) continue;
    DOMAIN_PLAIN.lastIndex = at + 1;
    const m = DOMAIN_PLAIN.exec(s);
    if (!m) continue;
    const end = at + 1 + m[0].length;
    if (mask[from] || mask[end - 1]) continue;
    const span = rawSpan(view, from, end);
    out.push({ value: s.slice(from, end), ...span, obscured: false });
    mask.fill(1, from, end);
  }
}

/** "[at]", "(at)", "{at}", " at ", " @ ", and the same word in French, Spanish, Portuguese, Italian, German. */
// Leading white space only from the start of a run ((?<!\s)): linear on long runs of spaces.
const AT = /(?<!\s)\s*[[({<]\s*(?:at|@|arroba|arobase|chiocciola|klammeraffe|ät)\s*[\])}>]\s*|(?<!\s)\s+(?:at|arroba|arobase|chiocciola)\s+|(?<!\s)\s+@\s*|@\s*/g;
const DOT = /(?<!\s)\s*[[({<]\s*(?:dot|punto|point|ponto|punkt|\.)\s*[\])}>]\s*|(?<!\s)\s+(?:dot|punto|point|ponto|punkt)\s+|\s?\.\s?/y;
const LABEL = /[a-z0-9-]{1,63}/y;
const BARE_AT = /^\s+(?:at|arroba|arobase|chiocciola)\s+$/;
/** Words that end up before a bare " at " in ordinary sentences ("visit us at example.com"). */
const NOT_LOCAL = new Set(
  `us me you him her them it look visit find online here there home work available located based call text message
  contact reach email mail write apply join see live click stay meet open arrive arriving shop info is are be we i`.split(/\s+/),
);

/** Spelled-out addresses: "anna [at] example [dot] com", "anna at example dot com". */
function findObscured(view: EntityView, mask: Uint8Array, out: EmailMatch[]): void {
  const { s } = view;
  if (!/at|@|arroba|arobase|chiocciola|klammeraffe/.test(s)) return;
  AT.lastIndex = 0;
  for (let m = AT.exec(s); m; m = AT.exec(s)) {
    const atStart = m.index;
    const atEnd = m.index + m[0].length;
    if (mask[atStart] || mask[atEnd - 1]) continue;
    const from = localStart(s, atStart);
    if (from === atStart) continue;
    const local = s.slice(from, atStart);
    const bare = BARE_AT.test(m[0]);
    if (bare && (NOT_LOCAL.has(local) || local.length < 2)) continue;
    const labels: string[] = [];
    let pos = atEnd;
    let end = -1;
    let spelledDot = false;
    let domainEnd = -1;
    for (;;) {
      LABEL.lastIndex = pos;
      const l = LABEL.exec(s);
      if (!l) break;
      labels.push(l[0]);
      pos += l[0].length;
      if (labels.length >= 2 && TLDS.has(l[0]) && !/[a-z0-9]/.test(s[pos] ?? '')) {
        end = pos;
        domainEnd = labels.length;
      }
      DOT.lastIndex = pos;
      const d = DOT.exec(s);
      if (!d || labels.length >= 6) break;
      if (d[0].trim() !== '.') spelledDot = true;
      pos += d[0].length;
    }
    if (end < 0 || mask[end - 1]) continue;
    if (bare && !spelledDot && local.length < 3) continue;
    const value = `${local}@${labels.slice(0, domainEnd).join('.')}`;
    out.push({ value, ...rawSpan(view, from, end), obscured: true });
    mask.fill(1, from, end);
    AT.lastIndex = end;
  }
}

/**
 * Finds e-mail addresses, plain and spelled out ("name [at] domain [dot] com",
 * "name(at)domain(dot)com", "name at domain dot com", "arroba"/"punto" and the like). Values are
 * lower case. Marks what it takes in `mask`.
 *
 * @example
 * ```ts
 * const v = createView('Write to Anna [at] example [dot] com');
 * findEmails(v, new Uint8Array(v.s.length))[0]?.value; // "anna@example.com"
 * ```
 */
export function findEmails(view: EntityView, mask: Uint8Array): EmailMatch[] {
  const out: EmailMatch[] = [];
  findPlain(view, mask, out);
  findObscured(view, mask, out);
  return out;
}
