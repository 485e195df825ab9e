/**
 * Validates every rule pack under rules/ with the runtime's zod schemas and writes
 * src/rules/generated/builtin.json (the packs, as data: parsing JSON at start-up is far cheaper
 * than compiling the same packs as JavaScript source) and src/rules/generated/builtin.ts (the
 * module that reads it, with the ruleset's identity). Usage: `tsx scripts/build-rules.ts [--check]`.
 * With --check it fails if the generated files are out of date instead of writing them.
 * With --lenient (for editing several packs at once) a pack with problems is left out, with
 * its problems printed, instead of failing the build; never use it in CI.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { compileRules } from '../src/rules/compile.js';
import { LanguageFileSchema, LexiconFileSchema, type Pack, PACK_IDS, RuleFileSchema } from '../src/rules/schema.js';
import { checkLexiconExamples } from './lib/lexicon-examples.js';

const root = join(import.meta.dirname, '..');
const rulesDir = join(root, 'rules');
const outFile = join(root, 'src/rules/generated/builtin.ts');
/** The packs as JSON, beside the module; the build copies it into dist/ (scripts/build-compiled.ts). */
const dataFile = join(root, 'src/rules/generated/builtin.json');
const problems: string[] = [];

function explain(file: string, error: z.ZodError, data: unknown): void {
  for (const issue of error.issues) {
    let where = '';
    // Name the rule by id so the author can find it without counting list items.
    if (issue.path[0] === 'rules' && typeof issue.path[1] === 'number') {
      const rule = (data as { rules?: { id?: string }[] }).rules?.[issue.path[1]];
      where = ` (rule ${rule?.id ?? `#${issue.path[1] + 1}`})`;
    }
    problems.push(`${file}${where} at ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
}

function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (err) {
    problems.push(`${relative(root, path)}: not valid YAML — ${(err as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

const lenient = process.argv.includes('--lenient');
const skipped: string[] = [];
const packs: Pack[] = [];
// xx first: language packs may name its lexicons. The generated module keeps PACK_IDS order.
for (const packId of ['xx' as const, ...PACK_IDS.filter((p) => p !== 'xx')]) {
  const before = problems.length;
  const dir = join(rulesDir, packId);
  if (!existsSync(dir) || !readdirSync(dir).some((f) => f.endsWith('.yml'))) continue;
  const langPath = join(dir, 'language.yml');
  if (!existsSync(langPath)) {
    problems.push(`rules/${packId}/: add a language.yml (pack, name, stemmer, negation, awareness)`);
    continue;
  }
  const langData = readYaml(langPath);
  const lang = LanguageFileSchema.safeParse(langData);
  if (!lang.success) {
    explain(relative(root, langPath), lang.error, langData);
    continue;
  }
  if (lang.data.pack !== packId) problems.push(`${relative(root, langPath)}: pack is "${lang.data.pack}" but the folder is "${packId}"`);
  const rules: Pack['rules'] = [];
  const lexicons: Pack['lexicons'] = [];
  const lexPath = join(dir, 'lexicons.yml');
  if (existsSync(lexPath)) {
    const data = readYaml(lexPath);
    const parsed = LexiconFileSchema.safeParse(data);
    if (!parsed.success) explain(relative(root, lexPath), parsed.error, data);
    else {
      if (parsed.data.pack !== packId) problems.push(`${relative(root, lexPath)}: pack is "${parsed.data.pack}" but the folder is "${packId}"`);
      const names = new Set<string>();
      for (const lexicon of parsed.data.lexicons) {
        if (names.has(lexicon.name)) problems.push(`${relative(root, lexPath)}: lexicon "${lexicon.name}" is defined twice`);
        names.add(lexicon.name);
        lexicons.push(lexicon);
      }
    }
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.yml') && f !== 'language.yml' && f !== 'lexicons.yml').sort();
  for (const f of files) {
    const path = join(dir, f);
    const data = readYaml(path);
    if (data === undefined) continue;
    const parsed = RuleFileSchema.safeParse(data);
    if (!parsed.success) {
      explain(relative(root, path), parsed.error, data);
      continue;
    }
    if (parsed.data.pack !== packId) problems.push(`${relative(root, path)}: pack is "${parsed.data.pack}" but the folder is "${packId}"`);
    for (const rule of parsed.data.rules) {
      if (!rule.id.startsWith(`${packId}.`)) problems.push(`${relative(root, path)}: rule ${rule.id} must start with "${packId}."`);
      rules.push(rule);
    }
  }
  for (const cue of lang.data.awareness) {
    if (!cue.id.startsWith(`${packId}.`)) problems.push(`${relative(root, langPath)}: cue ${cue.id} must start with "${packId}."`);
  }
  rules.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const awareness = [...lang.data.awareness].sort((a, b) => (a.id < b.id ? -1 : 1));
  lexicons.sort((a, b) => (a.name < b.name ? -1 : 1));
  const pack: Pack = { pack: packId, name: lang.data.name, stemmer: lang.data.stemmer, negation: lang.data.negation, awareness, lexicons, rules };
  if (problems.length === before) {
    // Language packs may name the language-independent pack's lexicons, so compile with it.
    const universal = packId === 'xx' ? undefined : packs.find((p) => p.pack === 'xx');
    try {
      compileRules(universal ? [pack, universal] : [pack]);
      for (const f of checkLexiconExamples(pack, universal)) {
        problems.push(`${relative(root, lexPath)} (lexicon ${f.lexicon}): ${f.expected === 'match' ? 'should match' : 'should not match'} its example "${f.text}"`);
      }
    } catch (err) {
      problems.push(`rules/${packId}: ${(err as Error).message}`);
    }
  }
  if (problems.length === before) packs.push(pack);
  else if (lenient) skipped.push(packId);
}

const ids = new Map<string, number>();
for (const p of packs) for (const r of [...p.rules, ...p.awareness]) ids.set(r.id, (ids.get(r.id) ?? 0) + 1);
for (const [id, n] of ids) if (n > 1) problems.push(`rule id ${id} is used ${n} times: ids are unique and never reused`);

if (problems.length && lenient) {
  process.stderr.write(`build-rules --lenient: left out pack(s) ${skipped.join(', ')}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
} else if (problems.length) {
  process.stderr.write(`build-rules: ${problems.length} problem(s) in rules/:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}

packs.sort((a, b) => PACK_IDS.indexOf(a.pack) - PACK_IDS.indexOf(b.pack));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const json = JSON.stringify(packs);
const sha256 = createHash('sha256').update(json).digest('hex');
const count = packs.reduce((n, p) => n + p.rules.length, 0);
const source = `// Generated by scripts/build-rules.ts from rules/**/*.yml — do not edit; run \`npm run build:rules\`.
import { readDataFile } from '../../data.js';
import type { Pack } from '../schema.js';

/**
 * Identity of the built-in rule set; \`sha256\` is over the canonical JSON of the packs.
 *
 * @example
 * \`\`\`ts
 * import { assess, RULESET } from 'trafficking-signals';
 * assess('text').ruleset.sha256 === RULESET.sha256; // true
 * \`\`\`
 */
export const RULESET = { id: 'trafficking-signals/builtin', version: ${JSON.stringify(pkg.version)}, sha256: ${JSON.stringify(sha256)} } as const;

/**
 * The built-in rule packs (${count} rules in ${packs.length} packs), validated at build time.
 *
 * @example
 * \`\`\`ts
 * import { BUILTIN_PACKS } from 'trafficking-signals';
 * BUILTIN_PACKS.map((p) => p.pack); // ["en", "fr", …, "xx"]
 * \`\`\`
 */
export const BUILTIN_PACKS: readonly Pack[] = readDataFile(new URL('./builtin.json', import.meta.url)) as Pack[];
`;
const data = `${JSON.stringify(packs, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const current = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
  const currentData = existsSync(dataFile) ? readFileSync(dataFile, 'utf8') : '';
  if (current !== source || currentData !== data) {
    process.stderr.write('build-rules --check: src/rules/generated/builtin.ts or builtin.json is out of date — run `npm run build:rules`\n');
    process.exit(1);
  }
  process.stdout.write(`build-rules: up to date (${count} rules)\n`);
} else {
  // Write then rename, so a test run reading the module never sees half a file.
  for (const [file, text] of [
    [dataFile, data],
    [outFile, source],
  ] as const) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  }
  process.stdout.write(`build-rules: ${count} rules in ${packs.length} packs → ${relative(root, dataFile)}, ${relative(root, outFile)} (sha256 ${sha256.slice(0, 12)}…)\n`);
}
