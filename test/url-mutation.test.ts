import { describe, expect, it } from 'vitest';
import { findUrls } from '../src/entities/url.js';
import { createView } from '../src/entities/view.js';

// The URL finder's paths, one behaviour each, for the mutants of src/entities/url.ts: the
// scheme and "www.", bare domains with a known top-level domain, the trailing punctuation
// (and the closing bracket a URL opened), host and path, the mask, and the near misses.
// Synthetic addresses at example.com/org/net only.

/** The URLs of `text`, each with the raw text it spans. */
function urls(text: string, mask?: (m: Uint8Array) => void) {
  const v = createView(text);
  const m = new Uint8Array(v.s.length);
  mask?.(m);
  return findUrls(v, m).map((u) => ({ ...u, text: text.slice(u.start, u.end) }));
}

const url = (host: string, path: string, start: number, text: string) => ({
  value: host + path,
  host,
  path,
  start,
  end: start + text.length,
  text,
});

describe('url: schemes and "www."', () => {
  it('drops the scheme and "www." from the host, keeps the path as written', () => {
    expect(urls('Apply: https://www.Example.com/Jobs?id=1.')).toEqual([url('example.com', '/Jobs?id=1', 7, 'https://www.Example.com/Jobs?id=1')]);
    expect(urls('HTTP://Example.com/A')).toEqual([url('example.com', '/A', 0, 'HTTP://Example.com/A')]);
    expect(urls('hxxps://example.com/x')).toEqual([url('example.com', '/x', 0, 'hxxps://example.com/x')]);
    expect(urls('hxxp://example.net')).toEqual([url('example.net', '', 0, 'hxxp://example.net')]);
    expect(urls('https://www.example.org')).toEqual([url('example.org', '', 0, 'https://www.example.org')]);
    expect(urls('see www.example.org/')).toEqual([url('example.org', '', 4, 'www.example.org/')]);
  });
  it('takes any host after a scheme, even one whose top-level domain is not in the list', () => {
    expect(urls('http://a.b')).toEqual([url('a.b', '', 0, 'http://a.b')]);
    expect(urls('https://x.y/z')).toEqual([url('x.y', '/z', 0, 'https://x.y/z')]);
  });
  it('needs a dot in the host', () => {
    expect(urls('http://localhost/x and x.y')).toEqual([]);
    expect(urls('www.foo')).toEqual([]);
    expect(urls('see www.. ok')).toEqual([]);
  });
  it('stops at white space, angle brackets, quotes and backticks', () => {
    expect(urls('http://example.com/a>b')).toEqual([url('example.com', '/a', 0, 'http://example.com/a')]);
    expect(urls('http://example.com/a<b')).toEqual([url('example.com', '/a', 0, 'http://example.com/a')]);
    expect(urls('http://example.com/a"b')).toEqual([url('example.com', '/a', 0, 'http://example.com/a')]);
    expect(urls("http://example.com/a'b")).toEqual([url('example.com', '/a', 0, 'http://example.com/a')]);
    expect(urls('http://example.com/a`b')).toEqual([url('example.com', '/a', 0, 'http://example.com/a')]);
    expect(urls('example.com/a`b')).toEqual([url('example.com', '/a', 0, 'example.com/a')]);
  });
  it('does not start inside a word, an address or a path', () => {
    expect(urls('xhttp://example.com')).toEqual([]);
    expect(urls('@www.example.com')).toEqual([]);
    expect(urls('a/www.example.com')).toEqual([]);
  });
});

describe('url: bare domains', () => {
  it('reads a domain with a known top-level domain and its path', () => {
    expect(urls('example.com/apply now')).toEqual([url('example.com', '/apply', 0, 'example.com/apply')]);
    expect(urls('short link bit.ly/3abcDEF')).toEqual([url('bit.ly', '/3abcDEF', 11, 'bit.ly/3abcDEF')]);
    expect(urls('EXAMPLE.com/Jobs')).toEqual([url('example.com', '/Jobs', 0, 'EXAMPLE.com/Jobs')]);
    expect(urls('example.com?ref=1')).toEqual([url('example.com', '?ref=1', 0, 'example.com?ref=1')]);
    expect(urls('example.com#top')).toEqual([url('example.com', '#top', 0, 'example.com#top')]);
  });
  it('reads up to four sub-domain labels, and the shortest domain ("a.co")', () => {
    expect(urls('a.co')).toEqual([url('a.co', '', 0, 'a.co')]);
    expect(urls('x.example.com')).toEqual([url('x.example.com', '', 0, 'x.example.com')]);
    expect(urls('a.b.c.example.com')).toEqual([url('a.b.c.example.com', '', 0, 'a.b.c.example.com')]);
    expect(urls('a.b.c.d.e.example.com')).toEqual([]);
  });
  it('reads a label with dashes, not one after a dash or underscore', () => {
    expect(urls('my-site.example.com')).toEqual([url('my-site.example.com', '', 0, 'my-site.example.com')]);
    expect(urls('-site.com')).toEqual([]);
    expect(urls('_site.com')).toEqual([]);
  });
  it('does not read file names, abbreviations, decimals or a domain that runs on', () => {
    expect(urls('photo.jpg attached')).toEqual([]);
    expect(urls('e.g. this one')).toEqual([]);
    expect(urls('wait 3.5 hours')).toEqual([]);
    expect(urls('foo.example')).toEqual([]);
    expect(urls('example.com-')).toEqual([]);
    expect(urls('example.comx')).toEqual([]);
    expect(urls('example.com_x')).toEqual([]);
    expect(urls('nodomain here')).toEqual([]);
  });
  it('reports the host from the folded text and raw offsets', () => {
    expect(urls('ＥＸＡＭＰＬＥ.com/Ｊobs')).toEqual([url('example.com', '/Ｊobs', 0, 'ＥＸＡＭＰＬＥ.com/Ｊobs')]);
    expect(urls('Ｓee example.com/x')).toEqual([url('example.com', '/x', 4, 'example.com/x')]);
  });
  it('finds each of several URLs', () => {
    expect(urls('example.com/a, www.example.org/b and https://example.net')).toEqual([
      url('example.com', '/a', 0, 'example.com/a'),
      url('example.org', '/b', 15, 'www.example.org/b'),
      url('example.net', '', 37, 'https://example.net'),
    ]);
  });
});

describe('url: trailing characters', () => {
  it('leaves trailing sentence punctuation out', () => {
    for (const p of ['.', ',', ';', ':', '!', '?', "'", '"', ']', '}', '>', '*', ').', '!!']) {
      expect(urls(`example.com/jobs${p}`), p).toEqual([url('example.com', '/jobs', 0, 'example.com/jobs')]);
    }
    expect(urls('example.com/x?, ok')).toEqual([url('example.com', '/x', 0, 'example.com/x')]);
    expect(urls('example.com.')).toEqual([url('example.com', '', 0, 'example.com')]);
  });
  it('keeps one closing bracket the URL itself opened, not the sentence\'s', () => {
    expect(urls('(details at http://example.net/a_(b))')).toEqual([url('example.net', '/a_(b)', 12, 'http://example.net/a_(b)')]);
    expect(urls('example.com/a_(b)).')).toEqual([url('example.com', '/a_(b)', 0, 'example.com/a_(b)')]);
    expect(urls('wiki.example.org/Foo_(bar)')).toEqual([url('wiki.example.org', '/Foo_(bar)', 0, 'wiki.example.org/Foo_(bar)')]);
    expect(urls('(see example.com/jobs)')).toEqual([url('example.com', '/jobs', 5, 'example.com/jobs')]);
    expect(urls('(see https://example.com/jobs)')).toEqual([url('example.com', '/jobs', 5, 'https://example.com/jobs')]);
  });
  it('drops trailing slashes from the path', () => {
    expect(urls('example.com/jobs/')).toEqual([url('example.com', '/jobs', 0, 'example.com/jobs/')]);
    expect(urls('example.com/jobs//')).toEqual([url('example.com', '/jobs', 0, 'example.com/jobs//')]);
    expect(urls('example.com/')).toEqual([url('example.com', '', 0, 'example.com/')]);
  });
});

describe('url: the mask', () => {
  it('skips a URL whose first or last character is taken (an e-mail address)', () => {
    expect(urls('anna@example.com')).toEqual([]);
    expect(urls('example.com/x', (m) => (m[0] = 1))).toEqual([]);
    expect(urls('example.com/x', (m) => (m[12] = 1))).toEqual([]);
    expect(urls('example.com/x', (m) => (m[5] = 1))).toEqual([url('example.com', '/x', 0, 'example.com/x')]);
  });
  it('marks what it takes and nothing after it', () => {
    const v = createView('example.com/x. ok');
    const m = new Uint8Array(v.s.length);
    findUrls(v, m);
    expect([...m]).toEqual([...new Array(13).fill(1), 0, 0, 0, 0]);
  });
});

describe('url: survivors of the first measurement', () => {
  it('reads the scheme only at the start, not one inside the path', () => {
    expect(urls('example.com/go?to=https://example.org')).toEqual([url('example.com', '/go?to=https://example.org', 0, 'example.com/go?to=https://example.org')]);
  });
  it('drops trailing punctuation after a bracket pair inside the path', () => {
    expect(urls('example.com/(x)y.')).toEqual([url('example.com', '/(x)y', 0, 'example.com/(x)y')]);
    expect(urls('see example.com/a(b)c, ok')).toEqual([url('example.com', '/a(b)c', 4, 'example.com/a(b)c')]);
  });
  it('reads no host from a scheme followed by a third slash', () => {
    expect(urls('http:///example.com')).toEqual([]);
  });
});
