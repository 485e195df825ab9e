/**
 * Checks a candidate blind batch for stock phrasing: every ad that shares a run of six or more
 * consecutive words with `rules/` (patterns, examples, descriptions), `fixtures/`, `heldout/`
 * or another blind set under `blind/` is listed with the shared run (its own words), so the
 * writer can rephrase it before the batch is committed.
 *
 *   npx tsx scripts/blind-overlap.ts blind/2026-12-07-dev/en/risk.txt [more files…]
 *
 * Exit code 0 when no ad overlaps, 1 otherwise. Only the candidate's own words are printed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const RUN = 6;
const root = join(import.meta.dirname, '..');

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

function* files(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(txt|ya?ml)$/.test(name)) yield path;
  }
}

const candidates = process.argv.slice(2).map((p) => resolve(p));
if (!candidates.length) {
  process.stderr.write('usage: npx tsx scripts/blind-overlap.ts FILE [FILE…]\n');
  process.exit(2);
}

// Every 6-word run of the reference texts (the candidates themselves excluded).
const reference = new Set<string>();
for (const dir of ['rules', 'fixtures', 'heldout', 'blind']) {
  for (const path of files(join(root, dir))) {
    if (candidates.includes(resolve(path))) continue;
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.startsWith('### ')) continue;
      const w = words(line);
      for (let i = 0; i + RUN <= w.length; i++) reference.add(w.slice(i, i + RUN).join(' '));
    }
  }
}

// Runs of every candidate ad, so that two ads of the batch cannot share one either.
interface Ad {
  where: string;
  id: string;
  runs: string[];
}
const ads: Ad[] = [];
for (const path of candidates) {
  for (const chunk of readFileSync(path, 'utf8').split(/^### /m).slice(1)) {
    const [header = '', ...body] = chunk.split('\n');
    const w = words(body.join('\n'));
    const runs: string[] = [];
    for (let i = 0; i + RUN <= w.length; i++) runs.push(w.slice(i, i + RUN).join(' '));
    ads.push({ where: relative(process.cwd(), path), id: header.split('|')[0]?.trim() ?? '?', runs });
  }
}
const owners = new Map<string, Set<string>>();
for (const ad of ads) for (const r of ad.runs) (owners.get(r) ?? owners.set(r, new Set()).get(r))?.add(ad.id);

let overlapping = 0;
for (const ad of ads) {
  const shared = new Set<string>();
  for (const r of ad.runs) {
    if (reference.has(r)) shared.add(`"${r}"`);
    else if ((owners.get(r)?.size ?? 0) > 1) shared.add(`"${r}" (also in ${[...(owners.get(r) ?? [])].filter((o) => o !== ad.id).join(', ')})`);
  }
  if (shared.size) {
    overlapping++;
    process.stdout.write(`${ad.where} ${ad.id}: ${[...shared].join(', ')}\n`);
  }
}
process.stdout.write(overlapping ? `${overlapping} ad(s) share a run of ${RUN} words: rephrase them.\n` : 'no ad shares a run of six words with rules/, fixtures/ or earlier blind sets.\n');
process.exit(overlapping ? 1 : 0);
