import { assess } from '../assess.js';
import { parseOptionsOrThrow, toErrorInfo, truncateText } from '../errors.js';
import { extractWith, foldedRange, prepareExtraction } from '../entities/extract.js';
import type { EntityType } from '../entities/schema.js';
import type { AssessOptions } from '../schema.js';
import { buildClusters, type Doc } from './cluster.js';
import { findPlacesAndNames } from './gazetteer.js';
import { iterationOf, notIterable, readItem } from './input.js';
import { contactKeys } from './keys.js';
import { bandKeys, createBanding } from './minhash.js';
import { sortOrder } from './radix.js';
import { type LinkItem, type LinkOptions, LinkOptionsSchema, type LinkResult, type ResolvedLinkOptions, type SkippedItem } from './schema.js';
import { PLACEHOLDER, jaccard, shingleSet } from './shingles.js';
import { doubled } from './grow.js';
import { UnionFind } from './union-find.js';

/** Most ads of one LSH bucket that others are compared with: keeps huge buckets linear. */
const BUCKET_LEADERS = 4;

const parseOptions = (options: unknown): ResolvedLinkOptions => parseOptionsOrThrow(LinkOptionsSchema, options, 'link options');

/** Growable pairs of (band key, document) for the LSH buckets. */
class BandEntries {
  keys = new Uint32Array(1 << 16);
  docs = new Uint32Array(1 << 16);
  length = 0;
  push(key: number, doc: number): void {
    if (this.length === this.keys.length) {
      this.keys = doubled(this.keys);
      this.docs = doubled(this.docs);
    }
    this.keys[this.length] = key;
    this.docs[this.length++] = doc;
  }
}

/**
 * Links ads across a corpus: by shared contacts (phone numbers compared in E.164 / national
 * form, e-mail addresses, messenger handles per platform, wallet addresses) and by
 * near-duplicate text (MinHash over word 3-shingles, LSH banding, candidate pairs verified by
 * exact Jaccard ≥ `jaccardThreshold`), joined with union-find. Returns the clusters of two or
 * more ads with what links them, how many cities and names they use, their time span and the
 * highest single-ad level among their members — corpus facts, kept apart from each ad's own
 * score. Accepts an array, an iterable or an async iterable; an item without an id or a string
 * text is reported in `skipped`, never dropped silently. Rejects with `invalid_input` when
 * `items` cannot be iterated and `invalid_options` for bad options.
 *
 * @example
 * ```ts
 * import { linkCorpus } from 'trafficking-signals';
 * const { clusters } = await linkCorpus([
 *   { id: 'a', text: 'New in Miami, Anna 22. Text 415-555-0123' },
 *   { id: 'b', text: 'Sofia here, just arrived in Dallas. Call 4155550123' },
 *   { id: 'c', text: 'Cleaner wanted, weekday mornings.' },
 * ]);
 * clusters[0]?.members;  // ["a", "b"]
 * clusters[0]?.reasons;  // ["2 ads share phone +14155550123"]
 * ```
 */
export async function linkCorpus(
  items: Iterable<LinkItem | unknown> | AsyncIterable<LinkItem | unknown>,
  options?: LinkOptions,
): Promise<LinkResult> {
  const started = performance.now();
  const opts = parseOptions(options);
  const how = iterationOf(items);
  if (how === 'invalid') throw notIterable(items);
  // assess() keeps its compiled assessors between calls; a first call checks the options now.
  const assessOptions = opts.assessOptions as AssessOptions | undefined;
  if (opts.assess) assess('', assessOptions);
  const assessor = opts.assess ? { assess: (text: string) => assess(text, assessOptions) } : undefined;
  const linkBy = new Set(opts.linkBy);
  const types: EntityType[] = ['phone', 'email', 'handle', 'wallet', 'url'];
  const extraction = prepareExtraction({
    types,
    ...(opts.language ? { language: opts.language } : {}),
    ...(opts.defaultCountry ? { defaultCountry: opts.defaultCountry } : {}),
  });
  const banding = createBanding(opts.bands, opts.rows);
  const byText = linkBy.has('text');

  const uf = new UnionFind();
  const docs: Doc[] = [];
  const keyIds = new Map<string, number>();
  const keyFirst: number[] = [];
  const keyInfo: { type: 'phone' | 'email' | 'handle' | 'wallet'; display: string }[] = [];
  const bands = new BandEntries();
  const seen = new Map<string, number>();
  const skipped: SkippedItem[] = [];
  let index = 0;
  let invalidDates = 0;

  const feed = (item: unknown): void => {
    const i = index++;
    const read = readItem(item, i, seen);
    if ('skip' in read) {
      skipped.push(read.skip);
      return;
    }
    if (read.dateInvalid) invalidDates++;
    try {
      const text = truncateText(read.text, opts.maxLength);
      const { entities, view, tokens } = extractWith(text, extraction);
      const contacts = contactKeys(entities, linkBy);
      // Contacts, names, cities and numbers do not count towards a template: operators swap them.
      const hits = findPlacesAndNames(view, tokens);
      const role = new Int8Array(tokens.length);
      for (const h of hits) {
        role[h.first] = h.kind === 'city' ? 2 : 1;
        for (let k = h.first + 1; k < h.next; k++) role[k] = 3;
      }
      let shingles: Uint32Array = new Uint32Array(0);
      if (byText) {
        const hidden = new Uint8Array(view.s.length);
        for (const e of entities) {
          const [a, b] = foldedRange(view, e.start, e.end);
          hidden.fill(1, a, b);
        }
        shingles = shingleSet(tokens, opts.shingleSize, (t, k) => {
          if (hidden[t.start]) return null;
          const r = role[k];
          return r === 1 ? PLACEHOLDER.name : r === 2 ? PLACEHOLDER.city : r === 3 ? null : undefined;
        });
      }
      const d = uf.add();
      const keys: number[] = [];
      for (const c of contacts) {
        let kid = keyIds.get(c.key);
        if (kid === undefined) {
          kid = keyInfo.length;
          keyIds.set(c.key, kid);
          keyInfo.push({ type: c.type, display: c.display });
          keyFirst.push(d);
        } else {
          const info = keyInfo[kid] as (typeof keyInfo)[number];
          if (!info.display.startsWith('+') && c.display.startsWith('+')) info.display = c.display;
          uf.union(d, keyFirst[kid] as number);
        }
        keys.push(kid);
      }
      docs.push({
        id: read.id,
        text,
        time: read.time,
        keys,
        shingles: byText && shingles.length >= opts.minShingles ? shingles : null,
        cities: hits.filter((h) => h.kind === 'city').map((h) => h.value),
        names: hits.filter((h) => h.kind === 'name').map((h) => h.value),
      });
      const mine = docs[d]?.shingles;
      if (mine) for (const key of bandKeys(mine, banding)) bands.push(key, d);
    } catch (err) {
      const info = toErrorInfo(err);
      skipped.push({ index: i, id: read.id, error: { code: 'internal_error', message: info.message } });
      seen.delete(read.id);
    }
  };

  if (how === 'sync') for (const item of items as Iterable<unknown>) feed(item);
  else for await (const item of items as AsyncIterable<unknown>) feed(item);

  // Near-duplicates: ads sharing a bucket are compared with the bucket's first few distinct ads.
  const nearDup = new Uint8Array(docs.length);
  let candidatePairs = 0;
  let nearDuplicatePairs = 0;
  const order = sortOrder(bands.keys, bands.length);
  const leaders: number[] = [];
  for (let g = 0; g < order.length; ) {
    const key = bands.keys[order[g] as number];
    let end = g + 1;
    while (end < order.length && bands.keys[order[end] as number] === key) end++;
    if (end - g > 1) {
      leaders.length = 0;
      for (let k = g; k < end; k++) {
        const d = bands.docs[order[k] as number] as number;
        let matched = false;
        for (const r of leaders) {
          if (nearDup[d] && uf.find(d) === uf.find(r)) {
            matched = true;
            break;
          }
          candidatePairs++;
          if (jaccard((docs[d] as Doc).shingles as Uint32Array, (docs[r] as Doc).shingles as Uint32Array) >= opts.jaccardThreshold) {
            nearDuplicatePairs++;
            uf.union(d, r);
            nearDup[d] = 1;
            nearDup[r] = 1;
            matched = true;
            break;
          }
        }
        if (!matched && leaders.length < BUCKET_LEADERS) leaders.push(d);
      }
    }
    g = end;
  }

  const clusters = buildClusters({ docs, uf, nearDup, keyInfo, opts, assessor });
  const linked = clusters.reduce((a, c) => a + c.size, 0);
  return {
    clusters,
    stats: {
      items: index,
      ads: docs.length,
      skipped: skipped.length,
      linked,
      clusters: clusters.length,
      contacts: keyInfo.length,
      candidatePairs,
      nearDuplicatePairs,
      invalidDates,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    },
    skipped,
  };
}
