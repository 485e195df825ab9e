/**
 * Benchmark of assess() with its baselines run in the same process, reported as ratios.
 *
 *   npm run bench            (or: npx tsx bench/assess.ts [ads])
 *
 * - assess(): full pipeline per ad (µs), after warm-up.
 * - matcher: our one-pass token index vs. a baseline of one RegExp per rule pattern run over the
 *   same normalised text (what a naive keyword engine does).
 * - language detection: word-list vote with franc as fallback vs. franc on every ad.
 * - compromise: a full parse of each ad, to show why it stays off the hot path.
 * Timing numbers vary by machine; the ratios are what to compare.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { francAll } from 'franc';
import nlp from 'compromise';
import { createAssessor, detectLanguage, normalizeText, tokenize } from '../src/index.js';
import { compileRules } from '../src/rules/compile.js';
import { BUILTIN_PACKS } from '../src/rules/generated/builtin.js';
import { matchTokens } from '../src/rules/match.js';
import type { PackId } from '../src/rules/schema.js';
import { loadFixtures } from '../scripts/lib/fixtures.js';

const root = join(import.meta.dirname, '..');
const target = Number(process.argv[2] ?? 5000);

// Ads: the project's fixtures and sample, plus the real corpora when present.
const texts: string[] = loadFixtures().map((f) => f.text);
for (const line of readFileSync(join(root, 'fixtures/sample.jsonl'), 'utf8').trim().split('\n')) {
  texts.push((JSON.parse(line) as { text: string }).text);
}
const corpora = join(root, '..', 'shared', 'corpora');
if (existsSync(corpora)) {
  for (const f of readdirSync(corpora).filter((n) => n.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(corpora, f), 'utf8').trim().split('\n').slice(0, 300)) {
      texts.push((JSON.parse(line) as { text: string }).text.slice(0, 2000));
    }
  }
}
const ads = Array.from({ length: target }, (_, i) => texts[i % texts.length] as string);
const chars = ads.reduce((n, t) => n + t.length, 0);

function time(label: string, fn: (t: string) => unknown, limit = ads.length): number {
  const set = ads.slice(0, limit);
  for (let i = 0; i < Math.min(200, set.length); i++) fn(set[i] as string); // warm-up
  const t0 = process.hrtime.bigint();
  for (const ad of set) fn(ad);
  const us = Number(process.hrtime.bigint() - t0) / 1000 / set.length;
  process.stdout.write(`${label.padEnd(46)} ${us.toFixed(1).padStart(9)} µs/ad\n`);
  return us;
}

process.stdout.write(`${ads.length} ads, mean ${Math.round(chars / ads.length)} chars, ${BUILTIN_PACKS.reduce((n, p) => n + p.rules.length, 0)} rules; node ${process.version}\n\n`);

const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const assessor = createAssessor();
const createMs = performance.now() - t0;
const heapAssessor = process.memoryUsage().heapUsed - heap0;

const full = time('assess() — full pipeline', (t) => assessor.assess(t));

// Matcher vs one RegExp per rule pattern, both over the same normalised tokens/text.
const compiled = compileRules(BUILTIN_PACKS);
const active = new Set<PackId>(BUILTIN_PACKS.map((p) => p.pack));
const prepared = new Map<string, { tokens: ReturnType<typeof tokenize>; text: string }>();
for (const t of new Set(ads)) {
  const n = normalizeText(t);
  const tokens = tokenize(n, t);
  prepared.set(t, { tokens, text: tokens.map((k) => k.text).join(' ') });
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexes: RegExp[] = [];
for (const entry of new Set(compiled.sequences.map((e) => e.atoms))) {
  const parts = entry.map((a) =>
    a.t === 'lit' ? escape(a.value) : a.t === 'one' ? `(?:${[...a.values].map(escape).join('|')})` : a.t === 'pre' ? `${escape(a.value)}\\S*` : a.t === 'gap' ? `(?:\\S+ ){0,${a.max}}` : '\\S+',
  );
  regexes.push(new RegExp(`(?:^| )${parts.join(' ').replace(/ \(\?:\\S\+ \)/g, ' (?:\\S+ )')}(?= |$)`, 'u'));
}
const ours = time('matcher: one-pass token index, all packs active', (t) => matchTokens(prepared.get(t)?.tokens ?? [], compiled, active));
// The baselines are slow: they run on the first 300 ads only (the ratio is per ad).
const naive = time(`matcher baseline: ${regexes.length} RegExps, one per pattern`, (t) => {
  const text = prepared.get(t)?.text ?? '';
  let n = 0;
  for (const re of regexes) if (re.test(text)) n++;
  return n;
}, 300);

const ONLY = ['eng', 'fra', 'spa', 'deu', 'por', 'ita'];
const words = new Map<string, string[]>();
for (const [t, p] of prepared) words.set(t, p.tokens.filter((k) => k.kind === 'word').map((k) => k.text));
const detect = time('language: word lists, franc only when unclear', (t) => detectLanguage(words.get(t) ?? [], t));
const franc = time('language baseline: franc on every ad', (t) => francAll(t.slice(0, 1000), { only: ONLY }));
const parse = time('compromise full parse (not on the hot path)', (t) => nlp(t.slice(0, 2000)).numbers().get(), 300);

const rss = process.memoryUsage().rss / 1024 / 1024;
process.stdout.write(`
createAssessor(): ${createMs.toFixed(1)} ms, ~${(heapAssessor / 1024 / 1024).toFixed(1)} MB heap; process RSS ${rss.toFixed(0)} MB
throughput: ${Math.round(1e6 / full)} ads/s on one core

ratios (baseline / ours; > 1 means ours is faster)
  matcher vs one RegExp per pattern:   ${(naive / ours).toFixed(1)}×
  language detection vs franc always:  ${(franc / detect).toFixed(1)}×
  compromise parse vs whole assess():  ${(parse / full).toFixed(1)}× the cost of assessing the ad
`);
