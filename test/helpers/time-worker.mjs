/**
 * Worker thread of the bounded-time tests: loads the built library (dist/), and for each text it
 * is sent runs `assess()` a few times, returning the CPU time of the fastest call (the first
 * call of a kind of input may be cold). The test thread terminates this thread when a call
 * does not come back in time: a synchronous call cannot be interrupted any other way.
 */
import { parentPort, workerData } from 'node:worker_threads';

const api = await import(workerData.library);
const assessors = new Map();
const assessorFor = (options) => {
  const key = JSON.stringify(options ?? {});
  if (!assessors.has(key)) assessors.set(key, api.createAssessor(options));
  return assessors.get(key);
};

/** CPU time (user + system, ms) and wall time of one call. */
function timed(fn) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const result = fn();
  const used = process.cpuUsage(cpu);
  return { result, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wall };
}

// Warm up the pipeline (JIT, caches) on ordinary ads before anything is measured.
const warm = assessorFor(undefined);
for (let i = 0; i < 20; i++) warm.assess(`Hostess job in Dubai ${i}, agency keeps your passport, WhatsApp +1 555 01${10 + i}. Serveuse logée, passeport gardé.`);

parentPort.on('message', ({ id, text, options, repeat }) => {
  const assessor = assessorFor(options);
  let best;
  for (let k = 0; k < repeat; k++) {
    const t = timed(() => assessor.assess(text));
    if (!best || t.cpuMs < best.cpuMs) best = { cpuMs: t.cpuMs, wallMs: t.wallMs, level: t.result.level, signals: t.result.signals.length, warnings: t.result.warnings.map((w) => w.code) };
  }
  parentPort.postMessage({ id, ...best });
});
parentPort.postMessage({ ready: true });
