/**
 * The npm registry this project is developed against serves rollup's native binary only for
 * the platforms it mirrors, so `npm install` writes a lock file without entries for the other
 * platforms' optional binaries, and `npm ci` then refuses the lock file as "out of sync".
 * This script adds those entries (version, os, cpu, libc, optional — no tarball: npm skips
 * them on every other platform before fetching). Run it after `npm install` changes the lock.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const [key, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const where = `node_modules/${name}`;
    if (packages[where] || !name.startsWith('@rollup/rollup-')) continue;
    const parts = name.slice('@rollup/rollup-'.length).split('-');
    const os = parts[0];
    const cpu = parts[1] === 'arm' ? 'arm' : parts[1];
    const abi = parts[2] ?? '';
    const entry = { version, cpu: [cpu === 'ia32' ? 'ia32' : cpu], dev: meta.dev ?? false, license: 'MIT', optional: true, os: [os] };
    if (os === 'linux') entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
    if (!entry.dev) delete entry.dev;
    packages[where] = entry;
    added++;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)));
lock.packages = sorted;
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
process.stdout.write(`lock-platforms: added ${added} optional platform entries\n`);
