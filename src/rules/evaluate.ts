import type { Entity } from '../entities/schema.js';
import { isImplausibleWage } from '../entities/wage.js';
import type { NormalizedText, TransformKind } from '../normalize/index.js';
import type { Token } from '../tokenize/index.js';
import type { CompiledRuleset } from './compile.js';
import type { Hit } from './match.js';
import { ENTITY_DETECTORS, type PackId } from './schema.js';

/** A token range `[start, end)`. */
export interface TokenSpan {
  start: number;
  end: number;
}

/** The outcome of rule logic for one ad. */
export interface Evaluation {
  /** Rule index → evidence token spans: the rule's own matches, then what satisfied `near`, each in text order. */
  fired: Map<number, TokenSpan[]>;
  /** Rule index → raw spans for detector rules (already in raw coordinates). */
  detected: Map<number, { start: number; end: number }[]>;
  /** Awareness cue index → token spans. */
  awareness: Map<number, TokenSpan[]>;
  /** Rule index → spans that matched but were negated ("no fees"). */
  negated: Map<number, TokenSpan[]>;
  /** Rule index → spans that matched in a sentence an awareness cue frames as reported speech or advice. */
  reported: Map<number, TokenSpan[]>;
}

const byStart = (a: TokenSpan, b: TokenSpan): number => a.start - b.start || a.end - b.end;
const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;
const distance = (a: TokenSpan, b: TokenSpan): number =>
  b.start >= a.end ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;

/**
 * Context spans sorted by start, with the longest one's length: the spans that can lie within
 * a window of a match are found by binary search, so rule logic stays linear in the number of
 * matches (an ad repeating one sentence a thousand times does not cost a million comparisons).
 */
interface Sorted<T extends TokenSpan> {
  spans: T[];
  maxLen: number;
}
const EMPTY: Sorted<TokenSpan> = { spans: [], maxLen: 0 };

function sorted<T extends TokenSpan>(spans: T[]): Sorted<T> {
  spans.sort(byStart);
  let maxLen = 0;
  for (const s of spans) maxLen = Math.max(maxLen, s.end - s.start);
  return { spans, maxLen };
}

/** Index of the first span starting at or after `start`. */
function firstFrom(spans: readonly TokenSpan[], start: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as TokenSpan).start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The detector rules of a ruleset, in rule order: those that read entities and those that read the normalisation log. */
export interface Detectors {
  entity: { owner: number; detector: string; pack: PackId }[];
  log: { owner: number; detector: TransformKind }[];
}

const detectorsFor = new WeakMap<CompiledRuleset, Detectors>();

/**
 * The detector rules of `compiled`, listed once per ruleset rather than found among every rule per ad.
 *
 * @example
 * ```ts
 * const readsEntities = detectorsOf(compiled).entity.map((d) => d.owner);
 * ```
 */
export function detectorsOf(compiled: CompiledRuleset): Detectors {
  let d = detectorsFor.get(compiled);
  if (!d) {
    d = { entity: [], log: [] };
    for (let owner = 0; owner < compiled.rules.length; owner++) {
      const { rule, pack } = compiled.rules[owner] as CompiledRuleset['rules'][number];
      if (!rule.detector) continue;
      if (ENTITY_DETECTORS.has(rule.detector)) d.entity.push({ owner, detector: rule.detector, pack });
      else d.log.push({ owner, detector: rule.detector as TransformKind });
    }
    detectorsFor.set(compiled, d);
  }
  return d;
}

/**
 * Applies rule logic to raw hits: per-rule exclusions, negation within the pack's window and
 * sentence, `near` co-occurrence, and the detectors that read the normalisation log.
 */
export function evaluate(
  hits: Hit[],
  tokens: Token[],
  compiled: CompiledRuleset,
  active: ReadonlySet<PackId>,
  normalized: NormalizedText,
  entities: readonly Entity[] = [],
): Evaluation {
  const primary = new Map<number, TokenSpan[]>();
  const near = new Map<string, TokenSpan[]>();
  const unless = new Map<string, TokenSpan[]>();
  const exclusions = new Map<number, TokenSpan[]>();
  const awarenessExclusions = new Map<number, TokenSpan[]>();
  // Negation cue matches, with the cue's own window when it has one.
  const negations = new Map<PackId, (TokenSpan & { window?: number; consumedUntil?: number })[]>();
  const result: Evaluation = { fired: new Map(), detected: new Map(), awareness: new Map(), negated: new Map(), reported: new Map() };

  // Near, unless and exclusion matches are read only for a rule that matched itself (or may
  // match an entity): the others are dropped here, so a context word repeated all over an ad
  // ("💋" near every escort rule of every pack) costs no span, key or sort.
  const canFire = new Uint8Array(compiled.rules.length);
  for (const hit of hits) {
    const ref = compiled.refs[hit.ref];
    if (ref?.role === 'rule') canFire[ref.owner] = 1;
  }
  if (entities.length) for (const { owner } of detectorsOf(compiled).entity) canFire[owner] = 1;
  for (const hit of hits) {
    const ref = compiled.refs[hit.ref];
    if (!ref) continue;
    if ((ref.role === 'near' || ref.role === 'unless' || ref.role === 'exclusion') && canFire[ref.owner] !== 1) continue;
    const span = { start: hit.start, end: hit.end };
    if (ref.role === 'rule') push(primary, ref.owner, span);
    else if (ref.role === 'near') push(near, `${ref.owner}:${ref.sub}`, span);
    else if (ref.role === 'unless') push(unless, `${ref.owner}:${ref.sub}`, span);
    else if (ref.role === 'exclusion') push(exclusions, ref.owner, span);
    else if (ref.role === 'negation') push(negations, ref.pack, ref.sub >= 0 ? { ...span, window: ref.sub } : span);
    else if (ref.role === 'awareness_exclusion') push(awarenessExclusions, ref.owner, span);
    else push(result.awareness, ref.owner, span);
  }
  for (const [owner, excluded] of awarenessExclusions) {
    const kept = (result.awareness.get(owner) ?? []).filter((s) => !excluded.some((ex) => overlaps(ex, s)));
    if (kept.length) result.awareness.set(owner, kept);
    else result.awareness.delete(owner);
  }

  // Sentences an awareness cue frames as reported speech or advice: "Police said …", "If your
  // employer keeps your passport …". An indicator named there is reported, not offered.
  const framed = new Set<number>();
  for (const [owner, spans] of result.awareness) {
    if (!compiled.awareness[owner]?.cue.frames) continue;
    for (const s of spans) framed.add(tokens[s.start]?.sentence ?? -1);
  }

  // A negation word that a non-negatable rule spells out ("sans papiers", "no papers needed")
  // is part of that cue, not a negation of what follows it ("sans papiers … frais de dossier"):
  // it still negates matches inside that rule's own span ("no placement fee but deduction").
  const consumedUntil = new Map<number, number>();
  for (const [owner, spans] of primary) {
    const rule = compiled.rules[owner]?.rule;
    if (!rule || rule.negatable) continue;
    const own = compiled.ruleWords[owner];
    for (const s of spans) {
      for (let t = s.start; t < s.end; t++) {
        if (own?.has(tokens[t]?.text ?? '')) consumedUntil.set(t, Math.max(consumedUntil.get(t) ?? 0, s.end));
      }
    }
  }
  for (const [pack, list] of negations) {
    negations.set(
      pack,
      list.map((n) => {
        let until = -1;
        for (let t = n.start; t < n.end; t++) until = Math.max(until, consumedUntil.get(t) ?? -1);
        return until < 0 ? n : { ...n, consumedUntil: until };
      }),
    );
  }

  const sortedNear = new Map([...near].map(([k, v]) => [k, sorted(v)]));
  const sortedUnless = new Map([...unless].map(([k, v]) => [k, sorted(v)]));
  const sortedExclusions = new Map([...exclusions].map(([k, v]) => [k, sorted(v)]));
  const sortedNegations = new Map([...negations].map(([k, v]) => [k, sorted(v)]));
  let negationReach = 0;
  for (const p of compiled.packs) negationReach = Math.max(negationReach, p.negationWindow);
  for (const list of negations.values()) for (const n of list) negationReach = Math.max(negationReach, n.window ?? 0);

  // Entity detectors: each matching entity becomes a primary match over the tokens it covers,
  // so near-context, exclusions and negation apply to it as to any pattern.
  if (entities.length) {
    // An entity's tokens are looked up once, however many detector rules (one per pack) read it.
    const entitySpans: (TokenSpan | null | undefined)[] = new Array(entities.length);
    for (const { owner, detector, pack } of detectorsOf(compiled).entity) {
      if (!active.has(pack)) continue;
      for (let e = 0; e < entities.length; e++) {
        const entity = entities[e] as Entity;
        if (!entityFires(detector, entity)) continue;
        let span = entitySpans[e];
        if (span === undefined) entitySpans[e] = span = tokenSpan(tokens, entity.start, entity.end) ?? null;
        if (span) push(primary, owner, { start: span.start, end: span.end });
      }
    }
  }

  const languagePacks = compiled.packs.filter((p) => p.pack !== 'xx' && active.has(p.pack));
  // Whose negation cues apply to a rule: its own pack's, or every active language's for `xx`.
  const negationPacks = new Map<PackId, typeof languagePacks>();
  for (const p of compiled.packs) negationPacks.set(p.pack, p.pack === 'xx' ? languagePacks : [p]);
  // `context`: a near/unless candidate, which a consumed cue never negates (the rule that spelled
  // the cue out owns it: "ohne Kontrollen" is a cue, not a negated "Kontrollen").
  const isNegated = (owner: number, pack: PackId, span: TokenSpan, context = false): boolean => {
    const packs = negationPacks.get(pack) ?? [];
    const clause = tokens[span.start]?.clause;
    const own = compiled.ruleWords[owner];
    for (const p of packs) {
      const list = sortedNegations.get(p.pack) ?? EMPTY;
      // A cue counts inside the match or at most its window before it.
      for (let i = firstFrom(list.spans, span.start - negationReach - list.maxLen); i < list.spans.length; i++) {
        const neg = list.spans[i] as TokenSpan & { window?: number; consumedUntil?: number };
        if (neg.start > span.end) break;
        // A cue inside the match negates it when a gap, not the rule's own words, took it in:
        // "passagem não é descontada" against "passagem ..6 descontad*".
        if (neg.consumedUntil !== undefined && context) continue;
        if (neg.start > span.start && neg.end <= span.end) {
          if (neg.consumedUntil !== undefined) continue;
          let ownWord = false;
          for (let t = neg.start; t < neg.end; t++) if (own?.has(tokens[t]?.text ?? '')) ownWord = true;
          if (!ownWord && tokens[neg.start]?.clause === tokens[span.start]?.clause) return true;
          continue;
        }
        if (overlaps(neg, span) || neg.end > span.start) continue;
        if (neg.consumedUntil !== undefined && span.start >= neg.consumedUntil) continue;
        if (span.start - neg.end > (neg.window ?? p.negationWindow)) continue;
        if (tokens[neg.end - 1]?.clause !== clause) continue;
        // "No placement fee but salary deduction": a contrast word ends the negation's reach.
        let broken = false;
        for (let t = neg.end; t < span.start && !broken; t++) broken = p.negationBreaks.has(tokens[t]?.text ?? '');
        if (!broken) return true;
      }
    }
    return false;
  };

  /** Whether a span of `list` within `window` tokens of `span` passes `test`. */
  const anyWithin = (list: Sorted<TokenSpan> | undefined, span: TokenSpan, window: number, test: (cand: TokenSpan) => boolean): boolean => {
    if (!list) return false;
    for (let i = firstFrom(list.spans, span.start - window - list.maxLen); i < list.spans.length; i++) {
      const cand = list.spans[i] as TokenSpan;
      if (cand.start > span.end + window) break;
      if (test(cand)) return true;
    }
    return false;
  };

  // Is a context match `cand` close enough to the rule's match `span` for this near/unlessNear entry?
  const within = (span: TokenSpan, cand: TokenSpan, c: { window: number; sameSentence?: boolean | undefined }): boolean =>
    distance(span, cand) <= c.window && (!c.sameSentence || tokens[span.start]?.sentence === tokens[cand.start]?.sentence);

  for (const [owner, spans] of primary) {
    const compiledRule = compiled.rules[owner];
    if (!compiledRule) continue;
    const { rule, pack } = compiledRule;
    const evidence: TokenSpan[] = [];
    const supporting: TokenSpan[] = [];
    const seen = new Set<number>();
    const stride = tokens.length + 1;
    for (const span of spans) {
      const key = span.start * stride + span.end;
      if (seen.has(key)) continue;
      seen.add(key);
      if (anyWithin(sortedExclusions.get(owner), span, 0, (ex) => overlaps(ex, span))) continue;
      // Negation first: a negated match is reported under context.negated even when an
      // unlessNear context ("we never ask you to pay …") would also have vetoed it.
      if (rule.negatable && isNegated(owner, pack, span)) {
        push(result.negated, owner, span);
        continue;
      }
      if (framed.has(tokens[span.start]?.sentence ?? -1)) {
        push(result.reported, owner, span);
        continue;
      }
      const vetoed = rule.unlessNear.some((u, sub) =>
        anyWithin(sortedUnless.get(`${owner}:${sub}`), span, u.window, (cand) => within(span, cand, u) && !isNegated(owner, pack, cand, true)),
      );
      if (vetoed) continue;
      const support: TokenSpan[] = [];
      const satisfied = rule.near.every((constraint, sub) => {
        let best: TokenSpan | undefined;
        const list = sortedNear.get(`${owner}:${sub}`) ?? EMPTY;
        for (let i = firstFrom(list.spans, span.start - constraint.window - list.maxLen); i < list.spans.length; i++) {
          const cand = list.spans[i] as TokenSpan;
          if (cand.start > span.end + constraint.window) break;
          if (!within(span, cand, constraint)) continue;
          // "Niere gesucht, es gibt keine Bezahlung": a negated supporting phrase supports nothing.
          if (rule.negatable && isNegated(owner, pack, cand, true)) continue;
          // Nearest wins; ties go to the earlier, then the shorter match, whatever order hits came in.
          if (!best || distance(span, cand) < distance(span, best) || (distance(span, cand) === distance(span, best) && byStart(cand, best) < 0)) best = cand;
        }
        if (best) support.push(best);
        return best !== undefined;
      });
      if (satisfied) {
        evidence.push(span);
        supporting.push(...support);
      }
    }
    // The rule's own matches first (what a reviewer reads as "the evidence"), then the context
    // that satisfied `near`, each in text order.
    if (evidence.length) result.fired.set(owner, [...evidence.sort(byStart), ...supporting.sort(byStart)]);
  }

  detect(result, tokens, compiled, normalized);
  return result;
}

function entityFires(detector: string, e: Entity): boolean {
  switch (detector) {
    case 'obscured_phone':
      return e.type === 'phone' && e.obscured;
    case 'messenger_handle':
      return e.type === 'handle';
    case 'crypto_wallet':
      return e.type === 'wallet';
    case 'implausible_wage':
      return e.type === 'price' && isImplausibleWage(e);
    case 'minor_age':
      return e.type === 'age' && e.value < 18 && (e.max === undefined || e.max < 18);
    case 'stated_minor_age':
      // An age or range under 18, not a lower bound of who may apply ("16+", "from 16").
      return e.type === 'age' && !e.atLeast && e.value < 18 && (e.max === undefined || e.max < 18);
    default:
      return false;
  }
}

/** The tokens that a raw span covers, or undefined when it covers none. */
function tokenSpan(tokens: Token[], start: number, end: number): TokenSpan | undefined {
  // Binary search for the first token starting at or after `start`, then back over tokens that
  // begin before it and reach into it: one entity costs log(tokens), not a pass over them.
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).rawStart < start) lo = mid + 1;
    else hi = mid;
  }
  while (lo > 0 && (tokens[lo - 1] as Token).rawEnd > start) lo--;
  let first = -1;
  let last = -1;
  for (let t = lo; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.rawStart >= end) break;
    if (tok.rawEnd > start) {
      if (first < 0) first = t;
      last = t;
    }
  }
  return first < 0 ? undefined : { start: first, end: last + 1 };
}

/** Token spans of every fired rule, to decide which folded words actually hid a signal. */
function firedTokens(result: Evaluation): Set<number> {
  const set = new Set<number>();
  for (const spans of result.fired.values()) {
    for (const s of spans) for (let t = s.start; t < s.end; t++) set.add(t);
  }
  return set;
}

// Zero-width characters and mixed-script words are evasive wherever they are; leetspeak,
// spaced letters and fancy Unicode are common styling, so they count only where they hid a
// word that some rule matched.
const ALWAYS: ReadonlySet<TransformKind> = new Set(['zero_width', 'homoglyphs']);

function detect(result: Evaluation, tokens: Token[], compiled: CompiledRuleset, normalized: NormalizedText): void {
  let used: Set<number> | undefined;
  for (const { owner, detector } of detectorsOf(compiled).log) {
    const touched = normalized.log[detector];
    if (!touched.length) continue;
    used ??= firedTokens(result);
    const spans: { start: number; end: number }[] = [];
    // The log is in raw order and so are tokens: one sweep, linear even on hostile input.
    let k = 0;
    for (let t = 0; t < tokens.length; t++) {
      const tok = tokens[t] as Token;
      while (k < touched.length && (touched[k] as { end: number }).end <= tok.rawStart) k++;
      const s = touched[k];
      if (!s || s.start >= tok.rawEnd) continue;
      if (!ALWAYS.has(detector) && !used.has(t)) continue;
      const last = spans[spans.length - 1];
      if (last && last.end >= tok.rawStart && detector === 'spaced_letters') last.end = tok.rawEnd;
      else spans.push({ start: tok.rawStart, end: tok.rawEnd });
    }
    if (spans.length) result.detected.set(owner, spans);
  }
}
