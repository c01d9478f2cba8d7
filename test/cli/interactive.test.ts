import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('with --force, replaces a page it wrote but not a file it did not write, which is left as it was', async () => {
    expect((await cli(fixture.io, 'interactive', 'scenarios/a.yaml', '--out', 'own.html', '--seed', '1')).code).toBe(0);
    const forced = await cli(fixture.io, 'interactive', 'scenarios/a.yaml', '--out', 'own.html', '--seed', '77', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(fixture.dir, 'own.html'), 'utf8')).toContain('"77"');
    writeFileSync(join(fixture.dir, 'mine.html'), '<!doctype html><p>my own page</p>\n');
    const refused = await cli(fixture.io, 'interactive', 'scenarios/a.yaml', '--out', 'mine.html', '--force');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--out mine.html is a file that frontdoor did not write (it is not a teaching page): --force replaces only what frontdoor wrote');
    expect(readFileSync(join(fixture.dir, 'mine.html'), 'utf8')).toBe('<!doctype html><p>my own page</p>\n');
  });

  it('refuses an --out that is a folder with exit 2, saying to give a file inside it, and leaves nothing in or beside it', async () => {
    mkdirSync(join(fixture.dir, 'ro2'));
    const result = await cli(fixture.io, 'interactive', 'scenarios/a.yaml', '--out', 'ro2', '--force');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--out ro2 is a folder, not a file: this command writes one file, so give a file path, e.g. --out ro2/interactive.html');
    expect(result.err).not.toContain('internal error');
    expect(listFiles(join(fixture.dir, 'ro2'))).toEqual([]);
    expect(listFiles(fixture.dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('refuses before any work an --out ending with a separator and one whose path runs through a file, naming it, and writes nothing', async () => {
    const slash = await cli(fixture.io, 'interactive', 'scenarios/a.yaml', '--out', 'newdir/');
    expect(slash.code).toBe(2);
    expect(slash.err).toContain('--out newdir/ ends with a path separator, so it names a folder: this command writes one file, so give a file name inside it, e.g. --out newdir/interactive.html');
    expect(existsSync(join(fixture.dir, 'newdir'))).toBe(false);
    writeFileSync(join(fixture.dir, 'user.json'), 'mine');
    const through = await cli(fixture.io, 'interactive', 'scenarios/a.yaml', '--out', 'user.json/deeper/page.html');
    expect(through.code).toBe(2);
    expect(through.err).toContain('--out user.json/deeper/page.html cannot be written: user.json is a file, not a folder, so nothing can be put inside it. Choose another --out path, or move user.json away');
    expect(readFileSync(join(fixture.dir, 'user.json'), 'utf8')).toBe('mine');
    expect(listFiles(fixture.dir).filter((f) => f.startsWith('newdir') || f.startsWith('user.json') || f.includes('.tmp-'))).toEqual(['user.json']);
  });

  it('rejects an invalid scenario with exit 3 and writes nothing', async () => {
    const result = await cli(fixture.io, 'interactive', 'scenarios/missing.yaml', '--out', 'none.html');
    expect(result.code).toBe(3);
    expect(existsSync(join(fixture.dir, 'none.html'))).toBe(false);
  });
});
