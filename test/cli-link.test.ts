/** `link`: clusters of ads sharing contacts or near-duplicate text, as JSONL. */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJsonl, requireBuiltCli, runCli, toJsonl } from './helpers/cli.js';

beforeAll(() => requireBuiltCli());

const ads = [
  { id: 'a', text: 'New in Miami, Anna 22. Text +1 555 0123 for details.', date: '2024-05-01' },
  { id: 'b', text: 'Sofia here, just arrived in Dallas. Call 555-0123 now.', date: '2024-05-09' },
  { id: 'c', text: 'Cleaner wanted for weekday mornings, references required, see example.com.' },
];

describe('link', () => {
  it('writes one JSON line per cluster and lists unreadable records on stderr (exit 1)', () => {
    const input = `${toJsonl(ads.slice(0, 2))}{"id": "broken",\n${toJsonl(ads.slice(2))}`;
    const r = runCli(['link', '--link-by', 'phone'], { input });
    expect(r.code).toBe(1);
    const clusters = parseJsonl(r.stdout);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ size: 2, members: ['a', 'b'] });
    expect(r.stderr).toMatch(/skipped line 3: invalid_json/);
  });

  it('exits 0 when every record was read, and 2 for bad options', () => {
    expect(runCli(['link'], { input: toJsonl(ads) }).code).toBe(0);
    const bad = runCli(['link', '--link-by', 'fax']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--link-by takes phone, email, handle, wallet, text; got 'fax'/);
  });
});
