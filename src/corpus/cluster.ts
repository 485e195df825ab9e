import type { Assessment } from '../schema.js';
import { LEVELS } from '../score/index.js';
import type { Cluster, ResolvedLinkOptions } from './schema.js';
import type { UnionFind } from './union-find.js';

/**
 * What linking keeps of one ad.
 *
 * @example
 * ```ts
 * const doc: Doc = { id: 'a', text: '…', time: NaN, keys: [], shingles: null, cities: [], names: [] };
 * ```
 */
export interface Doc {
  id: string;
  text: string;
  /** Milliseconds since the epoch, or NaN. */
  time: number;
  /** Interned contact keys. */
  keys: number[];
  /** Shingle set, or null when the ad is too short (or text linking is off). */
  shingles: Uint32Array | null;
  cities: string[];
  names: string[];
}

interface Input {
  docs: Doc[];
  uf: UnionFind;
  nearDup: Uint8Array;
  keyInfo: { type: 'phone' | 'email' | 'handle' | 'wallet'; display: string }[];
  opts: ResolvedLinkOptions;
  assessor: { assess(text: string): Assessment } | undefined;
}

const LABEL = { phone: 'phone', email: 'e-mail', handle: 'handle', wallet: 'wallet' } as const;
const MAX_CONTACT_REASONS = 5;
const DAY = 86_400_000;
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const hex8 = (n: number): string => n.toString(16).padStart(8, '0');

function describe(input: Input, members: number[]): Cluster {
  const { docs, nearDup, keyInfo, opts, assessor } = input;
  const ids = members.map((d) => (docs[d] as Doc).id).sort(byString);
  const counts = new Map<number, number>();
  for (const d of members) for (const k of (docs[d] as Doc).keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const shared = [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .map(([k, n]) => ({ ...(keyInfo[k] as Input['keyInfo'][number]), count: n }))
    .sort((a, b) => b.count - a.count || byString(a.type, b.type) || byString(a.display, b.display));
  const keys: Cluster['keys'] = shared.map((c) => ({ type: c.type, value: c.display, count: c.count }));
  const reasons = shared.slice(0, MAX_CONTACT_REASONS).map((c) => `${c.count} ads share ${LABEL[c.type]} ${c.display}`);
  if (shared.length > MAX_CONTACT_REASONS) reasons.push(`${shared.length - MAX_CONTACT_REASONS} more contacts are shared`);

  const dups = members.filter((d) => nearDup[d]);
  if (dups.length >= 2) {
    // Fingerprint: the smallest shingle hash over the near-duplicates — a MinHash of the template.
    let min = 0xffffffff;
    for (const d of dups) min = Math.min(min, (docs[d] as Doc).shingles?.[0] ?? min);
    keys.push({ type: 'template', value: hex8(min), count: dups.length });
    reasons.push(`${dups.length} ads are near-duplicates (Jaccard ≥ ${opts.jaccardThreshold})`);
  }

  const cities = new Set<string>();
  const names = new Set<string>();
  let first = Infinity;
  let last = -Infinity;
  for (const d of members) {
    const doc = docs[d] as Doc;
    for (const c of doc.cities) cities.add(c);
    for (const n of doc.names) names.add(n);
    if (!Number.isNaN(doc.time)) {
      first = Math.min(first, doc.time);
      last = Math.max(last, doc.time);
    }
  }
  const cluster: Cluster = {
    id: `cluster:${ids[0] as string}`,
    size: ids.length,
    members: ids,
    keys,
    reasons,
    sharedContacts: shared.length,
    cities: [...cities].sort(byString),
    distinctCities: cities.size,
    names: [...names].sort(byString),
    distinctNames: names.size,
  };
  if (first !== Infinity) {
    cluster.timeSpan = {
      first: new Date(first).toISOString(),
      last: new Date(last).toISOString(),
      days: Math.round(((last - first) / DAY) * 100) / 100,
    };
  }
  if (assessor) {
    // Highest level first reached wins: stop at "high"; the same text is assessed once.
    let level = 0;
    const done = new Set<string>();
    for (const d of members) {
      const text = (docs[d] as Doc).text;
      if (done.has(text)) continue;
      done.add(text);
      try {
        level = Math.max(level, LEVELS.indexOf(assessor.assess(text).level));
      } catch {
        // an ad assess() cannot read adds nothing to the level
      }
      if (level === LEVELS.length - 1) break;
    }
    cluster.maxLevel = LEVELS[level];
  }
  return cluster;
}

/**
 * Turns the union-find sets into reported clusters (two or more ads, or `minClusterSize`),
 * largest first, then by id.
 *
 * @example
 * ```ts
 * const clusters = buildClusters({ docs, uf, nearDup, keyInfo, opts, assessor });
 * ```
 */
export function buildClusters(input: Input): Cluster[] {
  const { docs, uf, opts } = input;
  const groups = new Map<number, number[]>();
  for (let d = 0; d < docs.length; d++) {
    const root = uf.find(d);
    const list = groups.get(root);
    if (list) list.push(d);
    else groups.set(root, [d]);
  }
  const out: Cluster[] = [];
  for (const members of groups.values()) if (members.length >= opts.minClusterSize) out.push(describe(input, members));
  return out.sort((a, b) => b.size - a.size || byString(a.id, b.id));
}
