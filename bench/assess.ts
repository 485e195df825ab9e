/**
 * The hot-path benchmark: assess() and each stage, with its baselines run in the same process
 * and reported as ratios (ratios hold on any machine; absolute figures are this machine's).
 *
 *   npm run bench                      (npx tsx bench/assess.ts [--quick] [--no-write])
 *
 * Prints and writes into BENCHMARKS.md (between the bench:assess markers):
 * - assess() per ad, median and p99, ads/s and MB/s on one thread, for ~400- and ~2,000-character
 *   ads (synthetic mixed-language ads built from fixtures/, plus ../shared/corpora texts when
 *   present), and the same per stage;
 * - baselines: the floor (NFKC + lowercase + one pass over the characters), a naive scorer over
 *   the same rules (one RegExp per expanded pattern, run one after another) and franc alone;
 * - growth with length (400 → 2,000 → 100,000 → 1,000,000 characters) and with the number of
 *   rules (the packs ×1, ×2, ×4 as renamed copies; matching and rule logic);
 * - heap and RSS of a warmed assessor; start-up (import + first assess() of the built package in
 *   a fresh process); batch throughput of the built CLI with 1 and 2 worker threads.
 * Needs `npm run build` for the start-up and CLI parts (skipped with a note otherwise).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { francAll } from 'franc';
import { createAssessor, detectLanguage } from '../src/index.js';
import { extractWith, prepareExtraction } from '../src/entities/extract.js';
import { normalizeFolded } from '../src/normalize/index.js';
import { foldRaw } from '../src/prepare/fold.js';
import { compileRules } from '../src/rules/compile.js';
import { evaluate } from '../src/rules/evaluate.js';
import { BUILTIN_PACKS } from '../src/rules/generated/builtin.js';
import { matchTokensForRules } from '../src/rules/match.js';
import type { Pack, PackId } from '../src/rules/schema.js';
import { tokenize } from '../src/tokenize/index.js';
import { loadFixtures } from '../scripts/lib/fixtures.js';
import { runProbe, type StartupPhases, startupProbe, warmProbe } from './lib/startup-probes.js';
import { wordingModel } from '../src/model/wording.js';

const root = join(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const write = !process.argv.includes('--no-write');
const out: string[] = [];
const say = (line = ''): void => {
  out.push(line);
  process.stdout.write(`${line}\n`);
};

// ---- texts --------------------------------------------------------------------------------
let seed = 7;
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const fixtureTexts = loadFixtures().map((f) => f.text);
/** A synthetic ad of about `length` characters: fixture ads of any language, joined, cut at a space. */
function synthetic(length: number): string {
  let text = '';
  while (text.length < length) text += `${fixtureTexts[Math.floor(rnd() * fixtureTexts.length)]} `;
  const cut = text.lastIndexOf(' ', length);
  return text.slice(0, cut > length * 0.8 ? cut : length);
}
const corpora = join(root, '..', 'shared', 'corpora');
const real: string[] = [];
if (existsSync(corpora)) {
  for (const f of readdirSync(corpora).filter((n) => n.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(corpora, f), 'utf8').trim().split('\n')) real.push((JSON.parse(line) as { text: string }).text);
  }
}
const setOf = (length: number, count: number): string[] => {
  const ads = Array.from({ length: count }, () => synthetic(length));
  const long = real.filter((t) => t.length >= length).map((t) => t.slice(0, length));
  for (let i = 0; i < Math.min(count, long.length); i++) ads.push(long[Math.floor(rnd() * long.length)] as string);
  return ads;
};
const N = quick ? 300 : 1500;
const sets = { 400: setOf(400, N), 2000: setOf(2000, Math.round(N / 3)) } as const;

// ---- timing helpers -------------------------------------------------------------------------
interface Stat {
  median: number;
  p99: number;
  mean: number;
}
/** Per-call wall time in µs over the ads (after a warm-up pass), with median and p99. */
function measure(ads: readonly string[], fn: (t: string, i: number) => unknown, rounds = quick ? 1 : 3): Stat {
  for (let i = 0; i < Math.min(ads.length, 300); i++) fn(ads[i] as string, i);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < ads.length; i++) {
      const s = process.hrtime.bigint();
      fn(ads[i] as string, i);
      times.push(Number(process.hrtime.bigint() - s) / 1000);
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  return { median: times[Math.floor(times.length / 2)] as number, p99: times[Math.floor(times.length * 0.99)] as number, mean };
}
const us = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(1)} ms` : `${x.toFixed(1)} µs`);
const ratio = (a: number, b: number): string => `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×`;
const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;

// ---- the run ------------------------------------------------------------------------------
const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'cpu'}), Node ${process.version}, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ')} at the start`;
const ruleCount = BUILTIN_PACKS.reduce((n, p) => n + p.rules.length, 0);
say(`Measured ${new Date().toISOString().slice(0, 10)} with \`npm run bench\`${quick ? ' --quick' : ''}: ${machine}; ${ruleCount} rules in ${BUILTIN_PACKS.length} packs; ${N} ~400-character and ${Math.round(N / 3)} ~2,000-character synthetic ads${real.length ? `, plus as many real texts from ../shared/corpora cut to those lengths` : ' (../shared/corpora absent)'}. Times are wall-clock per call on one thread.`);
say();

const assessor = createAssessor();
const fold = (t: string) => foldRaw(t);
const floor = (t: string): number => {
  const s = t.normalize('NFKC').toLowerCase();
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h + s.charCodeAt(i)) | 0;
  return h;
};
const compiled = compileRules(BUILTIN_PACKS);
const allPacks = new Set<PackId>(BUILTIN_PACKS.map((p) => p.pack));
const extraction = prepareExtraction({ language: 'en' });

// Naive scorer: one RegExp per pattern of the packs (rules, their near-constraints and awareness
// cues), lexicons written in as alternations, run one after another over the normalised text.
const norm = (w: string): string =>
  tokenize(normalizeFolded(foldRaw(w)), w)
    .map((k) => k.text)
    .join(' ');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const regexes: RegExp[] = [];
for (const pack of BUILTIN_PACKS) {
  const lexicons = new Map<string, string[]>();
  for (const l of [...(BUILTIN_PACKS.find((q) => q.pack === 'xx')?.lexicons ?? []), ...(pack.lexicons ?? [])]) lexicons.set(l.name, l.terms);
  const word = (w: string, depth: number): string => {
    if (w.startsWith('@')) {
      const terms = lexicons.get(w.slice(1)) ?? [];
      return depth > 2 ? '\\S+' : `(?:${terms.map((t) => phrase(t, depth + 1)).join('|')})`;
    }
    if (w.startsWith('..')) return `(?:\\S+ ){0,${w.slice(2)}}`;
    if (w === '*' || w.startsWith('#')) return '\\S+';
    if (w.startsWith('~') || w.endsWith('*')) return `${escape(norm(w.replace(/^[~=]|\*$/g, '')))}\\S*`;
    return escape(norm(w.replace(/^=/, '')));
  };
  const phrase = (pattern: string, depth = 0): string =>
    (pattern.match(/\([^)]*\)\??|\S+/g) ?? [])
      .map((part, i) => {
        const optional = part.endsWith('?') && part.length > 1;
        const body = optional ? part.slice(0, -1) : part;
        const inner = body.startsWith('(') ? `(?:${body.slice(1, -1).split('|').map((alt) => alt.trim().split(/\s+/).map((w) => word(w, depth)).join(' ')).join('|')})` : word(body, depth);
        if (i === 0) return optional ? `(?:${inner} )?` : inner;
        return optional ? `(?: ${inner})?` : ` ${inner}`;
      })
      .join('');
  const patterns = [...pack.rules.flatMap((r) => [...(r.patterns ?? []), ...r.near.flatMap((n) => n.patterns)]), ...pack.awareness.flatMap((c) => c.patterns)];
  for (const pattern of patterns) {
    try {
      regexes.push(new RegExp(`(?:^| )${phrase(pattern)}(?= |$)`, 'u'));
    } catch {
      // a pattern this rough translation cannot express is left out (the baseline only gets cheaper)
    }
  }
}
const naiveScore = (t: string): number => {
  const text = tokenize(normalizeFolded(foldRaw(t)), t)
    .map((k) => k.text)
    .join(' ');
  let n = 0;
  for (const re of regexes) if (re.test(text)) n++;
  return n;
};

const model = wordingModel();
const summary: Record<string, Stat> = {};
for (const [len, ads] of Object.entries(sets)) {
  const prepared = ads.map((t) => {
    const folded = foldRaw(t);
    const normalized = normalizeFolded(folded);
    const tokens = tokenize(normalized, t);
    const words = tokens.filter((k) => k.kind === 'word').map((k) => k.text);
    const language = detectLanguage(words, t).code;
    const active = new Set<PackId>([...(language === 'und' ? allPacks : [language as PackId]), 'xx']);
    const hits = matchTokensForRules(tokens, compiled, active);
    const entities = extractWith(t, extraction, folded.view).entities;
    return { folded, normalized, tokens, words, active, hits, entities };
  });
  const p = (i: number) => prepared[i % prepared.length] as (typeof prepared)[number];
  const mb = ads.reduce((n, t) => n + Buffer.byteLength(t), 0) / ads.length / 1e6;
  const full = measure(ads, (t) => assessor.assess(t));
  summary[len] = full;
  const stages: [string, Stat][] = [
    ['fold (one folded view)', measure(ads, fold)],
    ['normalise', measure(ads, (_t, i) => normalizeFolded(p(i).folded))],
    ['tokenise', measure(ads, (t, i) => tokenize(p(i).normalized, t))],
    ['language', measure(ads, (t, i) => detectLanguage(p(i).words, t))],
    ['match (automaton)', measure(ads, (_t, i) => matchTokensForRules(p(i).tokens, compiled, p(i).active))],
    ['entities', measure(ads, (t, i) => extractWith(t, extraction, p(i).folded.view))],
    ['rule logic', measure(ads, (_t, i) => evaluate(p(i).hits, p(i).tokens, compiled, p(i).active, p(i).normalized, p(i).entities))],
    // Runs on ads where a rule fired (most risk ads); timed here on every ad.
    ['wording model', measure(ads, (_t, i) => model.score(p(i).tokens))],
  ];
  const fl = measure(ads, floor);
  const naiveAds = ads.slice(0, quick ? 40 : 150);
  const naive = measure(naiveAds, naiveScore, 1);
  const fr = measure(ads, (t) => francAll(t, { only: ['eng', 'fra', 'spa', 'deu', 'por', 'ita'] }));
  say(`### ~${len}-character ads (${ads.length})`);
  say();
  say(row(['stage', 'median', 'p99', 'share of the stages']));
  say(row(['---', '---', '---', '---']));
  say(row([`**assess()**, full result with entities`, `**${us(full.median)}**`, us(full.p99), `${Math.round(1e6 / full.mean).toLocaleString('en-US')} ads/s, ${(mb / (full.mean / 1e6)).toFixed(2)} MB/s`]));
  const total = stages.reduce((n, [, s]) => n + s.mean, 0);
  for (const [name, s] of stages) say(row([name, us(s.median), us(s.p99), `${Math.round((100 * s.mean) / total)}%`]));
  say();
  say(row(['baseline (same ads, same run)', 'median', 'assess() ÷ baseline']));
  say(row(['---', '---', '---']));
  say(row(['floor: NFKC + lowercase + one pass', us(fl.median), ratio(full.median, fl.median)]));
  say(row([`naive scorer: ${regexes.length.toLocaleString('en-US')} RegExps, one per pattern (${naiveAds.length} ads)`, us(naive.median), `${(full.median / naive.median).toFixed(4)} (naive is ${ratio(naive.median, full.median)} slower)`]));
  say(row(['franc alone (six languages)', us(fr.median), ratio(full.median, fr.median)]));
  say();
}

// ---- growth with length ---------------------------------------------------------------------
say('### Growth with length');
say();
say(row(['characters', 'assess()', '÷ 400-character time']));
say(row(['---', '---', '---']));
const base = summary[400]?.median ?? 1;
// The default maxLength (100,000) would cut the 1 MB ad: this assessor reads it whole.
const whole = createAssessor({ maxLength: 2_000_000 });
for (const len of [400, 2000, 100_000, 1_000_000]) {
  const text = synthetic(len);
  const runs = len >= 1_000_000 ? 2 : len >= 100_000 ? 5 : 200;
  whole.assess(text);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const s = process.hrtime.bigint();
    whole.assess(text);
    times.push(Number(process.hrtime.bigint() - s) / 1000);
  }
  times.sort((a, b) => a - b);
  const t = times[Math.floor(times.length / 2)] as number;
  say(row([len.toLocaleString('en-US'), us(t), `${(t / base).toFixed(1)}×`]));
}
say();

// ---- growth with rules ----------------------------------------------------------------------
say('### Growth with the number of rules (matching + rule logic, ~400-character ads)');
say();
say(row(['rules', 'median', '÷ ×1']));
say(row(['---', '---', '---']));
const copies = (k: number): Pack[] => [
  ...BUILTIN_PACKS,
  ...Array.from({ length: k - 1 }, (_, c) => BUILTIN_PACKS.map((p) => ({ ...p, rules: p.rules.map((r) => ({ ...r, id: `${r.id}_copy${c + 1}` })) }))).flat(),
];
const ruleAds = sets[400].slice(0, quick ? 150 : 600);
let one = 0;
for (const k of [1, 2, 4]) {
  const c = k === 1 ? compiled : compileRules(copies(k));
  const prepared = ruleAds.map((t) => {
    const folded = foldRaw(t);
    const normalized = normalizeFolded(folded);
    const tokens = tokenize(normalized, t);
    const code = detectLanguage(tokens.filter((x) => x.kind === 'word').map((x) => x.text), t).code;
    return { normalized, tokens, active: new Set<PackId>([...(code === 'und' ? allPacks : [code as PackId]), 'xx']), entities: extractWith(t, extraction, folded.view).entities };
  });
  const s = measure(ruleAds, (_t, i) => {
    const q = prepared[i] as (typeof prepared)[number];
    return evaluate(matchTokensForRules(q.tokens, c, q.active), q.tokens, c, q.active, q.normalized, q.entities);
  });
  if (k === 1) one = s.median;
  say(row([`${(ruleCount * k).toLocaleString('en-US')} (×${k})`, us(s.median), `${(s.median / one).toFixed(2)}×`]));
}
say();

// ---- memory -------------------------------------------------------------------------------
const g = (globalThis as { gc?: () => void }).gc;
g?.();
const mem = process.memoryUsage();
say(`### Memory and start-up`);
say();
say(`- Warmed assessor (this process, after every run above${g ? ', after a full GC' : ''}): heap ${(mem.heapUsed / 1e6).toFixed(0)} MB, RSS ${(mem.rss / 1e6).toFixed(0)} MB (the RSS includes the benchmark's own compiled copies ×2 and ×4).`);

// ---- start-up and CLI (built package) ----------------------------------------------------------
const dist = join(root, 'dist', 'index.js');
if (!existsSync(dist)) {
  say('- Start-up and CLI: skipped, dist/ is missing (run `npm run build`).');
} else {
  const runs = Array.from({ length: quick ? 3 : 7 }, () => runProbe<StartupPhases>(startupProbe(dist)));
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  say(`- Start-up, import of the built package + createAssessor() + the first assess() in a fresh process (median of ${runs.length}): ${med(runs.map((r) => r.wall[3])).toFixed(0)} ms wall, ${med(runs.map((r) => r.cpu[3])).toFixed(0)} ms CPU.`);
  const warmed = runProbe<{ rss: number; heap: number }>(warmProbe(dist), ['--expose-gc']);
  say(`- A warmed assessor alone (fresh process, 200 ads scored, after a full GC): RSS ${warmed.rss.toFixed(0)} MB, heap ${warmed.heap.toFixed(0)} MB.`);
  const cli = join(root, 'dist', 'cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'ts-bench-'));
  try {
    const input = join(dir, 'ads.jsonl');
    const records = quick ? 1500 : 6000;
    const pool = [...sets[400], ...sets[2000]];
    writeFileSync(input, `${Array.from({ length: records }, (_, i) => JSON.stringify({ id: `ad-${i}`, text: pool[i % pool.length] })).join('\n')}\n`);
    say();
    say(row(['CLI `score`, ' + records.toLocaleString('en-US') + ' records (400 and 2,000 characters)', 'wall', 'records/s']));
    say(row(['---', '---', '---']));
    for (const args of [['--workers', '1'], ['--workers', '2'], []]) {
      const s = performance.now();
      const r = spawnSync(process.execPath, [cli, 'score', input, '-o', join(dir, 'out.jsonl'), ...args], { encoding: 'utf8', env: { ...process.env, CI: '1' } });
      const secs = (performance.now() - s) / 1000;
      const label = args.length ? args.join(' ') : 'default (no --workers)';
      say(row([label, r.status === 0 ? `${secs.toFixed(1)} s` : `exit ${r.status}`, r.status === 0 ? Math.round(records / secs).toLocaleString('en-US') : '–']));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (write) {
  const file = join(root, 'BENCHMARKS.md');
  const start = '<!-- bench:assess:start -->';
  const end = '<!-- bench:assess:end -->';
  let current = readFileSync(file, 'utf8');
  if (!current.includes(start)) {
    current = current.replace(
      '## Service',
      `## assess(): the hot path\n\n\`npm run bench\` (build first for the start-up and CLI rows) rewrites the part between the\n\`bench:assess\` markers. The targets of issue #10 and whether they hold are listed in the README's\n"Performance" section.\n\n${start}\n${end}\n\n## Service`,
    );
  }
  const a = current.indexOf(start);
  const b = current.indexOf(end);
  writeFileSync(file, `${current.slice(0, a + start.length)}\n${out.join('\n')}\n${current.slice(b)}`);
  process.stderr.write('bench/assess.ts: written to BENCHMARKS.md\n');
}
