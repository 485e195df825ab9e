/**
 * Linking ads across a corpus: shared contacts and near-duplicate templates.
 *
 * @packageDocumentation
 */
export { linkCorpus } from './link.js';
export { ClusterSchema, LINK_KEY_TYPES, LinkOptionsSchema, LinkResultSchema } from './schema.js';
export type { Cluster, LinkItem, LinkOptions, LinkResult, SkippedItem } from './schema.js';
