import { trimTrailing } from './trim.js';
import { resolveInternational } from './phone-country.js';
import type { PhoneMatch } from './phone.js';
import type { UrlMatch } from './url.js';
import { rawSpan, type EntityView } from './view.js';

/**
 * Messaging platforms a handle can belong to; `unknown` for an "@name" no platform is named for.
 *
 * @example
 * ```ts
 * import { PLATFORMS } from 'trafficking-signals';
 * PLATFORMS.includes('telegram'); // true
 * ```
 */
export const PLATFORMS = ['whatsapp', 'telegram', 'signal', 'snapchat', 'instagram', 'wechat', 'line', 'kik', 'unknown'] as const;
/**
 * A messaging platform.
 *
 * @example
 * ```ts
 * import type { Platform } from 'trafficking-signals';
 * const p: Platform = 'whatsapp';
 * ```
 */
export type Platform = (typeof PLATFORMS)[number];

/**
 * A handle found in the text (offsets raw).
 *
 * @example
 * ```ts
 * const h: HandleMatch = { platform: 'telegram', value: 'anna_x', kind: 'username', via: 'mention', start: 0, end: 17 };
 * ```
 */
export interface HandleMatch {
  platform: Platform;
  /** A user name in lower case without "@", an E.164 number, or an invite code as written. */
  value: string;
  kind: 'username' | 'phone' | 'invite';
  via: 'url' | 'mention';
  start: number;
  end: number;
}

const USERNAME = /^@?([a-z0-9_.][a-z0-9_.-]{1,31})$/i;

function fromPath(platform: Platform, segment: string | undefined): Pick<HandleMatch, 'platform' | 'value' | 'kind'> | null {
  if (!segment) return null;
  const m = USERNAME.exec(segment);
  const name = (m?.[1] === undefined ? undefined : trimTrailing(m[1], '.'));
  return name && name.length >= 2 ? { platform, value: name.toLowerCase(), kind: 'username' } : null;
}

function phoneValue(digits: string): string | null {
  const d = digits.replace(/\D/g, '');
  if (d.length < 7 || d.length > 15) return null;
  return resolveInternational(d)?.e164 ?? `+${d}`;
}

/**
 * What a messenger link points to: wa.me and api.whatsapp.com numbers, WhatsApp group
 * invites, t.me / telegram.me names and invites, instagram.com, snapchat.com/add, line.me,
 * kik.me, signal.me numbers and signal.group invites.
 */
function classify(u: UrlMatch): Pick<HandleMatch, 'platform' | 'value' | 'kind'> | null {
  const parts = u.path.split(/[/?#&]/).filter(Boolean);
  const first = parts[0];
  switch (u.host) {
    case 'wa.me': {
      const phone = first && /^\+?\d[\d-]{6,}$/.test(first) ? phoneValue(first) : null;
      if (phone) return { platform: 'whatsapp', value: phone, kind: 'phone' };
      return first === 'message' && parts[1] ? { platform: 'whatsapp', value: parts[1], kind: 'invite' } : null;
    }
    case 'api.whatsapp.com':
    case 'whatsapp.com':
    case 'web.whatsapp.com': {
      const m = /phone=\+?(\d{7,15})/.exec(u.path);
      const phone = m?.[1] ? phoneValue(m[1]) : null;
      return phone ? { platform: 'whatsapp', value: phone, kind: 'phone' } : null;
    }
    case 'chat.whatsapp.com':
      return first ? { platform: 'whatsapp', value: first, kind: 'invite' } : null;
    case 't.me':
    case 'telegram.me':
    case 'telegram.dog': {
      if (!first) return null;
      if (first === 'joinchat' && parts[1]) return { platform: 'telegram', value: parts[1], kind: 'invite' };
      if (first.startsWith('+')) {
        const phone = /^\+\d{7,15}$/.test(first) ? phoneValue(first) : null;
        return phone ? { platform: 'telegram', value: phone, kind: 'phone' } : { platform: 'telegram', value: first.slice(1), kind: 'invite' };
      }
      return fromPath('telegram', first);
    }
    case 'instagram.com':
    case 'instagr.am':
      if (first && ['p', 'reel', 'reels', 'explore', 'tv', 'accounts'].includes(first)) return null;
      return fromPath('instagram', first === 'stories' ? parts[1] : first);
    case 'snapchat.com':
      return fromPath('snapchat', first === 'add' ? parts[1] : undefined);
    case 'line.me':
      return fromPath('line', parts[parts.length - 1]?.replace(/^[~@]/, ''));
    case 'lin.ee':
      return first ? { platform: 'line', value: first, kind: 'invite' } : null;
    case 'kik.me':
      return fromPath('kik', first);
    case 'signal.me': {
      const m = /#p\/(\+?\d{7,15})/.exec(u.path);
      const phone = m?.[1] ? phoneValue(m[1]) : null;
      return phone ? { platform: 'signal', value: phone, kind: 'phone' } : null;
    }
    case 'signal.group': {
      const code = u.path.replace(/^\/?#?/, '');
      return code ? { platform: 'signal', value: code, kind: 'invite' } : null;
    }
    default:
      return null;
  }
}

/**
 * Turns messenger links into handles. Returns the handles and the URLs that are not
 * messenger links.
 *
 * @example
 * ```ts
 * const v = createView('t.me/Anna_Jobs');
 * handlesFromUrls(findUrls(v, new Uint8Array(v.s.length))).handles[0]; // telegram "anna_jobs"
 * ```
 */
export function handlesFromUrls(urls: UrlMatch[]): { handles: HandleMatch[]; urls: UrlMatch[] } {
  const handles: HandleMatch[] = [];
  const rest: UrlMatch[] = [];
  for (const u of urls) {
    const h = classify(u);
    if (h) handles.push({ ...h, via: 'url', start: u.start, end: u.end });
    else rest.push(u);
  }
  return { handles, urls: rest };
}

/** Platform names; the second group is too common a word to count without a colon or "@" after it. */
const NAMES: readonly (readonly [string, Platform, boolean])[] = [
  ['whats\\s?app|whatsap+|watsapp|whatapp|wassap|wasap|wpp|whats', 'whatsapp', false],
  ['wa|wsp|zap|zapzap', 'whatsapp', true],
  ['telegram|telegramm|telegramma', 'telegram', false],
  ['tg|tele|tlgrm', 'telegram', true],
  ['signal', 'signal', true],
  ['snapchat', 'snapchat', false],
  ['snap|sc', 'snapchat', true],
  ['instagram|insta', 'instagram', false],
  ['ig', 'instagram', true],
  ['wechat|weixin', 'wechat', false],
  ['wx', 'wechat', true],
  ['line', 'line', true],
  ['kik', 'kik', true],
];
const NAME_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${NAMES.map((n) => `(${n[0]})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
/** Between two platform names: "WhatsApp / Telegram", "Signal or Telegram". */
const CONNECTOR = /^\s*(?:[/&,+|]|or|ou|o|oder|and|et|y|e|und)\s*/;
/** Between a platform name and the handle: ":", "-", "id", "me", "is", arrows and pointing emoji. */
const MARKER = /^\s*(?:(?:(?:id|me|is|est|es|ist|e|name|user(?:name)?|account|at|add|on|via|only|solo|nur|seulement|apenas)(?![\p{L}\p{N}_])|\(|\)|[:=#>→➡⇒👉-]|\ufe0f)\s*){0,3}/u;
const EXPLICIT = /[:=#>→➡⇒👉@-]|\bid\b/u;
const HANDLE_AT = /^@?([a-z0-9_][a-z0-9_.-]{1,31})/;
/** Words that follow a platform name but are not handles. */
const NOT_HANDLE = new Set(
  `only me us or and for to is at on please pls plz details info message msg contact available preferred now text call dm
  chat group channel number no not with via the my our your here link below above also too sms ok app video calls voice
  seulement uniquement ou et pour moi nous solo o y para nur oder und fur apenas so somente per con ou e sur en`.split(/\s+/),
);

interface Named {
  platform: Platform;
  start: number;
  end: number;
  weak: boolean;
}

function platformOf(m: RegExpExecArray): Named {
  const idx = m.slice(1).findIndex((g) => g !== undefined);
  const [, platform, weak] = NAMES[idx] as (typeof NAMES)[number];
  return { platform, weak, start: m.index, end: m.index + m[0].length };
}

/**
 * Finds handles named with their platform ("Telegram: @anna_x", "WhatsApp +44 7700 900123",
 * "snap - anna.x", "@anna on Telegram") and bare "@names" (platform `unknown`). A WhatsApp,
 * Signal or Telegram name followed by a phone number gives a handle whose value is that
 * number. Words like "line", "signal", "snap" and "IG" count only when a colon, dash, "id" or
 * "@" follows them.
 *
 * @example
 * ```ts
 * const v = createView('Telegram: @Anna_X');
 * findMentions(v, new Uint8Array(v.s.length), [])[0]; // { platform: "telegram", value: "anna_x", ... }
 * ```
 */
export function findMentions(view: EntityView, mask: Uint8Array, phones: PhoneMatch[]): HandleMatch[] {
  const { s } = view;
  const out: HandleMatch[] = [];
  const used = new Set<number>();
  const phoneAt = (from: number): PhoneMatch | undefined => {
    const rawFrom = view.rs[from] ?? view.raw.length;
    return phones.find((p) => p.start >= rawFrom && p.start <= rawFrom + 2);
  };
  NAME_RE.lastIndex = 0;
  for (let m = NAME_RE.exec(s); m; m = NAME_RE.exec(s)) {
    if (mask[m.index]) continue;
    const chain = [platformOf(m)];
    let pos = m.index + m[0].length;
    for (;;) {
      const c = CONNECTOR.exec(s.slice(pos, pos + 8));
      if (!c) break;
      NAME_RE.lastIndex = pos + c[0].length;
      const n = NAME_RE.exec(s);
      if (!n || n.index !== pos + c[0].length) break;
      chain.push(platformOf(n));
      pos = n.index + n[0].length;
    }
    NAME_RE.lastIndex = pos;
    const marker = MARKER.exec(s.slice(pos, pos + 24))?.[0] ?? '';
    const valueAt = pos + marker.length;
    const explicit = EXPLICIT.test(marker) || s[valueAt] === '@';
    const phone = phoneAt(valueAt);
    let value: string | null = null;
    let kind: HandleMatch['kind'] = 'username';
    let endRaw = -1;
    if (phone && chain.some((c) => c.platform === 'whatsapp' || c.platform === 'signal' || c.platform === 'telegram')) {
      value = phone.value.startsWith('+') ? phone.value : (resolveInternational(phone.value)?.e164 ?? phone.value);
      kind = 'phone';
      endRaw = phone.end;
    } else {
      const h = HANDLE_AT.exec(s.slice(valueAt, valueAt + 40));
      const name = (h?.[1] === undefined ? undefined : trimTrailing(h[1], '.-'));
      if (!h || !name || mask[valueAt] || NOT_HANDLE.has(name)) continue;
      const shaped = s[valueAt] === '@' || /[0-9_.]/.test(name);
      if (!explicit && !shaped) continue;
      if (/^\d+$/.test(name)) continue;
      value = name;
      endRaw = rawSpan(view, valueAt, valueAt + (h[0].length - (h[1]!.length - name.length))).end;
    }
    for (const c of chain) {
      if (c.weak && !explicit) continue;
      const start = view.rs[c.start] as number;
      out.push({ platform: c.platform, value, kind, via: 'mention', start, end: endRaw });
    }
    if (s[valueAt] === '@') used.add(valueAt);
  }
  findBareAt(view, mask, used, out);
  return out;
}

const AFTER_PLATFORM = /^\s*[(]?\s*(?:on|en|sur|auf|su|no|em|via|in|at|\(|-)?\s*/;
const NOT_BARE = new Set(['home', 'gmail', 'hotmail', 'yahoo', 'outlook', 'here', 'everyone', 'all', 'channel', 'icloud']);

/** "@name" with no platform before it: a platform named right after ("@anna on Telegram"), or `unknown`. */
function findBareAt(view: EntityView, mask: Uint8Array, used: Set<number>, out: HandleMatch[]): void {
  const { s } = view;
  for (let at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
    if (used.has(at) || mask[at] || /[a-z0-9_.]/.test(s[at - 1] ?? '')) continue;
    const h = HANDLE_AT.exec(s.slice(at, at + 40));
    const name = (h?.[1] === undefined ? undefined : trimTrailing(h[1], '.-'));
    if (!name || name.length < 3 || /^\d+$/.test(name) || NOT_BARE.has(name)) continue;
    if (!/[a-z]/.test(name) || /\.[a-z]{2,}$/.test(name)) continue;
    const end = at + 1 + name.length;
    const after = AFTER_PLATFORM.exec(s.slice(end, end + 12))?.[0] ?? '';
    NAME_RE.lastIndex = end + after.length;
    const n = NAME_RE.exec(s);
    const named = n && n.index === end + after.length ? platformOf(n) : null;
    const span = rawSpan(view, at, named ? named.end : end);
    out.push({ platform: named?.platform ?? 'unknown', value: name, kind: 'username', via: 'mention', ...span });
  }
}
