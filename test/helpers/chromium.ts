/**
 * Headless Chromium for the report test: Debian's `chromium` at /usr/bin/chromium, installed
 * with apt-get when missing and running as root; otherwise the caller skips with the reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const found = (): string | undefined => CANDIDATES.find((p) => existsSync(p));

/** The Chromium binary, or why there is none. Installs it when possible. */
export function ensureChromium(): { path: string } | { skip: string } {
  const existing = found();
  if (existing) return { path: existing };
  if (process.platform !== 'linux') return { skip: 'headless Chromium test needs Linux with Debian’s chromium package' };
  if (process.getuid?.() !== 0) return { skip: 'chromium is not installed and this is not root: apt-get install -y chromium to run this test' };
  if (!existsSync('/usr/bin/apt-get')) return { skip: 'chromium is not installed and apt-get is not available' };
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update'], { stdio: 'ignore', env, timeout: 300_000 });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'ignore', env, timeout: 600_000 });
  } catch (err) {
    return { skip: `installing chromium with apt-get failed (${(err as Error).message.split('\n')[0]})` };
  }
  const installed = found();
  return installed ? { path: installed } : { skip: 'apt-get install chromium did not provide /usr/bin/chromium' };
}

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
];

/** Runs Chromium on a local file with extra flags and a throw-away profile; returns stdout. */
function run(chromium: string, file: string, extra: string[]): { stdout: string; stderr: string } {
  const profile = mkdtempSync(join(tmpdir(), 'ts-chromium-'));
  try {
    const r = spawnSync(chromium, [...FLAGS, `--user-data-dir=${profile}`, ...extra, `file://${file}`], {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (r.error) throw r.error;
    return { stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The DOM after Chromium loaded and rendered the page (`--dump-dom`). */
export function dumpDom(chromium: string, file: string): string {
  return run(chromium, file, ['--dump-dom']).stdout;
}

/** A PNG screenshot of the page. */
export function screenshot(chromium: string, file: string, png: string, size = '1280,2400'): void {
  run(chromium, file, [`--screenshot=${png}`, `--window-size=${size}`]);
}
