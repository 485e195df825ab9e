import type { CategoryId } from '../categories.js';
import { BUILTIN_PACKS } from './generated/builtin.js';
import type { PackId } from './schema.js';

/**
 * A rule as listed for documentation and for `disabledRules`.
 *
 * @example
 * ```ts
 * import { listRules, type RuleInfo } from 'trafficking-signals';
 * const strong: RuleInfo[] = listRules().filter((r) => r.weight >= 0.8);
 * ```
 */
export interface RuleInfo {
  id: string;
  pack: PackId;
  category: CategoryId;
  weight: number;
  description: string;
  source: string;
}

/**
 * Every built-in rule, sorted by id.
 *
 * @example
 * ```ts
 * import { listRules } from 'trafficking-signals';
 * listRules().filter((r) => r.category === 'document_control').map((r) => r.id);
 * ```
 */
export function listRules(): RuleInfo[] {
  return BUILTIN_PACKS.flatMap((p) =>
    p.rules.map(({ id, category, weight, description, source }) => ({
      id,
      pack: p.pack,
      category,
      weight,
      description,
      source,
    })),
  ).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
