import { describe, expect, it } from 'vitest';
import { TLD_PATTERN, TLDS } from '../src/entities/tld.js';
import { trimTrailing } from '../src/entities/trim.js';

// The small helpers of the finders, for the mutants of src/entities/tld.ts and trim.ts: the
// top-level-domain set and its alternation, and trailing-character trimming.

describe('tld: the set and its pattern', () => {
  it('holds the listed domains and none of the file extensions or abbreviations', () => {
    for (const t of ['com', 'net', 'org', 'me', 'uk', 'de', 'fr', 'es', 'it', 'pt', 'br', 'ly', 'to', 'gg', 'online', 'site', 'mobi', 'cam', 'bio']) {
      expect(TLDS.has(t), t).toBe(true);
    }
    for (const t of ['jpg', 'png', 'pdf', 'g', 'e', '', 'exe', 'html']) expect(TLDS.has(t), t).toBe(false);
    expect(TLDS.size).toBe(105);
  });
  it('lists the alternation longest first, then alphabetically, each domain once', () => {
    const parts = TLD_PATTERN.split('|');
    expect(parts).toHaveLength(TLDS.size);
    expect(new Set(parts)).toEqual(TLDS);
    expect(parts[0]).toBe('online');
    expect(parts.at(-1)).toBe('za');
    for (let i = 1; i < parts.length; i++) {
      const [a, b] = [parts[i - 1]!, parts[i]!];
      expect(a.length > b.length || (a.length === b.length && a < b), `${a} before ${b}`).toBe(true);
    }
  });
  it('matches whole domains in a regular expression', () => {
    const re = new RegExp(`\\.(?:${TLD_PATTERN})$`);
    expect(re.test('example.com')).toBe(true);
    expect(re.test('example.online')).toBe(true);
    expect(re.test('photo.jpg')).toBe(false);
  });
});

describe('trim: trailing characters', () => {
  it('removes every trailing character of the set and nothing else', () => {
    expect(trimTrailing('example.com/..', './')).toBe('example.com');
    expect(trimTrailing('anna.', '.')).toBe('anna');
    expect(trimTrailing('a.b', '.')).toBe('a.b');
    expect(trimTrailing('...', '.')).toBe('');
    expect(trimTrailing('', '.')).toBe('');
    expect(trimTrailing('abc', '')).toBe('abc');
  });
  it('returns the same string when nothing is trimmed', () => {
    const s = 'example.com';
    expect(trimTrailing(s, '/')).toBe(s);
  });
});
