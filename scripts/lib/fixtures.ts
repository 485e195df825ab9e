/**
 * Reads the plain-text fixture files `fixtures/<lang>/{risk,benign}.txt`. Each ad starts with
 * a header line and runs until the next one:
 *
 *   ### en-risk-001 | level: medium+ | categories: debt_bondage, document_control | kind: job
 *   Ad text, any number of lines.
 *
 * `level` is `none`, `low`, `medium`, `high`, or a range: `medium+` (medium or high),
 * `low-` (none or low). `categories` must all score above 0 (risk ads); may be empty.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORY_IDS, type CategoryId } from '../../src/categories.js';
import { LEVELS, type Level } from '../../src/score/index.js';

export interface Fixture {
  id: string;
  lang: string;
  set: 'risk' | 'benign';
  kind: string;
  levels: Level[];
  categories: CategoryId[];
  text: string;
  file: string;
  line: number;
}

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

function parseLevels(spec: string, where: string): Level[] {
  const s = spec.trim();
  const base = s.replace(/[+-]$/, '') as Level;
  const i = LEVELS.indexOf(base);
  if (i < 0) throw new Error(`${where}: unknown level "${spec}" (none, low, medium, high, medium+, low-)`);
  if (s.endsWith('+')) return LEVELS.slice(i) as Level[];
  if (s.endsWith('-')) return LEVELS.slice(0, i + 1) as Level[];
  return [base];
}

export function parseFixtureFile(path: string, lang: string, set: 'risk' | 'benign'): Fixture[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: Fixture[] = [];
  let cur: Fixture | undefined;
  let body: string[] = [];
  const flush = (): void => {
    if (!cur) return;
    cur.text = body.join('\n').trim();
    if (!cur.text) throw new Error(`${path}:${cur.line}: fixture ${cur.id} has no text`);
    out.push(cur);
  };
  lines.forEach((line, n) => {
    if (!line.startsWith('### ')) {
      body.push(line);
      return;
    }
    flush();
    body = [];
    const where = `${path}:${n + 1}`;
    const [id, ...fields] = line.slice(4).split('|').map((f) => f.trim());
    if (!id) throw new Error(`${where}: header needs an id`);
    const meta = new Map<string, string>();
    for (const f of fields) {
      const k = f.indexOf(':');
      if (k < 0) throw new Error(`${where}: field "${f}" should be "name: value"`);
      meta.set(f.slice(0, k).trim(), f.slice(k + 1).trim());
    }
    const categories = (meta.get('categories') ?? '')
      .split(',')
      .map((c) => c.trim())
      .filter(Boolean) as CategoryId[];
    for (const c of categories) {
      if (!CATEGORY_IDS.includes(c)) throw new Error(`${where}: unknown category "${c}"`);
    }
    cur = {
      id,
      lang,
      set,
      kind: meta.get('kind') ?? 'other',
      levels: parseLevels(meta.get('level') ?? (set === 'risk' ? 'medium+' : 'low-'), where),
      categories,
      text: '',
      file: path,
      line: n + 1,
    };
  });
  flush();
  return out;
}

/** Every fixture under fixtures/<lang>/, sorted by language then file order. */
export function loadFixtures(dir = FIXTURES_DIR): Fixture[] {
  const out: Fixture[] = [];
  if (!existsSync(dir)) return out;
  for (const lang of readdirSync(dir).sort()) {
    for (const set of ['risk', 'benign'] as const) {
      const path = join(dir, lang, `${set}.txt`);
      if (existsSync(path)) out.push(...parseFixtureFile(path, lang, set));
    }
  }
  const seen = new Set<string>();
  for (const f of out) {
    if (seen.has(f.id)) throw new Error(`${f.file}:${f.line}: fixture id ${f.id} is used twice`);
    seen.add(f.id);
  }
  return out;
}
