import { describe, expect, it } from 'vitest';
import { generateCorpus, pairwiseScores } from '../bench/link.js';
import { ClusterSchema, linkCorpus, LinkResultSchema, type LinkItem } from '../src/corpus/index.js';

// Linking on a generated corpus: operators each post many variants of their own template and
// contact (names, cities and prices swapped, light rewording, phone formats varied, some with
// two phones, some with a handle, an e-mail or no contact at all) among many unrelated ads built
// from the same sentence families. Synthetic data only.

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe('linkCorpus on a generated corpus', () => {
  const corpus = generateCorpus(3000, 7);

  it('links operators with pairwise precision and recall of at least 0.95', async () => {
    const result = await linkCorpus(corpus.items, { assess: false });
    const { precision, recall } = pairwiseScores(result.clusters, corpus);
    process.stdout.write(`\ncorpus links: pairwise precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}\n`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(result.skipped).toEqual([]);
    LinkResultSchema.parse(result);
  });

  it('links by text alone when contacts are not used', async () => {
    const result = await linkCorpus(corpus.items, { assess: false, linkBy: ['text'] });
    const { precision, recall } = pairwiseScores(result.clusters, corpus);
    process.stdout.write(`\ntext-only links: pairwise precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}\n`);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the same clusters from an async iterable, and on every run', async () => {
    const items = corpus.items.slice(0, 800);
    const a = await linkCorpus(items, { assess: false });
    const b = await linkCorpus(slowly(items), { assess: false });
    const strip = (r: typeof a): unknown => r.clusters;
    expect(strip(b)).toEqual(strip(a));
    expect(b.stats.ads).toBe(800);
  });
});

describe('clusters', () => {
  const ads: LinkItem[] = [
    { id: 'a1', text: 'Anna, 22, new in Miami. Sweet and discreet. Call +44 7700 900123 for details.', date: '2024-05-01T10:00:00Z' },
    { id: 'a2', text: 'Sofia here, just arrived in Dallas. Text 07700 900123 anytime.', date: '2024-05-03T10:00:00Z' },
    { id: 'a3', text: 'Sweet Lola visiting Houston. WhatsApp wa.me/447700900123', date: '2024-05-02T10:00:00Z' },
    { id: 'b1', text: 'Cleaner wanted for a family home, weekday mornings, references needed. Email jobs@example.com' },
    { id: 'b2', text: 'Part-time gardener for the summer, tools provided. Email jobs@example.com please' },
    { id: 'c1', text: 'Vintage bike in good condition, pickup only, price firm.' },
  ];

  it('report shared contacts, cities, names, time span and the highest level', async () => {
    const { clusters, stats } = await linkCorpus(ads);
    expect(clusters.map((c) => c.members)).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2'],
    ]);
    const [a, b] = clusters;
    for (const c of clusters) ClusterSchema.parse(c);
    expect(a).toMatchObject({
      id: 'cluster:a1',
      size: 3,
      keys: [{ type: 'phone', value: '+447700900123', count: 3 }],
      reasons: ['3 ads share phone +447700900123'],
      sharedContacts: 1,
      cities: ['dallas', 'houston', 'miami'],
      distinctCities: 3,
      names: ['anna', 'lola', 'sofia'],
      distinctNames: 3,
      timeSpan: { first: '2024-05-01T10:00:00.000Z', last: '2024-05-03T10:00:00.000Z', days: 2 },
    });
    expect(['none', 'low', 'medium', 'high']).toContain(a?.maxLevel);
    expect(b?.reasons).toEqual(['2 ads share e-mail jobs@example.com']);
    expect(b?.timeSpan).toBeUndefined();
    expect(stats).toMatchObject({ items: 6, ads: 6, skipped: 0, linked: 5, clusters: 2 });
  });

  it('link near-duplicate templates without a shared contact, and say so', async () => {
    const template = (name: string, city: string, price: number, contact: string): string =>
      `Hello gentlemen, this is ${name}, just arrived in ${city} for a few days. I offer relaxing company in a clean and private place near downtown. Rates start at $${price} per hour, no rush, cash only. ${contact}`;
    const items: LinkItem[] = [
      { id: 't1', text: template('Anna', 'Miami', 200, 'Text me at anna1@example.com') },
      { id: 't2', text: template('Mia', 'Boston', 250, 'Telegram @mia_b') },
      { id: 't3', text: template('Lucy', 'Denver', 300, 'Call 415-555-0199') },
      { id: 'x1', text: 'Relaxing massage in a clean place near downtown, licensed therapist, appointments only.' },
    ];
    const { clusters } = await linkCorpus(items, { assess: false });
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.members).toEqual(['t1', 't2', 't3']);
    expect(clusters[0]?.keys).toEqual([{ type: 'template', value: expect.stringMatching(/^[0-9a-f]{8}$/), count: 3 }]);
    expect(clusters[0]?.reasons).toEqual(['3 ads are near-duplicates (Jaccard ≥ 0.6)']);
  });

  it('link obscured and plain forms of one phone number, and handles per platform', async () => {
    const items: LinkItem[] = [
      { id: 'p1', text: 'Call four one five, five five five, zero one two three.' },
      { id: 'p2', text: 'Call (415) 555-0123 now.' },
      { id: 'h1', text: 'Telegram: @anna_x' },
      { id: 'h2', text: 'find me t.me/anna_x' },
      { id: 'h3', text: 'Snapchat: anna_x' },
    ];
    const { clusters } = await linkCorpus(items, { assess: false, language: 'en' });
    expect(clusters.map((c) => c.members)).toEqual([
      ['h1', 'h2'],
      ['p1', 'p2'],
    ]);
    expect(clusters[0]?.keys).toEqual([{ type: 'handle', value: 'telegram:anna_x', count: 2 }]);
  });
});

describe('bad input', () => {
  it('reports bad items and keeps the good ones', async () => {
    const items = [
      { id: 'ok1', text: 'Call +44 7700 900123' },
      null,
      'just a string',
      { text: 'no id' },
      { id: '', text: 'empty id' },
      { id: 'n1', text: 42 },
      { id: 'ok1', text: 'duplicate id' },
      { id: 7, text: 'Text 07700 900123', date: 'not a date' },
      { id: 'arr', text: ['a'] },
    ];
    const result = await linkCorpus(items, { assess: false });
    expect(result.skipped.map((s) => [s.index, s.id, s.error.code])).toEqual([
      [1, undefined, 'invalid_input'],
      [2, undefined, 'invalid_input'],
      [3, undefined, 'invalid_input'],
      [4, undefined, 'invalid_input'],
      [5, 'n1', 'invalid_input'],
      [6, 'ok1', 'invalid_input'],
      [8, 'arr', 'invalid_input'],
    ]);
    expect(result.skipped[5]?.error.message).toMatch(/duplicate id "ok1" \(first seen at index 0\)/);
    expect(result.stats).toMatchObject({ items: 9, ads: 2, skipped: 7, invalidDates: 1 });
    expect(result.clusters.map((c) => c.members)).toEqual([['7', 'ok1']]);
    LinkResultSchema.parse(result);
  });

  it('rejects what cannot be iterated and bad options, with codes', async () => {
    await expect(linkCorpus(42 as never)).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(linkCorpus([], { jaccardThreshold: 2 })).rejects.toMatchObject({ code: 'invalid_options' });
    await expect(linkCorpus([], { colour: 'red' } as never)).rejects.toMatchObject({ code: 'invalid_options' });
  });

  it('survives an empty corpus and texts that are empty or huge', async () => {
    expect((await linkCorpus([])).clusters).toEqual([]);
    const big = 'Call +44 7700 900123. '.repeat(20_000);
    const r = await linkCorpus([
      { id: 'e', text: '' },
      { id: 'big', text: big },
      { id: 's', text: 'Text 07700 900123' },
    ], { assess: false, maxLength: 5000 });
    expect(r.clusters.map((c) => c.members)).toEqual([['big', 's']]);
  });
});
