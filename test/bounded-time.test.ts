/**
 * Bounded time, on the built library, in a worker thread that is terminated when a call does
 * not come back: every pathological input of 100,000 characters is assessed in under 150 ms,
 * and a 1 MB ad in under 1 s. Times are the CPU time of the call inside the worker (user +
 * system), the fastest of three calls after a warm-up, so a busy machine slows the test but does
 * not fail it; only a real blow-up does: a test fails above twice the budget (`SLACK`), since
 * Node 20 has no per-thread CPU clock and `process.cpuUsage()` counts the whole process (GC
 * helper threads included). A call that takes more than a minute of wall time ends its thread
 * and fails. Every time is printed at the end, marked when it is over the budget itself.
 *
 * Inputs in `KNOWN_SLOW` are findings for the engine (src/normalize, src/entities, src/rules —
 * the maintainer's, being rewritten): they are `it.fails` (the blow-up is pinned; remove them
 * from the list when fixed) or, when they are only a few times over and might pass on a quiet
 * machine, `it.skip` so the suite is not flaky. Their thread is terminated sooner.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AD_FRAGMENTS, hostileText } from './helpers/hostile.js';
import { TimedAssess, type Timing } from './helpers/timed.js';

const N = 100_000;
const BUDGET_MS = 150;
const MB = 1_048_576;
const MB_BUDGET_MS = 1000;
/** The factor over the budget at which a test fails: a blow-up, not a busy machine. */
const SLACK = 2;
/** Wall time after which the thread is terminated and the input fails. */
const TERMINATE_AFTER_MS = 60_000;
/** The same for inputs known to be slow (KNOWN_SLOW), so that pinning them costs little time. */
const TERMINATE_KNOWN_AFTER_MS = 15_000;

/**
 * Inputs over the budget on the built library of 2026-12-07 (CPU ms, fastest of 3, on this
 * busy 2-core machine; a pinned input is then called once, so it is timed cold), with the
 * problem. Inputs over the budget but under twice it (@ signs, nested HTML tags, HTML
 * entities, URLs: 134–228 ms) are tested with the slack and marked in the printed table; `fails` pins it, `skip` when it may pass on a quiet
 * machine. Scaling measured at 5k/10k/20k characters in one process: one emoji 279/425/1351
 * ms (superlinear: 100k does not finish in 60 s), digit groups 224/472/785, an English
 * indicator sentence 184/329/628, newlines 127/198/260 (linear, but a slow constant). The stage
 * named after a time (phone, e-mail, handle entities…) is a guess from the input, not profiled.
 */
const KNOWN_SLOW: Record<string, { mode: 'fails' | 'skip'; problem: string }> = {
  'ZWJ emoji sequences': { mode: 'fails', problem: '455–870 ms (973 before near-context hits of rules that did not match were dropped): 36,000 emoji tokens of 150 classes each through the matcher' },
  'digit groups like phone numbers': { mode: 'fails', problem: '260–620 ms (483–3,042 before): matching and phone candidates over every digit group' },
  'numbers and ages': { mode: 'fails', problem: '534–2,144 ms: age and number candidates' },
  'e-mail-like tokens': { mode: 'fails', problem: '314–644 ms: e-mail entities' },
  'messenger handles': { mode: 'fails', problem: '490–2,624 ms: handle and URL entities' },
  newlines: { mode: 'fails', problem: '1,120–1,387 ms: 50,000 one-letter lines' },
  'mixed hostile text (seeded)': { mode: 'fails', problem: '693 ms' },
  '1 MB ad': { mode: 'skip', problem: '1.6–2.4 s of CPU on 2026-12-07 after the gap search (2.8–3.7 s before): around twice the budget, so it may pass the slack on a quiet machine; matching (every token\'s classes flattened and walked) is half of it' },
  'German earnings-to-third-party words': { mode: 'skip', problem: '360 ms' },
  'prices and wages': { mode: 'skip', problem: '572 ms: price entities' },
  'wallet-like strings': { mode: 'skip', problem: '343 ms: wallet entities' },
  'phone numbers written in words': { mode: 'skip', problem: '247–335 ms' },
  'a whole English indicator sentence, repeated': { mode: 'skip', problem: '200–600 ms: every repetition fires rules and collects evidence' },
  'a French indicator sentence, repeated': { mode: 'skip', problem: '230–1,700 ms from run to run' },
};

/** `unit` repeated to exactly `length` UTF-16 units (a pair cut at the end is left lone). */
const fill = (unit: string, length = N): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const mixedHostile = (length: number, seed: number): string => {
  let out = '';
  for (const piece of fc.sample(hostileText(24), { seed, numRuns: 100_000 })) {
    out += piece;
    if (out.length >= length) break;
  }
  return out.slice(0, length);
};

/** Pathological inputs of 100,000 UTF-16 units. */
const INPUTS: [string, string][] = [
  ['digits', fill('7')],
  ['digit groups like phone numbers', fill('555 0142 ')],
  ['spaces', fill(' ')],
  ['@ signs', fill('@')],
  ['dots', fill('.')],
  ['one emoji', fill('🌹')],
  ['ZWJ emoji sequences', fill('👩‍❤️‍💋‍👨')],
  ['flags', fill('🇺🇸')],
  ['keycaps', fill('1️⃣')],
  ['one long word of one letter', fill('a')],
  ['one long word of a rule word', fill('passport')],
  ['letters and spaces alternating', fill('a ')],
  ['letters and dots alternating', fill('p.')],
  ['letters and hyphens alternating', fill('x-')],
  ['letters and zero-width spaces alternating', fill('a\u200b')],
  ['a whole English indicator sentence, repeated', fill('the agency keeps your passport until the debt is paid ')],
  ['the words of the widest English pattern, without its last word', fill('passport kept held back returned given ')],
  ['deduction words without their wage word', fill('transport fee costs deducted taken from out off ')],
  ['a French indicator sentence, repeated', fill('le patron garde le passeport frais remboursés sur le salaire ')],
  ['German earnings-to-third-party words', fill('Lohn Geld zahlst ab mit vom Chef Familie ')],
  ['numbers and ages', fill('age 16 17 18 19yo ')],
  ['prices and wages', fill('$5000/month 300€ £50/day ')],
  ['phone numbers written in words', fill('five five five zero one four two ')],
  ['e-mail-like tokens', fill('a@b.c ')],
  ['URLs', fill('https://example.com/a?b=c ')],
  ['messenger handles', fill('@hr_team wa.me/15550142 t.me/x ')],
  ['wallet-like strings', fill('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 ')],
  ['nested brackets', `${'('.repeat(N / 2)}${')'.repeat(N / 2)}`],
  ['nested square brackets and braces', `${'[{'.repeat(N / 4)}${'}]'.repeat(N / 4)}`],
  ['nested HTML tags', fill('<b><i>')],
  ['HTML entities', fill('&amp;&#x41;&nbsp;')],
  ['a base64 blob', fill('QWxsIHdvcmsgYW5kIG5vIHBsYXk=')],
  ['combining marks on one letter', `a${'\u0301'.repeat(N - 1)}`],
  ['lone surrogates', fill('\ud800')],
  ['look-alike words', fill('раѕѕроrt ')],
  ['leetspeak words', fill('p4ssp0rt ')],
  ['dotted words', fill('w.h.a.t.s.a.p.p ')],
  ['newlines', fill('a\n')],
  ['sentence ends', fill('. ')],
  ['right-to-left overrides', fill('\u202eab')],
  ['NUL bytes', fill('\u0000')],
  ['mixed hostile text (seeded)', mixedHostile(N, 11)],
];

/** A realistic ad of 1 MB: fragments of every language. */
const MB_AD = fill(`${Object.values(AD_FRAGMENTS).flat().join(' ')} `, MB);

const timer = new TimedAssess();
const times: [string, number, number][] = [];

beforeAll(async () => {
  // The first call starts the thread and compiles the rules; it is not measured.
  await timer.time('warm-up', undefined, 1, 300_000);
}, 300_000);
afterAll(async () => {
  await timer.close();
  times.sort((a, b) => b[1] - a[1]);
  const line = ([n, cpu, wall]: [string, number, number]) => `  ${cpu.toFixed(1).padStart(8)}  ${wall.toFixed(1).padStart(8)}  ${n}${cpu >= BUDGET_MS && n !== '1 MB ad' ? '  (over the budget)' : ''}`;
  console.log(`bounded time, slowest first (CPU ms, fastest of the calls; wall ms):\n${times.map(line).join('\n')}`);
});

/** Times one input; fails with the reason when the thread had to be terminated. */
async function measure(name: string, text: string, options: Parameters<TimedAssess['time']>[1], repeat: number): Promise<Timing> {
  const limit = KNOWN_SLOW[name] ? TERMINATE_KNOWN_AFTER_MS : TERMINATE_AFTER_MS;
  const t = await timer.time(text, options, KNOWN_SLOW[name] ? 1 : repeat, limit);
  if (t === 'terminated') {
    times.push([`${name} (terminated)`, limit, limit]);
    throw new Error(`${name}: no answer within ${limit} ms of wall time; the worker thread was terminated`);
  }
  times.push([name, t.cpuMs, t.wallMs]);
  return t;
}

/** `it`, or `it.fails`/`it.skip` with the problem for an input in KNOWN_SLOW. */
function timedIt(name: string, fn: () => Promise<void>): void {
  const known = KNOWN_SLOW[name];
  if (!known) it(name, fn, 300_000);
  else if (known.mode === 'fails') it.fails(`${name} — known slow: ${known.problem}`, fn, 300_000);
  else it.skip(`${name} — known slow: ${known.problem}`, fn);
}

describe(`pathological inputs of ${N.toLocaleString('en-US')} characters finish in under ${BUDGET_MS} ms`, () => {
  for (const [name, text] of INPUTS) {
    timedIt(name, async () => {
      expect(text.length).toBe(N);
      const t = await measure(name, text, undefined, 3);
      expect(t.cpuMs, `${name}: ${t.cpuMs.toFixed(1)} ms of CPU`).toBeLessThan(BUDGET_MS * SLACK);
    });
  }
});

describe('a 1 MB ad finishes in under 1 s', () => {
  timedIt('1 MB ad', async () => {
    const t = await measure('1 MB ad', MB_AD, { maxLength: MB }, 2);
    expect(t.warnings).not.toContain('input_truncated');
    expect(t.cpuMs, `${t.cpuMs.toFixed(1)} ms of CPU`).toBeLessThan(MB_BUDGET_MS * SLACK);
  });
});
