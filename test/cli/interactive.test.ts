import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, listFiles, useScenarioFolder } from './fakeIo.js';

const fixture = useScenarioFolder();

describe('frontdoor interactive', () => {
  it('writes one offline HTML page holding the chosen scenarios and the seed, and refuses to overwrite it', async () => {
    const first = await cli(fixture.io, 'interactive', 'scenarios/a.yaml', 'scenarios/b.yaml', '--out', 'page.html', '--seed', '42');
    expect(first.code).toBe(0);
    expect(first.err).toContain('page.html');
    const html = readFileSync(join(fixture.dir, 'page.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('tiny-a');
    expect(html).toContain('tiny-b');
    expect(html).toContain('"42"');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="http/);
    const again = await cli(fixture.io, 'interactive', 'scenarios/a.yaml', '--out', 'page.html');
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
    expect(listFiles(fixture.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('rejects an invalid scenario with exit 3 and writes nothing', async () => {
    const result = await cli(fixture.io, 'interactive', 'scenarios/missing.yaml', '--out', 'none.html');
    expect(result.code).toBe(3);
    expect(existsSync(join(fixture.dir, 'none.html'))).toBe(false);
  });
});
