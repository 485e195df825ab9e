/** Scores the bundled sample ads and prints a table (interim demo until the CLI lands). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAssessor } from '../src/index.js';

const assessor = createAssessor();
const lines = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sample.jsonl'), 'utf8').trim().split('\n');
for (const line of lines) {
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  const r = assessor.assess(text);
  const top = r.signals.slice(0, 3).map((s) => `${s.category} "${s.evidence[0]?.text ?? ''}"`);
  process.stdout.write(`${id.padEnd(14)} ${r.level.padEnd(6)} ${r.score.toFixed(2)} ${r.language.code}  ${top.join('; ')}\n`);
}
