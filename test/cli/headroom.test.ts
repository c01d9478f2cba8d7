import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, listFiles, useScenarioFolder } from './fakeIo.js';

const fixture = useScenarioFolder();

const QUICK = ['scenarios/a.yaml', '--seed', '1', '--replications', '2', '--jobs', '1', '--format', 'json'];

describe('frontdoor headroom --out', () => {
  it('writes the result as JSON, refuses to replace it without --force, and replaces it with --force', async () => {
    const first = await cli(fixture.io, 'headroom', ...QUICK, '--out', 'hr/result.json');
    expect(first.code).toBe(0);
    const written = readFileSync(join(fixture.dir, 'hr', 'result.json'), 'utf8');
    expect(written).toBe(first.out);
    const again = await cli(fixture.io, 'headroom', ...QUICK, '--out', 'hr/result.json');
    expect(again.code).toBe(2);
    expect(again.err).toContain('hr/result.json already exists: choose another --out file, or add --force to replace it');
    const edited = written.replace('"seed": "1"', '"seed": "0"');
    expect(edited).not.toBe(written);
    writeFileSync(join(fixture.dir, 'hr', 'result.json'), edited);
    const forced = await cli(fixture.io, 'headroom', ...QUICK, '--out', 'hr/result.json', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(join(fixture.dir, 'hr', 'result.json'), 'utf8')).toBe(written);
    expect(listFiles(join(fixture.dir, 'hr'))).toEqual(['result.json']);
  });

  it('refuses an --out that is a folder before any work, with exit 2 and a file to give instead, and leaves nothing in or beside it', async () => {
    mkdirSync(join(fixture.dir, 'ro2'));
    const res = await cli(fixture.io, 'headroom', ...QUICK, '--out', 'ro2', '--force');
    expect(res.code).toBe(2);
    expect(res.err).toContain('--out ro2 is a folder, not a file: this command writes one file, so give a file path, e.g. --out ro2/headroom.json');
    expect(res.err).not.toContain('searching');
    expect(res.out).toBe('');
    expect(listFiles(fixture.dir).filter((f) => !f.startsWith('scenarios/') && !f.startsWith('hr/'))).toEqual([]);
  });

  it('with --force, refuses an existing file that is not a headroom result and leaves it as it was', async () => {
    writeFileSync(join(fixture.dir, 'notes.json'), '{"mine": true}\n');
    const res = await cli(fixture.io, 'headroom', ...QUICK, '--out', 'notes.json', '--force');
    expect(res.code).toBe(2);
    expect(res.err).toContain('--out notes.json is a file that frontdoor did not write (it is not a headroom result): --force replaces only what frontdoor wrote');
    expect(res.err).not.toContain('searching');
    expect(readFileSync(join(fixture.dir, 'notes.json'), 'utf8')).toBe('{"mine": true}\n');
  });
});
