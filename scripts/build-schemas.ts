/** Writes the JSON Schemas of the Assessment and of the options into dist/ (package subpaths). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LinkResultSchema } from '../src/corpus/schema.js';
import { AssessmentSchema, AssessOptionsSchema } from '../src/schema.js';

const dist = join(import.meta.dirname, '..', 'dist');
mkdirSync(dist, { recursive: true });
const write = (name: string, schema: z.ZodType, io: 'input' | 'output', title: string): void => {
  const json = { title, ...z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) };
  writeFileSync(join(dist, name), `${JSON.stringify(json, null, 2)}\n`);
};
write('assessment.schema.json', AssessmentSchema, 'output', 'trafficking-signals Assessment');
write('options.schema.json', AssessOptionsSchema, 'input', 'trafficking-signals AssessOptions');
write('link-result.schema.json', LinkResultSchema, 'output', 'trafficking-signals LinkResult');
process.stdout.write('build-schemas: dist/assessment.schema.json, dist/options.schema.json, dist/link-result.schema.json\n');
