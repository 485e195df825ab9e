import { describe, expect, it } from 'vitest';
import { findEmails } from '../src/entities/email.js';
import { extractEntities } from '../src/entities/index.js';
import { createView } from '../src/entities/view.js';

// The e-mail finder's paths, one behaviour each, from the mutants of src/entities/email.ts that
// survived the first measurement: the local part's bounds, the plain and spelled-out forms, the
// domain's labels and top-level domain, the mask, and the near misses next to each rule.
// Synthetic addresses at example.com/org/net and invented names only.

/** The e-mail addresses of `text`, each with the raw text it spans. */
function emails(text: string, mask?: (m: Uint8Array) => void) {
  const v = createView(text);
  const m = new Uint8Array(v.s.length);
  mask?.(m);
  return findEmails(v, m).map((e) => ({ ...e, text: text.slice(e.start, e.end) }));
}

const plain = (value: string, start: number, text: string) => ({ value, start, end: start + text.length, obscured: false, text });
const spelled = (value: string, start: number, text: string) => ({ value, start, end: start + text.length, obscured: true, text });

describe('email: plain addresses', () => {
  it('reports the address in lower case with its raw span, from the start of the text', () => {
    expect(emails('Anna@Example.COM')).toEqual([plain('anna@example.com', 0, 'Anna@Example.COM')]);
    expect(emails('Write to anna@example.com today')).toEqual([plain('anna@example.com', 9, 'anna@example.com')]);
  });
  it('leaves a leading dot or dash out of the local part', () => {
    expect(emails('.anna@example.com')).toEqual([plain('anna@example.com', 1, 'anna@example.com')]);
    expect(emails('-anna@example.com')).toEqual([plain('anna@example.com', 1, 'anna@example.com')]);
    expect(emails('x .-anna@example.org')).toEqual([plain('anna@example.org', 4, 'anna@example.org')]);
  });
  it('takes at most 64 characters of local part', () => {
    const local = 'a'.repeat(70);
    const text = `${local}@example.com`;
    expect(emails(text)).toEqual([plain(`${'a'.repeat(64)}@example.com`, 6, `${'a'.repeat(64)}@example.com`)]);
  });
  it('reads the local part back to the first character that cannot be in one', () => {
    expect(emails('mail:anna.b_c%d+e@example.net')).toEqual([plain('anna.b_c%d+e@example.net', 5, 'anna.b_c%d+e@example.net')]);
  });
  it('finds each of several addresses, once each', () => {
    expect(emails('anna@example.com, bob@example.org')).toEqual([
      plain('anna@example.com', 0, 'anna@example.com'),
      plain('bob@example.org', 18, 'bob@example.org'),
    ]);
  });
  it('needs a local part, and a domain that ends in two or more letters not followed by a name character', () => {
    expect(emails('@example.com')).toEqual([]);
    expect(emails('..@example.com')).toEqual([]);
    expect(emails('anna@example.c')).toEqual([]);
    expect(emails('anna@example.com-x')).toEqual([]);
    expect(emails('anna@example')).toEqual([]);
  });
  it('keeps sub-domains and stops before trailing punctuation', () => {
    expect(emails('CV: Anna.Smith@Mail.Example.co.uk.')).toEqual([plain('anna.smith@mail.example.co.uk', 4, 'Anna.Smith@Mail.Example.co.uk')]);
  });
  it('skips an address whose first or last character is already taken (the spelled-out reader may still read the "@")', () => {
    expect(emails('anna@example.com', (m) => (m[0] = 1))).toEqual([spelled('anna@example.com', 0, 'anna@example.com')]);
    expect(emails('anna@example.com', (m) => (m[15] = 1))).toEqual([]);
  });
  it('marks what it takes, so the spelled-out reader does not read it again', () => {
    const v = createView('anna@example.com');
    const m = new Uint8Array(v.s.length);
    expect(findEmails(v, m)).toHaveLength(1);
    expect([...m]).toEqual(new Array(16).fill(1));
  });
  it('reports raw offsets when folding changed the text before the address', () => {
    const text = 'Ｍail: anna@example.com';
    expect(emails(text)).toEqual([plain('anna@example.com', 6, 'anna@example.com')]);
  });
});

describe('email: spelled-out addresses', () => {
  it('reads the bracketed forms in every bracket pair', () => {
    expect(emails('anna [at] example [dot] com')).toEqual([spelled('anna@example.com', 0, 'anna [at] example [dot] com')]);
    expect(emails('anna(at)example(dot)com')).toEqual([spelled('anna@example.com', 0, 'anna(at)example(dot)com')]);
    expect(emails('anna{at}example{dot}org')).toEqual([spelled('anna@example.org', 0, 'anna{at}example{dot}org')]);
    expect(emails('anna<at>example<dot>com')).toEqual([spelled('anna@example.com', 0, 'anna<at>example<dot>com')]);
    expect(emails('anna [@] example [.] com')).toEqual([spelled('anna@example.com', 0, 'anna [@] example [.] com')]);
  });
  it('reads the words of each language, bracketed or bare', () => {
    expect(emails('anna arroba example punto com')).toEqual([spelled('anna@example.com', 0, 'anna arroba example punto com')]);
    expect(emails('anna arobase example point fr')).toEqual([spelled('anna@example.fr', 0, 'anna arobase example point fr')]);
    expect(emails('anna chiocciola example punto it')).toEqual([spelled('anna@example.it', 0, 'anna chiocciola example punto it')]);
    expect(emails('anna (klammeraffe) example (punkt) de')).toEqual([spelled('anna@example.de', 0, 'anna (klammeraffe) example (punkt) de')]);
    expect(emails('anna [ät] example [punkt] de')).toEqual([spelled('anna@example.de', 0, 'anna [ät] example [punkt] de')]);
    expect(emails('anna (arroba) example (ponto) com')).toEqual([spelled('anna@example.com', 0, 'anna (arroba) example (ponto) com')]);
    expect(emails('anna (arobase) example (point) fr')).toEqual([spelled('anna@example.fr', 0, 'anna (arobase) example (point) fr')]);
    expect(emails('anna (chiocciola) example (punto) it')).toEqual([spelled('anna@example.it', 0, 'anna (chiocciola) example (punto) it')]);
    expect(emails('anna at example ponto com ponto br')).toEqual([spelled('anna@example.com.br', 0, 'anna at example ponto com ponto br')]);
    expect(emails('anna at example punkt de')).toEqual([spelled('anna@example.de', 0, 'anna at example punkt de')]);
  });
  it('reads " @ " and "@" with spaces on one side, and upper case', () => {
    expect(emails('anna @ example . com')).toEqual([spelled('anna@example.com', 0, 'anna @ example . com')]);
    expect(emails('anna @example.com')).toEqual([spelled('anna@example.com', 0, 'anna @example.com')]);
    expect(emails('anna@ example.com')).toEqual([spelled('anna@example.com', 0, 'anna@ example.com')]);
    expect(emails('ANNA AT EXAMPLE DOT COM')).toEqual([spelled('anna@example.com', 0, 'ANNA AT EXAMPLE DOT COM')]);
    expect(emails('anna  at  example  dot  com')).toEqual([spelled('anna@example.com', 0, 'anna  at  example  dot  com')]);
  });
  it('mixes a plain "@" with a spelled dot', () => {
    expect(emails('anna@example dot com')).toEqual([spelled('anna@example.com', 0, 'anna@example dot com')]);
  });
  it('starts the local part after the word before it', () => {
    expect(emails('mail anna at example dot com')).toEqual([spelled('anna@example.com', 5, 'anna at example dot com')]);
  });
  it('finds two spelled-out addresses in one text', () => {
    expect(emails('anna at example dot com or bob at example dot org')).toEqual([
      spelled('anna@example.com', 0, 'anna at example dot com'),
      spelled('bob@example.org', 27, 'bob at example dot org'),
    ]);
  });
  it('ends the domain at its last known top-level domain', () => {
    expect(emails('anna at example dot com dot xyzq')).toEqual([spelled('anna@example.com', 0, 'anna at example dot com')]);
    expect(emails('anna at example.com.')).toEqual([spelled('anna@example.com', 0, 'anna at example.com')]);
    expect(emails('anna at example dot community')).toEqual([]);
    expect(emails('anna at com dot example')).toEqual([]);
  });
  it('reads up to six labels, no more', () => {
    expect(emails('anna at a dot b dot c dot d dot e dot com')).toEqual([spelled('anna@a.b.c.d.e.com', 0, 'anna at a dot b dot c dot d dot e dot com')]);
    expect(emails('anna at a dot b dot c dot d dot e dot f dot com')).toEqual([]);
  });
  it('needs a top-level domain after at least one other label', () => {
    expect(emails('anna at com')).toEqual([]);
    expect(emails('anna at dot com')).toEqual([]);
  });
  it('does not take ordinary words before a bare " at " as a local part', () => {
    for (const word of ['us', 'me', 'look', 'visit', 'home', 'work', 'based', 'email']) {
      expect(emails(`${word} at example dot com`), word).toEqual([]);
    }
    expect(emails('x at example dot com')).toEqual([]);
  });
  it('with a bare " at " and a real dot, needs a local part of three or more', () => {
    expect(emails('jo at example.com')).toEqual([]);
    expect(emails('joe at example.com')).toEqual([spelled('joe@example.com', 0, 'joe at example.com')]);
    expect(emails('jo at example dot com')).toEqual([spelled('jo@example.com', 0, 'jo at example dot com')]);
  });
  it('takes two-letter local parts with a bracketed or "@" form', () => {
    expect(emails('jo [at] example.com')).toEqual([spelled('jo@example.com', 0, 'jo [at] example.com')]);
    expect(emails('jo @ example.com')).toEqual([spelled('jo@example.com', 0, 'jo @ example.com')]);
  });
  it('skips a spelled-out address whose "at" or last character is already taken', () => {
    expect(emails('anna at example dot com', (m) => (m[4] = 1))).toEqual([]);
    expect(emails('anna at example dot com', (m) => (m[7] = 1))).toEqual([]);
    expect(emails('anna at example dot com', (m) => (m[22] = 1))).toEqual([]);
  });
  it('marks what it takes, so URLs are not read inside a spelled-out address', () => {
    expect(extractEntities('write anna at example.com today', { types: ['email', 'url'] }).map((e) => [e.type, e.value, e.text])).toEqual([
      ['email', 'anna@example.com', 'anna at example.com'],
    ]);
    const v = createView('anna at example dot com!');
    const m = new Uint8Array(v.s.length);
    findEmails(v, m);
    expect([...m]).toEqual([...new Array(23).fill(1), 0]);
  });
  it('does not read "meet me at home dot" or a handle as an address', () => {
    expect(emails('meet me at home dot')).toEqual([]);
    expect(emails('Telegram @anna_x')).toEqual([]);
    expect(emails('at example dot com')).toEqual([]);
  });
  it('reads the local part of an obscured address after a plain one', () => {
    expect(emails('anna@example.com or bob at example dot net')).toEqual([
      plain('anna@example.com', 0, 'anna@example.com'),
      spelled('bob@example.net', 20, 'bob at example dot net'),
    ]);
  });
});

describe('email: survivors of the first measurement', () => {
  it('reads plain addresses after an "@" at the very start of the text', () => {
    expect(emails('@x anna@example.com')).toEqual([plain('anna@example.com', 3, 'anna@example.com')]);
  });
  it('allows spaces inside the brackets of a spelled-out "at" and "dot"', () => {
    expect(emails('anna [ at ] example [ dot ] com')).toEqual([spelled('anna@example.com', 0, 'anna [ at ] example [ dot ] com')]);
    expect(emails('anna (at ) example ( dot) com')).toEqual([spelled('anna@example.com', 0, 'anna (at ) example ( dot) com')]);
  });
  it('reads several spaces before a spelled "@"', () => {
    expect(emails('anna  @ example.com')).toEqual([spelled('anna@example.com', 0, 'anna  @ example.com')]);
  });
  it('treats a bare " at " with several spaces on either side as bare', () => {
    expect(emails('us  at example dot com')).toEqual([]);
    expect(emails('us at  example dot com')).toEqual([]);
    expect(emails('jo  at  example.com')).toEqual([]);
  });
  it('does not take a real dot with spaces around it as a spelled dot', () => {
    expect(emails('jo at example . com')).toEqual([]);
    expect(emails('joe at example . com')).toEqual([spelled('joe@example.com', 0, 'joe at example . com')]);
  });
});
