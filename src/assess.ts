import { CATEGORY_IDS, LANGUAGE_CODES, type CategoryId } from './categories.js';
import { detectLanguage } from './detect/language.js';
import { exclusiveVotes } from './detect/lexicon.js';
import { parseOptionsOrThrow, TraffickingSignalsError, toErrorInfo, truncateText, type ErrorCode } from './errors.js';
import { extractWith, prepareExtraction, type Resolved as ExtractionOptions } from './entities/extract.js';
import { normalizeFolded } from './normalize/index.js';
import { foldRaw } from './prepare/fold.js';
import { compileRules, type CompiledRuleset } from './rules/compile.js';
import { detectorsOf, evaluate, type TokenSpan } from './rules/evaluate.js';
import { BUILTIN_PACKS, RULESET } from './rules/generated/builtin.js';
import { matchTokensForRules } from './rules/match.js';
import { loadPrecompiled } from './rules/precompiled.js';
import type { Pack, PackId } from './rules/schema.js';
import { asPack, packSha256, parsePack, type UserPack } from './rules/user-pack.js';
import {
  type AssessOptions,
  AssessOptionsSchema,
  type Assessment,
  type Evidence,
  type ResolvedOptions,
  SCHEMA_VERSION,
  type Signal,
} from './schema.js';
import { applyAwareness, combineCategories, levelOf, LEVELS, noisyOr } from './score/index.js';
import { tokenize, type Token } from './tokenize/index.js';
import { modelAwareness, modelSignals } from './model/signals.js';
import { wordingModel, type WordingModel } from './model/wording.js';

/**
 * One item of `assessBatch`: a string, or an object with the text and an optional id.
 *
 * @example
 * ```ts
 * import type { BatchItem } from 'trafficking-signals';
 * const items: BatchItem[] = ['plain text', { id: 'ad-7', text: 'Waiter wanted' }];
 * ```
 */
export type BatchItem = string | { id?: string | number; text: unknown };

/**
 * The outcome for one batch item: never thrown, so no record is lost to another's error.
 *
 * @example
 * ```ts
 * import { createAssessor, type BatchResult } from 'trafficking-signals';
 * const out: BatchResult[] = createAssessor().assessBatch([{ id: 1, text: 'Cook wanted' }]);
 * for (const r of out) console.log(r.id, r.ok ? r.assessment.level : r.error.code);
 * ```
 */
export type BatchResult =
  | { index: number; id?: string | number; ok: true; assessment: Assessment }
  | { index: number; id?: string | number; ok: false; error: { code: ErrorCode; message: string } };

/**
 * A configured assessor: options validated and rules compiled once.
 *
 * @example
 * ```ts
 * import { createAssessor, type Assessor } from 'trafficking-signals';
 * const assessor: Assessor = createAssessor({ language: 'fr' });
 * assessor.assess('Serveuse logée nourrie, frais de dossier 300 €').level;
 * ```
 */
export interface Assessor {
  /** The options after defaults. */
  readonly options: ResolvedOptions;
  assess(text: string): Assessment;
  assessBatch(items: Iterable<BatchItem>): BatchResult[];
}

const UNUSUAL = /[\u0000-\u0008\u000e-\u001f\ufffd]/g;

const parseOptions = (options: unknown): ResolvedOptions => parseOptionsOrThrow(AssessOptionsSchema, options, 'options');

/** Rules ids named by options or packs must exist, so a typo cannot silently do nothing. */
function checkKnown(ids: readonly string[], known: ReadonlySet<string>, what: string, code: 'invalid_options' | 'invalid_pack'): void {
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new TraffickingSignalsError(code, `${what}: unknown rule id(s) ${unknown.map((u) => `"${u}"`).join(', ')} — listRules() gives every id`, unknown);
  }
}

/** The packs to compile: the built-in ones, then each custom pack over its language; weights applied. */
function packsFor(users: readonly UserPack[]): Pack[] {
  if (!users.length) return [...BUILTIN_PACKS];
  const known = new Set(BUILTIN_PACKS.flatMap((p) => p.rules.map((r) => r.id)));
  for (const user of users) {
    for (const rule of user.rules) {
      if (known.has(rule.id)) throw new TraffickingSignalsError('invalid_pack', `pack "${user.pack}": rule id "${rule.id}" is already used`, [rule.id]);
      known.add(rule.id);
    }
  }
  const weights = new Map<string, number>();
  for (const user of users) {
    checkKnown(Object.keys(user.weights), known, `pack "${user.pack}" weights`, 'invalid_pack');
    checkKnown(user.disable, known, `pack "${user.pack}" disable`, 'invalid_pack');
    for (const [id, w] of Object.entries(user.weights)) weights.set(id, w);
  }
  const reweigh = (p: Pack): Pack =>
    weights.size ? { ...p, rules: p.rules.map((r) => (weights.has(r.id) ? { ...r, weight: weights.get(r.id) as number } : r)) } : p;
  return [...BUILTIN_PACKS, ...users.map((u) => asPack(u, BUILTIN_PACKS.find((b) => b.pack === u.language)))].map(reweigh);
}

/** A second language needs this many frequent words, and this share of the first's, to get its pack. */
const MIXED_MIN_VOTES = 2;
const MIXED_SHARE = 0.25;
/** Languages scoring within this share of the best are too close to call. */
const UNCERTAIN_MARGIN = 0.1;

const SHIPPED = new Set<PackId>(BUILTIN_PACKS.map((p) => p.pack));
const shipped = (packs: PackId[]): PackId[] => packs.filter((p) => SHIPPED.has(p));

function choosePacks(words: string[], raw: string, options: ResolvedOptions, warnings: Assessment['warnings']) {
  if (options.language !== 'auto') {
    return { code: options.language, confidence: 1, packs: shipped([options.language, 'xx']) };
  }
  const guess = detectLanguage(words, raw);
  if (guess.code === 'und') {
    warnings.push({
      code: 'language_undetermined',
      message: 'Text too short to tell its language: every language pack was applied.',
    });
    return { code: 'und' as const, confidence: 0, packs: shipped([...LANGUAGE_CODES, 'xx']) };
  }
  const packs: PackId[] = [guess.code];
  // Within UNCERTAIN_MARGIN of the best, trigram scores do not tell languages apart (a short
  // French ad of place names and slang scores 1 / 0.92 / 0.91 / 0.91 for pt, en, fr, de):
  // every language that close gets its pack.
  const close = guess.candidates.slice(1).filter((c) => c.score > 1 - UNCERTAIN_MARGIN);
  if (close.length) {
    packs.push(...close.map((c) => c.code));
    warnings.push({
      code: 'language_uncertain',
      message: `Language unclear between ${[guess.code, ...close.map((c) => c.code)].join(', ')}: each of their packs was applied.`,
    });
  } else {
    // Ads mix languages ("Serveuses logées, WhatsApp only, no experience"): a second language
    // with several frequent words of its own gets its pack too.
    const top = guess.votes[guess.code] ?? 0;
    const exclusive = exclusiveVotes(words, guess.code);
    const other = LANGUAGE_CODES.filter((c) => c !== guess.code)
      .map((c) => ({ code: c, votes: exclusive.get(c) ?? 0 }))
      .sort((a, b) => b.votes - a.votes)[0];
    if (other && other.votes >= MIXED_MIN_VOTES && other.votes >= MIXED_SHARE * top) {
      packs.push(other.code);
      warnings.push({
        code: 'mixed_language',
        message: `Mostly ${guess.code} with ${other.votes} frequent words only ${other.code} has: both packs were applied.`,
      });
    }
  }
  packs.push('xx');
  return { code: guess.code, confidence: guess.confidence, packs: shipped(packs) };
}

/** Raw-text evidence for token spans, deduplicated; in text order unless `ordered` (kept as given). */
function toEvidence(raw: string, spans: TokenSpan[], tokens: Token[], max: number, ordered = false): Evidence[] {
  const out: Evidence[] = [];
  const seen = new Set<string>();
  const sorted = ordered ? spans : [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const s of sorted) {
    const first = tokens[s.start];
    const last = tokens[s.end - 1];
    if (!first || !last) continue;
    const key = `${first.rawStart}:${last.rawEnd}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: first.rawStart, end: last.rawEnd, text: raw.slice(first.rawStart, last.rawEnd) });
    if (out.length >= max) break;
  }
  return out;
}

/** A signal of rule `owner` with its evidence. */
function signalOf(compiled: CompiledRuleset, owner: number, evidence: Evidence[]): Signal {
  const { rule } = compiled.rules[owner] as CompiledRuleset['rules'][number];
  return { ruleId: rule.id, category: rule.category, weight: rule.weight, description: rule.description, source: rule.source, evidence };
}

/** Evidence of a detector rule: raw spans already, the first `max` of them with their text. */
function rawEvidence(raw: string, spans: readonly { start: number; end: number }[], max: number): Evidence[] {
  const out: Evidence[] = [];
  for (let i = 0; i < spans.length && i < max; i++) {
    const s = spans[i] as { start: number; end: number };
    out.push({ ...s, text: raw.slice(s.start, s.end) });
  }
  return out;
}

/** Heaviest signal first, then by rule id. */
const bySignalOrder = (a: Signal, b: Signal): number => b.weight - a.weight || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

/** Whether every piece of `evidence` lies inside evidence another pack's rule already counted. */
function countedBefore(evidence: readonly Evidence[], seen: readonly { pack: string; e: Evidence }[], pack: string): boolean {
  for (const e of evidence) {
    let inside = false;
    for (const c of seen) {
      if (c.pack !== pack && c.e.start <= e.start && e.end <= c.e.end) {
        inside = true;
        break;
      }
    }
    if (!inside) return false;
  }
  return true;
}

const NO_WEIGHTS: readonly number[] = [];

/** Matches that did not count (negated, reported), by rule id. */
function unCounted(compiled: CompiledRuleset, map: Map<number, TokenSpan[]>, raw: string, tokens: Token[], max: number): { ruleId: string; evidence: Evidence[] }[] {
  const out: { ruleId: string; evidence: Evidence[] }[] = [];
  for (const [owner, spans] of map) {
    out.push({ ruleId: (compiled.rules[owner] as CompiledRuleset['rules'][number]).rule.id, evidence: toEvidence(raw, spans, tokens, max) });
  }
  return out.sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1));
}

/** The higher of a level floor so far and a rule's floor (`high` over `medium`). */
function raiseFloor(floor: 'medium' | 'high' | undefined, f: 'medium' | 'high' | undefined): 'medium' | 'high' | undefined {
  return f === 'high' || (f === 'medium' && floor === undefined) ? f : floor;
}

/** What an assessor prepares once and every assess() call reads. */
interface Engine {
  compiled: CompiledRuleset;
  /** Entity-extraction options per detected language, validated once rather than per ad. */
  extraction: Map<string, ExtractionOptions>;
  /** Rules that read entities: their evidence counts apart from the patterns' (see scoring). */
  entityRuleIds: ReadonlySet<string>;
  /** The ruleset stamp of every result: built-in rules and custom packs. */
  ruleset: Assessment['ruleset'];
  /** The wording model, unless the options switched it off. */
  model: WordingModel | undefined;
}

function createEngine(compiled: CompiledRuleset, ruleset: Assessment['ruleset'], model: WordingModel | undefined, referenceYear: number | undefined): Engine {
  const year = referenceYear ?? new Date().getUTCFullYear();
  const extraction = new Map<string, ExtractionOptions>(
    [...LANGUAGE_CODES, 'und' as const].map((code) => [code, prepareExtraction({ language: code, referenceYear: year })]),
  );
  const entityRuleIds = new Set(detectorsOf(compiled).entity.map(({ owner }) => (compiled.rules[owner] as CompiledRuleset['rules'][number]).rule.id));
  return { compiled, extraction, entityRuleIds, ruleset: model ? { ...ruleset, model: model.id } : ruleset, model };
}

function run(input: string, options: ResolvedOptions, engine: Engine): Assessment {
  const { compiled, entityRuleIds } = engine;
  const warnings: Assessment['warnings'] = [];
  if (input.length > options.maxLength && options.tooLong === 'error') {
    throw new TraffickingSignalsError(
      'invalid_input',
      `Input of ${input.length} characters is longer than maxLength (${options.maxLength}): send a shorter text, raise maxLength, or set tooLong: "truncate" to read its first ${options.maxLength}.`,
    );
  }
  const raw = truncateText(input, options.maxLength);
  if (raw.length < input.length) {
    warnings.push({
      code: 'input_truncated',
      message: `Input of ${input.length} characters was cut to the first ${raw.length} (option maxLength).`,
    });
  }
  if (raw.trim() === '') warnings.push({ code: 'empty_input', message: 'The text is empty or only white space.' });
  const unusual = raw.match(UNUSUAL)?.length ?? 0;
  if (unusual > 0 && unusual * 20 > raw.length) {
    warnings.push({
      code: 'unusual_characters',
      message: `${unusual} control or replacement characters: the input may be binary or wrongly decoded.`,
    });
  }

  // One preparation: the folded view every stage reads, and the tokens of the rule normaliser.
  const folded = foldRaw(raw);
  const normalized = normalizeFolded(folded);
  const tokens = tokenize(normalized, raw);
  const words = tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  const language = choosePacks(words, raw, options, warnings);
  const active = new Set<PackId>(language.packs);
  const hits = matchTokensForRules(tokens, compiled, active);
  const entities = extractWith(raw, engine.extraction.get(language.code) as ExtractionOptions, folded.view).entities;
  const ev = evaluate(hits, tokens, compiled, active, normalized, entities);

  const signals: Signal[] = [];
  for (const [owner, spans] of ev.fired) signals.push(signalOf(compiled, owner, toEvidence(raw, spans, tokens, options.maxEvidence, true)));
  for (const [owner, spans] of ev.detected) signals.push(signalOf(compiled, owner, rawEvidence(raw, spans, options.maxEvidence)));
  // The wording model adds to what the rules found: on an ad where no rule fired it stays
  // silent (text unlike anything it was trained on, in another language, says nothing).
  const wording = signals.length > 0 ? engine.model?.score(tokens) : undefined;
  if (engine.model && wording) {
    for (const { spans, ...m } of modelSignals(engine.model, wording, options.maxEvidence)) {
      signals.push({ ...m, evidence: toEvidence(raw, spans, tokens, options.maxEvidence, true) });
    }
  }
  signals.sort(bySignalOrder);

  // Within a category, a signal whose evidence lies entirely inside evidence another pack's
  // rule already counted (the same "incall" matched by the xx and fr packs) adds no weight:
  // one piece of evidence counts once. Rules of one pack are calibrated together and all count.
  const weights = new Map<CategoryId, number[]>();
  const counted = new Map<CategoryId, { pack: string; e: Evidence }[]>();
  const signalCounts = new Map<CategoryId, number>();
  for (const s of signals) {
    signalCounts.set(s.category, (signalCounts.get(s.category) ?? 0) + 1);
    // An entity detector is its own reader: a pattern and an entity over the same words count once.
    const pack = entityRuleIds.has(s.ruleId) ? 'entity' : s.ruleId.startsWith('model.') ? 'model' : s.ruleId.slice(0, 2);
    let seen = counted.get(s.category);
    if (!seen) counted.set(s.category, (seen = []));
    // The wording model reads the whole ad, not one phrase: its evidence names its strongest
    // words, and it always counts as a reader of its own…
    if (!(pack !== 'model' && s.evidence.length > 0 && countedBefore(s.evidence, seen, pack))) {
      const list = weights.get(s.category);
      if (list) list.push(s.weight);
      else weights.set(s.category, [s.weight]);
    }
    // …and its words never hide a rule's phrase (it may have picked the rule's own words).
    if (pack !== 'model') for (const e of s.evidence) seen.push({ pack, e });
  }
  const categoryScores: Partial<Record<CategoryId, number>> = {};
  const categories = {} as Assessment['categories'];
  for (const id of CATEGORY_IDS) {
    const score = noisyOr(weights.get(id) ?? NO_WEIGHTS);
    categoryScores[id] = score;
    categories[id] = { score, signalCount: signalCounts.get(id) ?? 0 };
  }

  const cues = [...ev.awareness.entries()]
    .map(([owner, spans]) => {
      const { cue } = compiled.awareness[owner] as CompiledRuleset['awareness'][number];
      return {
        id: cue.id,
        weight: cue.weight,
        description: cue.description,
        evidence: toEvidence(raw, spans, tokens, options.maxEvidence),
      };
    })
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  if (engine.model && wording) {
    const cue = modelAwareness(engine.model, wording, options.maxEvidence);
    if (cue) {
      const { spans, ...rest } = cue;
      cues.push({ ...rest, evidence: toEvidence(raw, spans, tokens, options.maxEvidence, true) });
    }
  }
  // Each cue counts once per distinct phrase, up to twice: a notice that says "if you suspect…"
  // and "call the hotline" and "warning signs…" reads more like awareness than one that says one.
  const awareness = noisyOr(cues.flatMap((c) => (c.evidence.length > 1 ? [c.weight, c.weight] : [c.weight])));
  const combined = combineCategories(categoryScores);
  let score = applyAwareness(combined, awareness);
  if (score < combined) {
    warnings.push({
      code: 'awareness_context',
      message: 'The text reads like awareness material (news, advice, a hotline notice): its score was scaled down.',
    });
  }
  const negated = unCounted(compiled, ev.negated, raw, tokens, options.maxEvidence);
  const reported = unCounted(compiled, ev.reported, raw, tokens, options.maxEvidence);

  // A fired rule with a floor ("a stated age under 18 in an escort ad") lifts the level to at
  // least that floor, unless the text reads as awareness material.
  let floor: 'medium' | 'high' | undefined;
  if (score === combined) {
    for (const owner of ev.fired.keys()) floor = raiseFloor(floor, compiled.rules[owner]?.rule.floor);
    for (const owner of ev.detected.keys()) floor = raiseFloor(floor, compiled.rules[owner]?.rule.floor);
  }
  if (floor && score < options.thresholds[floor]) score = options.thresholds[floor];

  const level = levelOf(score, options.thresholds);
  if (entities.length > options.maxEntities) {
    warnings.push({
      code: 'entities_truncated',
      message: `${entities.length} entities found; the first ${options.maxEntities} are reported (option maxEntities). All of them were read by the rules.`,
    });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    score,
    level,
    flagged: LEVELS.indexOf(level) >= LEVELS.indexOf(options.flagLevel),
    thresholds: { ...options.thresholds },
    language,
    categories,
    signals,
    context: { awareness, cues, negated, reported },
    entities: entities.length > options.maxEntities ? entities.slice(0, options.maxEntities) : entities,
    ruleset: engine.ruleset.packs ? { ...engine.ruleset, packs: engine.ruleset.packs.map((p) => ({ ...p })) } : { ...engine.ruleset },
    warnings,
  };
}

function checkText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
}

let builtin: CompiledRuleset | undefined;

/**
 * The built-in packs compiled: read from the file the build wrote when it fits, compiled
 * otherwise; once per process, since every assessor without custom packs or disabled rules
 * shares it (the compiled ruleset is read-only apart from the matcher's bounded caches).
 */
function builtinCompiled(): CompiledRuleset {
  builtin ??= loadPrecompiled(BUILTIN_PACKS, RULESET.sha256) ?? compileRules(BUILTIN_PACKS);
  return builtin;
}

/**
 * Creates an assessor: validates the options once (unknown keys are rejected) and compiles the
 * rules once (the built-in packs alone are compiled at build time and shared by every assessor). Reuse it for many ads.
 *
 * @example
 * ```ts
 * import { createAssessor } from 'trafficking-signals';
 * const assessor = createAssessor({ flagLevel: 'high' });
 * const result = assessor.assess('Waitress wanted in Dubai, flight and visa free, passport kept by agency.');
 * console.log(result.level, result.signals.map((s) => s.ruleId));
 * ```
 */
export function createAssessor(options?: AssessOptions): Assessor {
  const resolved = parseOptions(options);
  const users = resolved.packs.map(parsePack);
  const names = new Set<string>();
  for (const u of users) {
    if (names.has(u.pack)) throw new TraffickingSignalsError('invalid_pack', `two packs are named "${u.pack}": give each its own name`, [u.pack]);
    names.add(u.pack);
  }
  const packs = packsFor(users);
  checkKnown(resolved.disabledRules, new Set(packs.flatMap((p) => p.rules.map((r) => r.id))), 'disabledRules', 'invalid_options');
  const disabled = new Set([...resolved.disabledRules, ...users.flatMap((u) => u.disable)]);
  let compiled: CompiledRuleset;
  try {
    compiled = users.length === 0 && disabled.size === 0 ? builtinCompiled() : compileRules(packs, disabled);
  } catch (err) {
    // A pattern of a custom pack that does not compile names its rule; say which pack it is in.
    if (users.length && err instanceof TraffickingSignalsError && err.code === 'invalid_rules') {
      throw new TraffickingSignalsError('invalid_pack', err.message, err.issues);
    }
    throw err;
  }
  const ruleset: Assessment['ruleset'] = users.length
    ? { ...RULESET, packs: users.map((u) => ({ pack: u.pack, sha256: packSha256(u) })) }
    : { ...RULESET };
  const engine = createEngine(compiled, ruleset, resolved.model ? wordingModel() : undefined, resolved.referenceYear);
  const assessOne = (text: string): Assessment => {
    checkText(text);
    return run(text, resolved, engine);
  };
  return {
    options: resolved,
    assess: assessOne,
    assessBatch(items) {
      const out: BatchResult[] = [];
      let index = 0;
      for (const item of items) {
        const id = typeof item === 'object' && item !== null ? item.id : undefined;
        const text = typeof item === 'object' && item !== null ? item.text : item;
        const base = id === undefined ? { index } : { index, id };
        try {
          out.push({ ...base, ok: true, assessment: assessOne(text as string) });
        } catch (err) {
          out.push({ ...base, ok: false, error: toErrorInfo(err) });
        }
        index++;
      }
      return out;
    },
  };
}

const cache = new Map<string, Assessor>();
const CACHE_LIMIT = 16;

function assessorFor(options: AssessOptions | undefined): Assessor {
  const key = JSON.stringify(options ?? {});
  let assessor = cache.get(key);
  if (!assessor) {
    assessor = createAssessor(options);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(key, assessor);
  }
  return assessor;
}

/**
 * Scores one ad and explains every signal. Throws a `TypeError` if `text` is not a string and a
 * {@link TraffickingSignalsError} (code `invalid_options`) for invalid options.
 *
 * @example
 * ```ts
 * import { assess } from 'trafficking-signals';
 * const result = assess('Hostess job in Dubai, $5000/month, no experience. Agency keeps your passport. WhatsApp only.');
 * result.level;                 // "high"
 * result.signals[0]?.evidence;  // [{ start, end, text }] in the original text
 * ```
 */
export function assess(text: string, options?: AssessOptions): Assessment {
  checkText(text);
  return assessorFor(options).assess(text);
}

/**
 * Like {@link assess} but never throws: returns `{ ok: true, assessment }` or
 * `{ ok: false, error: { code, message } }`.
 *
 * @example
 * ```ts
 * import { safeAssess } from 'trafficking-signals';
 * const r = safeAssess(42 as unknown as string);
 * if (!r.ok) console.log(r.error.code); // "invalid_input"
 * ```
 */
export function safeAssess(
  text: string,
  options?: AssessOptions,
): { ok: true; assessment: Assessment } | { ok: false; error: { code: ErrorCode; message: string } } {
  try {
    return { ok: true, assessment: assess(text, options) };
  } catch (err) {
    return { ok: false, error: toErrorInfo(err) };
  }
}
