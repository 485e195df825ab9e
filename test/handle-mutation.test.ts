import { describe, expect, it } from 'vitest';
import { handlesFromUrls } from '../src/entities/handle.js';
import { extractEntities } from '../src/entities/index.js';
import type { UrlMatch } from '../src/entities/url.js';

// The handle finder's paths, one behaviour each, for the mutants of src/entities/handle.ts:
// what each messenger link points to, platform names and their markers, chains of platforms,
// phone numbers after a platform, bare "@names", and the near misses.
// Invented handles; phone numbers +1 415 555 01xx and UK 07700 900xxx.

type Row = [platform: string, value: string, kind: string, via: string, text: string];

/** The handles of `text` (English, so national numbers are placed in the UK or US). */
function handles(text: string): Row[] {
  return extractEntities(text, { types: ['handle'], language: 'en' }).map((e) => {
    if (e.type !== 'handle') throw new Error('not a handle');
    expect(text.slice(e.start, e.end)).toBe(e.text);
    return [e.platform, e.value, e.kind, e.via, e.text];
  });
}

/** What a link to `host` with `path` is classified as, with no URL finder in between. */
function link(host: string, path: string) {
  const u: UrlMatch = { value: host + path, host, path, start: 3, end: 3 + host.length + path.length };
  return handlesFromUrls([u]);
}

describe('handle: messenger links', () => {
  it('reads WhatsApp numbers from wa.me, with or without + and dashes', () => {
    expect(handles('wa.me/14155550123')).toEqual([['whatsapp', '+14155550123', 'phone', 'url', 'wa.me/14155550123']]);
    expect(handles('wa.me/+1-415-555-0123')).toEqual([['whatsapp', '+14155550123', 'phone', 'url', 'wa.me/+1-415-555-0123']]);
  });
  it('reads a wa.me business link, not a short number or a bare wa.me', () => {
    expect(handles('wa.me/message/ABCDEF12')).toEqual([['whatsapp', 'ABCDEF12', 'invite', 'url', 'wa.me/message/ABCDEF12']]);
    expect(link('wa.me', '/message').handles).toEqual([]);
    expect(link('wa.me', '/123456').handles).toEqual([]);
    expect(link('wa.me', '').handles).toEqual([]);
    expect(link('wa.me', '/anna').handles).toEqual([]);
  });
  it('keeps digits of a number no country has, with a plus', () => {
    expect(link('wa.me', '/9991234567').handles).toEqual([{ platform: 'whatsapp', value: '+9991234567', kind: 'phone', via: 'url', start: 3, end: 19 }]);
  });
  it('takes 7 to 15 digits as a number', () => {
    expect(link('wa.me', '/1234567').handles.map((h) => h.value)).toEqual(['+1234567']);
    expect(link('wa.me', '/1234567890123456').handles).toEqual([]);
  });
  it('reads the phone= parameter of the WhatsApp API hosts', () => {
    expect(handles('https://api.whatsapp.com/send?phone=+447700900123')).toEqual([
      ['whatsapp', '+447700900123', 'phone', 'url', 'https://api.whatsapp.com/send?phone=+447700900123'],
    ]);
    expect(handles('whatsapp.com/send?phone=447700900123')).toEqual([['whatsapp', '+447700900123', 'phone', 'url', 'whatsapp.com/send?phone=447700900123']]);
    expect(link('web.whatsapp.com', '/send?phone=14155550123').handles.map((h) => h.value)).toEqual(['+14155550123']);
    expect(link('web.whatsapp.com', '/send?phone=123').handles).toEqual([]);
    expect(link('api.whatsapp.com', '/send').handles).toEqual([]);
  });
  it('reads WhatsApp group invites', () => {
    expect(handles('join chat.whatsapp.com/AbCdEf123')).toEqual([['whatsapp', 'AbCdEf123', 'invite', 'url', 'chat.whatsapp.com/AbCdEf123']]);
    expect(link('chat.whatsapp.com', '').handles).toEqual([]);
  });
  it('reads Telegram names, invites and numbers', () => {
    expect(handles('DM t.me/Anna_Jobs/12')).toEqual([['telegram', 'anna_jobs', 'username', 'url', 't.me/Anna_Jobs/12']]);
    expect(handles('telegram.me/anna_x')).toEqual([['telegram', 'anna_x', 'username', 'url', 'telegram.me/anna_x']]);
    expect(handles('https://telegram.dog/anna_x')).toEqual([['telegram', 'anna_x', 'username', 'url', 'https://telegram.dog/anna_x']]);
    expect(handles('t.me/joinchat/AbCd123')).toEqual([['telegram', 'AbCd123', 'invite', 'url', 't.me/joinchat/AbCd123']]);
    expect(handles('t.me/+AbCdEf12')).toEqual([['telegram', 'AbCdEf12', 'invite', 'url', 't.me/+AbCdEf12']]);
    expect(handles('t.me/+447700900123')).toEqual([['telegram', '+447700900123', 'phone', 'url', 't.me/+447700900123']]);
    expect(handles('t.me/+123')).toEqual([['telegram', '123', 'invite', 'url', 't.me/+123']]);
    expect(handles('t.me/joinchat')).toEqual([['telegram', 'joinchat', 'username', 'url', 't.me/joinchat']]);
    expect(link('t.me', '').handles).toEqual([]);
  });
  it('trims trailing dots from a name and needs two characters and at most 32', () => {
    expect(handles('t.me/anna.')).toEqual([['telegram', 'anna', 'username', 'url', 't.me/anna']]);
    expect(link('t.me', '/a').handles).toEqual([]);
    expect(link('t.me', '/a.').handles).toEqual([]);
    expect(link('t.me', `/${'a'.repeat(32)}`).handles.map((h) => h.value)).toEqual(['a'.repeat(32)]);
    expect(link('t.me', `/${'a'.repeat(33)}`).handles).toEqual([]);
    expect(link('t.me', '/anna!x').handles).toEqual([]);
    expect(link('t.me', '/-anna').handles).toEqual([]);
  });
  it('reads Instagram profiles and stories, not posts, reels or pages', () => {
    expect(handles('instagram.com/anna.ig')).toEqual([['instagram', 'anna.ig', 'username', 'url', 'instagram.com/anna.ig']]);
    expect(handles('instagr.am/anna.ig')).toEqual([['instagram', 'anna.ig', 'username', 'url', 'instagr.am/anna.ig']]);
    expect(handles('instagram.com/stories/anna.ig/123')).toEqual([['instagram', 'anna.ig', 'username', 'url', 'instagram.com/stories/anna.ig/123']]);
    for (const page of ['p', 'reel', 'reels', 'explore', 'tv', 'accounts']) {
      expect(link('instagram.com', `/${page}/xyz`).handles, page).toEqual([]);
    }
    expect(link('instagram.com', '').handles).toEqual([]);
  });
  it('reads snapchat.com/add, line.me, lin.ee and kik.me', () => {
    expect(handles('snapchat.com/add/anna.x')).toEqual([['snapchat', 'anna.x', 'username', 'url', 'snapchat.com/add/anna.x']]);
    expect(link('snapchat.com', '/anna.x').handles).toEqual([]);
    expect(handles('line.me/ti/p/~anna_line')).toEqual([['line', 'anna_line', 'username', 'url', 'line.me/ti/p/~anna_line']]);
    expect(handles('line.me/R/ti/p/@anna_line')).toEqual([['line', 'anna_line', 'username', 'url', 'line.me/R/ti/p/@anna_line']]);
    expect(handles('https://lin.ee/AbC123')).toEqual([['line', 'AbC123', 'invite', 'url', 'https://lin.ee/AbC123']]);
    expect(link('lin.ee', '').handles).toEqual([]);
    expect(handles('kik.me/annakik')).toEqual([['kik', 'annakik', 'username', 'url', 'kik.me/annakik']]);
  });
  it('reads Signal numbers and group invites', () => {
    expect(handles('signal.me/#p/+14155550123')).toEqual([['signal', '+14155550123', 'phone', 'url', 'signal.me/#p/+14155550123']]);
    expect(link('signal.me', '/#p/123').handles).toEqual([]);
    expect(link('signal.me', '').handles).toEqual([]);
    expect(handles('https://signal.group/#CjQKIA')).toEqual([['signal', 'CjQKIA', 'invite', 'url', 'https://signal.group/#CjQKIA']]);
    expect(link('signal.group', '#CjQKIA').handles.map((h) => h.value)).toEqual(['CjQKIA']);
  });
  it('gives no invite with an empty code for a bare signal.group link', () => {
    expect(link('signal.group', '').handles).toEqual([]);
    expect(link('signal.group', '/#').handles).toEqual([]);
  });
  it('passes other links through as URLs, in order', () => {
    const u: UrlMatch = { value: 'example.com/anna', host: 'example.com', path: '/anna', start: 0, end: 16 };
    const t: UrlMatch = { value: 't.me/anna_x', host: 't.me', path: '/anna_x', start: 20, end: 31 };
    expect(handlesFromUrls([u, t])).toEqual({
      handles: [{ platform: 'telegram', value: 'anna_x', kind: 'username', via: 'url', start: 20, end: 31 }],
      urls: [u],
    });
  });
});

describe('handle: platform names and markers', () => {
  it('reads a name after a platform and a colon, "id", "is" or an arrow', () => {
    expect(handles('Telegram: @anna_x')).toEqual([['telegram', 'anna_x', 'username', 'mention', 'Telegram: @anna_x']]);
    expect(handles('telegram: annax')).toEqual([['telegram', 'annax', 'username', 'mention', 'telegram: annax']]);
    expect(handles('telegram id annax')).toEqual([['telegram', 'annax', 'username', 'mention', 'telegram id annax']]);
    expect(handles('telegram is @anna_x')).toEqual([['telegram', 'anna_x', 'username', 'mention', 'telegram is @anna_x']]);
    expect(handles('telegram  :  @anna_x')).toEqual([['telegram', 'anna_x', 'username', 'mention', 'telegram  :  @anna_x']]);
    expect(handles('telegram user: annax')).toEqual([['telegram', 'annax', 'username', 'mention', 'telegram user: annax']]);
    expect(handles('telegram name: annax')).toEqual([['telegram', 'annax', 'username', 'mention', 'telegram name: annax']]);
    expect(handles('snap → anna_x')).toEqual([['snapchat', 'anna_x', 'username', 'mention', 'snap → anna_x']]);
    expect(handles('snap 👉 anna_x')).toEqual([['snapchat', 'anna_x', 'username', 'mention', 'snap 👉 anna_x']]);
    expect(handles('snap => anna_x')).toEqual([['snapchat', 'anna_x', 'username', 'mention', 'snap => anna_x']]);
    expect(handles('insta - anna.ig')).toEqual([['instagram', 'anna.ig', 'username', 'mention', 'insta - anna.ig']]);
    expect(handles('telegram (@anna_x)')).toEqual([['telegram', 'anna_x', 'username', 'mention', 'telegram (@anna_x']]);
  });
  it('without a marker, takes a name only when it is shaped like one (an "@", a digit, "_" or ".")', () => {
    expect(handles('telegram anna_x')).toEqual([['telegram', 'anna_x', 'username', 'mention', 'telegram anna_x']]);
    expect(handles('telegram via anna_x')).toEqual([['telegram', 'anna_x', 'username', 'mention', 'telegram via anna_x']]);
    expect(handles('telegram on @anna_x')).toEqual([['telegram', 'anna_x', 'username', 'mention', 'telegram on @anna_x']]);
    expect(handles('telegram only @anna_x')).toEqual([['telegram', 'anna_x', 'username', 'mention', 'telegram only @anna_x']]);
    expect(handles('Snapchat anna_x2')).toEqual([['snapchat', 'anna_x2', 'username', 'mention', 'Snapchat anna_x2']]);
    expect(handles('telegram annax')).toEqual([]);
    expect(handles('telegram username annax')).toEqual([]);
  });
  it('reads the weak names ("tg", "wa", "ig", "line", "signal", "wx", "zap") only with a marker or "@"', () => {
    expect(handles('tg: anna99')).toEqual([['telegram', 'anna99', 'username', 'mention', 'tg: anna99']]);
    expect(handles('tg @anna99')).toEqual([['telegram', 'anna99', 'username', 'mention', 'tg @anna99']]);
    expect(handles('tg anna99')).toEqual([]);
    expect(handles('IG: anna')).toEqual([['instagram', 'anna', 'username', 'mention', 'IG: anna']]);
    expect(handles('IG anna.ig')).toEqual([]);
    expect(handles('line: anna123')).toEqual([['line', 'anna123', 'username', 'mention', 'line: anna123']]);
    expect(handles('line anna123')).toEqual([]);
    expect(handles('wx: anna_wx')).toEqual([['wechat', 'anna_wx', 'username', 'mention', 'wx: anna_wx']]);
    expect(handles('signal: anna.99')).toEqual([['signal', 'anna.99', 'username', 'mention', 'signal: anna.99']]);
    expect(handles('kik: annakik')).toEqual([['kik', 'annakik', 'username', 'mention', 'kik: annakik']]);
  });
  it('reads every platform\'s names', () => {
    const rows: [string, string][] = [
      ['whatsapp', 'whatsapp'], ['whats app', 'whatsapp'], ['whatsap', 'whatsapp'], ['watsapp', 'whatsapp'], ['whatapp', 'whatsapp'],
      ['wassap', 'whatsapp'], ['wasap', 'whatsapp'], ['wpp', 'whatsapp'], ['whats', 'whatsapp'], ['wa', 'whatsapp'], ['wsp', 'whatsapp'],
      ['zap', 'whatsapp'], ['zapzap', 'whatsapp'], ['telegram', 'telegram'], ['telegramm', 'telegram'], ['telegramma', 'telegram'],
      ['tg', 'telegram'], ['tele', 'telegram'], ['tlgrm', 'telegram'], ['signal', 'signal'], ['snapchat', 'snapchat'], ['snap', 'snapchat'],
      ['sc', 'snapchat'], ['instagram', 'instagram'], ['insta', 'instagram'], ['ig', 'instagram'], ['wechat', 'wechat'], ['weixin', 'wechat'],
      ['wx', 'wechat'], ['line', 'line'], ['kik', 'kik'],
    ];
    for (const [name, platform] of rows) {
      expect(handles(`${name}: anna_77`), name).toEqual([[platform, 'anna_77', 'username', 'mention', `${name}: anna_77`]]);
    }
  });
  it('does not take a platform name inside a word', () => {
    expect(handles('swap: anna_77')).toEqual([]);
    expect(handles('telegrams: anna_77')).toEqual([]);
  });
  it('does not take ordinary words after a platform name as a handle', () => {
    for (const word of ['only', 'details', 'info', 'please', 'now', 'group', 'number', 'here', 'link', 'uniquement', 'solo', 'nur', 'apenas']) {
      expect(handles(`telegram: ${word}`), word).toEqual([]);
    }
    expect(handles('Telegram for details')).toEqual([]);
    expect(handles('WhatsApp only, no calls')).toEqual([]);
    expect(handles('line up at 5, signal strength low, snap decision')).toEqual([]);
  });
  it('does not take digits alone, and trims trailing dots and dashes', () => {
    expect(handles('whatsapp: 12345')).toEqual([]);
    expect(handles('whatsapp: anna.')).toEqual([['whatsapp', 'anna', 'username', 'mention', 'whatsapp: anna']]);
    expect(handles('telegram: anna-')).toEqual([['telegram', 'anna', 'username', 'mention', 'telegram: anna']]);
  });
  it('gives every platform of a chain the handle, the weak ones only with a marker', () => {
    expect(handles('WhatsApp or Telegram: @anna_x')).toEqual([
      ['whatsapp', 'anna_x', 'username', 'mention', 'WhatsApp or Telegram: @anna_x'],
      ['telegram', 'anna_x', 'username', 'mention', 'Telegram: @anna_x'],
    ]);
    expect(handles('WhatsApp, Telegram, Signal: @anna_x')).toEqual([
      ['whatsapp', 'anna_x', 'username', 'mention', 'WhatsApp, Telegram, Signal: @anna_x'],
      ['telegram', 'anna_x', 'username', 'mention', 'Telegram, Signal: @anna_x'],
      ['signal', 'anna_x', 'username', 'mention', 'Signal: @anna_x'],
    ]);
    expect(handles('whatsapp and telegram @anna_x')).toEqual([
      ['whatsapp', 'anna_x', 'username', 'mention', 'whatsapp and telegram @anna_x'],
      ['telegram', 'anna_x', 'username', 'mention', 'telegram @anna_x'],
    ]);
    expect(handles('WhatsApp/Telegram/Snapchat: anna_x')).toHaveLength(3);
  });
});

describe('handle: phone numbers after a platform name', () => {
  it('gives WhatsApp, Signal and Telegram the number as E.164', () => {
    expect(handles('Signal: +1 415 555 0123')).toEqual([['signal', '+14155550123', 'phone', 'mention', 'Signal: +1 415 555 0123']]);
    expect(handles('WhatsApp +44 7700 900123')).toEqual([['whatsapp', '+447700900123', 'phone', 'mention', 'WhatsApp +44 7700 900123']]);
    expect(handles('wa: +44 7700 900123')).toEqual([['whatsapp', '+447700900123', 'phone', 'mention', 'wa: +44 7700 900123']]);
    expect(handles('WhatsApp 07700 900123')).toEqual([['whatsapp', '+447700900123', 'phone', 'mention', 'WhatsApp 07700 900123']]);
    expect(handles('telegram: +44 7700 900123')).toEqual([['telegram', '+447700900123', 'phone', 'mention', 'telegram: +44 7700 900123']]);
  });
  it('needs a marker for a weak name before a number', () => {
    expect(handles('wa +44 7700 900123')).toEqual([]);
    expect(handles('whatsapp & signal +1 415 555 0123')).toEqual([['whatsapp', '+14155550123', 'phone', 'mention', 'whatsapp & signal +1 415 555 0123']]);
  });
  it('gives a number to no other platform', () => {
    expect(handles('snapchat: +44 7700 900123')).toEqual([]);
  });
});

describe('handle: bare "@names"', () => {
  it('reads an @name with no platform as unknown, or with the platform named right after it', () => {
    expect(handles('Follow @anna_jobs')).toEqual([['unknown', 'anna_jobs', 'username', 'mention', '@anna_jobs']]);
    expect(handles('write @anna_x on Telegram')).toEqual([['telegram', 'anna_x', 'username', 'mention', '@anna_x on Telegram']]);
    expect(handles('@anna_x (Snapchat)')).toEqual([['snapchat', 'anna_x', 'username', 'mention', '@anna_x (Snapchat']]);
    expect(handles('@anna_x - insta')).toEqual([['instagram', 'anna_x', 'username', 'mention', '@anna_x - insta']]);
    expect(handles('@anna_x and telegram')).toEqual([['unknown', 'anna_x', 'username', 'mention', '@anna_x']]);
  });
  it('skips mail providers, short names, digits, domains and an "@" inside a word', () => {
    for (const text of ['@gmail', '@home', '@everyone', '@ab', '@12345', '@example.com', 'anna@example', 'meet @ 5pm', 'x.@anna', '@_._']) {
      expect(handles(text), text).toEqual([]);
    }
  });
  it('reads an @name after a platform once, not again as a bare name', () => {
    expect(handles('telegram @annax99 only')).toEqual([['telegram', 'annax99', 'username', 'mention', 'telegram @annax99']]);
  });
  it('trims trailing dots and dashes from a bare name', () => {
    expect(handles('ask @anna_x.')).toEqual([['unknown', 'anna_x', 'username', 'mention', '@anna_x']]);
    expect(handles('ask @anna_x-')).toEqual([['unknown', 'anna_x', 'username', 'mention', '@anna_x']]);
  });
  it('does not read the name of an e-mail address', () => {
    expect(handles('email anna@example.com')).toEqual([]);
  });
});
