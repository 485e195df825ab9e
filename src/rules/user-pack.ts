import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { TraffickingSignalsError } from '../errors.js';
import { auditPack } from './pack-audit.js';
import { LexiconSchema, type Pack, PACK_IDS, type PackId, ruleSchemaWith } from './schema.js';

type YamlParse = typeof import('yaml').parse;
let yamlParser: YamlParse | undefined;
/** The YAML parser, loaded on the first pack read from text (most users never need it at start-up). */
function yamlParse(): YamlParse {
  yamlParser ??= (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse;
  return yamlParser;
}

const BUILTIN = new Set<string>(PACK_IDS);
const RULE_ID = /^[a-z][a-z0-9_]*\.[a-z_]+\.[a-z0-9_]+$/;

/**
 * A custom rule pack: a team's own rules, lexicons, weights and switches, on top of the
 * built-in packs. Its rules are written exactly like `rules/<pack>/*.yml` (see rules/README.md)
 * with ids `<pack>.<category>.<name>`; they use the stemmer, negation cues and lexicons of
 * `language` (`xx`: language-independent, always active) plus their own `lexicons`.
 * `weights` overrides the weight of any rule by id; `disable` switches rules off.
 *
 * @example
 * ```ts
 * import { UserPackSchema } from 'trafficking-signals';
 * UserPackSchema.parse({
 *   pack: 'acme', language: 'en',
 *   rules: [{ id: 'acme.off_platform_contact.app_code', category: 'off_platform_contact', weight: 0.3,
 *     description: 'Our platform’s code word for moving to a private app.', source: 'Acme T&S team, 2026',
 *     patterns: ['(blue|green) bird app'], examples: { match: ['add me on the blue bird app'], noMatch: ['a blue bird'] } }],
 *   weights: { 'en.movement_transience.new_in_town': 0.05 },
 * });
 * ```
 */
export const UserPackSchema = z
  .strictObject({
    pack: z
      .string()
      .regex(/^[a-z][a-z0-9_]{1,39}$/, 'pack names are 2–40 lower-case letters, digits and "_", starting with a letter')
      .refine((p) => !BUILTIN.has(p), 'that name belongs to a built-in pack: choose your own, e.g. "acme"'),
    /** Whose stemmer, negation cues and lexicons the rules use, and when they are active. */
    language: z.enum(PACK_IDS).default('xx'),
    description: z.string().optional(),
    lexicons: z.array(LexiconSchema).default([]),
    rules: z.array(ruleSchemaWith(z.string().regex(RULE_ID, 'rule ids look like "<pack>.<category>.<name>", e.g. "acme.debt_bondage.code_word"'))).default([]),
    /** Rule id → new weight (built-in or this pack's rules). */
    weights: z.record(z.string(), z.number().gt(0).lte(1)).default({}),
    /** Rule ids to switch off. */
    disable: z.array(z.string()).default([]),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.rules.forEach((rule, i) => {
      if (!rule.id.startsWith(`${pack.pack}.`)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `rule ids of pack "${pack.pack}" start with "${pack.pack}.": rename "${rule.id}"` });
      }
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `rule id "${rule.id}" is used twice` });
      seen.add(rule.id);
    });
    const names = new Set<string>();
    pack.lexicons.forEach((l, i) => {
      if (names.has(l.name)) ctx.addIssue({ code: 'custom', path: ['lexicons', i, 'name'], message: `lexicon "${l.name}" is defined twice` });
      names.add(l.name);
    });
  });

/**
 * A custom rule pack as written (defaults not yet applied).
 *
 * @example
 * ```ts
 * import type { UserPackInput } from 'trafficking-signals';
 * const pack: UserPackInput = { pack: 'acme', disable: ['xx.off_platform_contact.messenger_name'] };
 * ```
 */
export type UserPackInput = z.input<typeof UserPackSchema>;
/**
 * A validated custom rule pack.
 *
 * @example
 * ```ts
 * import { loadPack, type UserPack } from 'trafficking-signals';
 * const pack: UserPack = loadPack('pack: acme\ndisable: [xx.off_platform_contact.messenger_name]\n');
 * ```
 */
export type UserPack = z.output<typeof UserPackSchema>;

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Rejects `__proto__`, `constructor` and `prototype` keys anywhere, before any validation reads them. */
function checkKeys(value: unknown, path: string[] = []): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkKeys(v, [...path, String(i)]));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) {
      throw new TraffickingSignalsError('invalid_pack', `pack: key "${key}" at ${[...path, key].join('.')} is not allowed`, [[...path, key].join('.')]);
    }
    checkKeys((value as Record<string, unknown>)[key], [...path, key]);
  }
}

/** Names the rule (by id) or lexicon an issue is about, so the author can find it. */
function where(data: unknown, path: readonly PropertyKey[]): string {
  const [list, index] = path;
  if ((list === 'rules' || list === 'lexicons') && typeof index === 'number') {
    const item = (data as Record<string, { id?: unknown; name?: unknown }[]>)[list]?.[index];
    const name = list === 'rules' ? item?.id : item?.name;
    if (typeof name === 'string') return `${list === 'rules' ? 'rule' : 'lexicon'} ${name}, field ${path.slice(2).join('.') || '(top)'}`;
  }
  return path.join('.') || '(top)';
}

/**
 * Validates a custom pack given as an object. Throws a `TraffickingSignalsError` with code
 * `invalid_pack` naming the rule and the field of every problem — a pattern that does not
 * compile, or whose worst-case matching work is over `PATTERN_LIMITS`, included.
 *
 * @example
 * ```ts
 * import { parsePack } from 'trafficking-signals';
 * parsePack({ pack: 'acme', weights: { 'en.movement_transience.new_in_town': 0.05 } }).pack; // "acme"
 * ```
 */
export function parsePack(input: unknown): UserPack {
  checkKeys(input);
  const parsed = UserPackSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${where(input, i.path)}: ${i.message}`);
    const name = typeof (input as { pack?: unknown } | null)?.pack === 'string' ? ` "${(input as { pack: string }).pack}"` : '';
    throw new TraffickingSignalsError('invalid_pack', `Invalid pack${name} — ${issues.join('; ')}`, issues);
  }
  // Every pattern is expanded now, with the lexicons it will see, and its worst-case matching
  // work checked (pack-audit.ts): a pack that could stall the matcher is refused at load.
  const issues = auditPack(parsed.data);
  if (issues.length) throw new TraffickingSignalsError('invalid_pack', `Invalid pack "${parsed.data.pack}" — ${issues.join('; ')}`, issues);
  return parsed.data;
}

/**
 * Reads a custom pack from YAML or JSON text (JSON is YAML too) and validates it like
 * {@link parsePack}. Merge keys and custom tags are not read; anchors and aliases are limited,
 * so a small text cannot expand into a huge one.
 *
 * @example
 * ```ts
 * import { createAssessor, loadPack } from 'trafficking-signals';
 * const pack = loadPack(`
 * pack: acme
 * language: en
 * weights: { en.movement_transience.new_in_town: 0.05 }
 * disable: [xx.off_platform_contact.messenger_name]
 * `);
 * createAssessor({ packs: [pack] }).assess('New in town, WhatsApp me').ruleset.packs; // [{ pack: "acme", sha256: "…" }]
 * ```
 */
export function loadPack(text: string): UserPack {
  if (typeof text !== 'string') throw new TypeError('loadPack(text): text must be a string of YAML or JSON');
  let data: unknown;
  try {
    data = yamlParse()(text, { merge: false, maxAliasCount: 100, customTags: [], uniqueKeys: true });
  } catch (err) {
    throw new TraffickingSignalsError('invalid_pack', `pack: not valid YAML or JSON — ${(err as Error).message.split('\n')[0]}`);
  }
  return parsePack(data);
}

/** The sha256 of a validated pack's canonical JSON: which rules scored an ad. */
export function packSha256(pack: UserPack): string {
  return createHash('sha256').update(JSON.stringify(pack)).digest('hex');
}

/** A validated user pack as a pack the compiler reads: its rules under its language's id. */
export function asPack(user: UserPack, base: Pack | undefined): Pack {
  return {
    pack: user.language as PackId,
    name: user.pack,
    stemmer: base?.stemmer ?? 'none',
    negation: { window: base?.negation.window ?? 3, cues: [], breaks: base?.negation.breaks ?? [] },
    awareness: [],
    lexicons: user.lexicons,
    rules: user.rules,
  };
}
