/** The HTML report: self-contained, escaped, strict CSP, and its charts render in Chromium. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureChromium, dumpDom, screenshot } from './helpers/chromium.js';
import { parseJsonl, requireBuiltCli, runCli, syntheticAds, tempDir, toJsonl } from './helpers/cli.js';

const tmp = tempDir();
const report = join(tmp.dir, 'report.html');
let html = '';
let positives = 0;
let chromium: { path: string } | { skip: string };

const hostile = {
  id: '<img src=x onerror=alert(1)>',
  text: 'Agency keeps your passport <script>alert("x")</script> WhatsApp only +1 555 0142 <a href="https://example.com">apply</a>',
};

beforeAll(() => {
  requireBuiltCli();
  const input = join(tmp.dir, 'ads.jsonl');
  writeFileSync(input, toJsonl([hostile, ...syntheticAds(400, 3)]));
  const out = join(tmp.dir, 'out.jsonl');
  // --top above the corpus size: every record scoring above zero is in the report.
  const r = runCli(['score', input, '-o', out, '--report', report, '--top', '1000', '--workers', '2']);
  expect(r.code).toBe(0);
  positives = parseJsonl(readFileSync(out, 'utf8')).filter((o) => (o.score as number) > 0).length;
  html = readFileSync(report, 'utf8');
  chromium = ensureChromium();
}, 900_000);
afterAll(() => tmp.cleanup());

describe('--report', () => {
  it('is one self-contained file with a strict Content-Security-Policy and no scripts', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';/);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\b(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('escapes ad text and ids', () => {
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<a href="https://example.com">');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('renders its charts and highlighted records in headless Chromium', (ctx) => {
    if ('skip' in chromium) {
      console.warn(`skipping the Chromium check: ${chromium.skip}`);
      ctx.skip();
      return;
    }
    const dom = dumpDom(chromium.path, report);
    const charts = dom.match(/<svg[^>]*class="chart"[\s\S]*?<\/svg>/g) ?? [];
    expect(charts).toHaveLength(4);
    for (const chart of charts) expect(chart).toMatch(/<rect[^>]*class="bar"[^>]*width="[1-9]/);
    expect(positives).toBeGreaterThan(0);
    expect((dom.match(/<article class="record">/g) ?? []).length).toBe(positives);
    expect(dom).toMatch(/<mark title="[^"]+">/);
    // The synthetic ads reuse a few phone numbers, so the report has clusters.
    expect(dom).toMatch(/<table class="clusters">[\s\S]*ads share phone/);
    expect(dom).not.toMatch(/<script/i);

    const png = join(tmp.dir, 'report.png');
    screenshot(chromium.path, report, png);
    // A blank page compresses to a few kilobytes; charts and text make it far larger.
    expect(statSync(png).size).toBeGreaterThan(50_000);
  });
});
