import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headroomText } from '../../src/cli/commands/headroom.js';
import type { HeadroomResult } from '../../src/experiment/index.js';
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

  it('prints the answer before writing --out, so a disk fault after the search still leaves it on stdout (exit 1, injected ENOSPC)', async () => {
    const plain = await cli(fixture.io, 'headroom', ...QUICK);
    const full = { ...fixture.io, fs: { ...fixture.io.fs, writeFile: () => { throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); } } };
    const res = await cli(full, 'headroom', ...QUICK, '--out', 'full/result.json');
    expect(res.code).toBe(1);
    expect(res.err).toContain('could not write full/result.json: the disk is full (ENOSPC)');
    expect(res.out).toBe(plain.out);
    expect(res.out).toContain('"posts"');
  });

  it('refuses an --out that is a folder before any work, with exit 2 and a file to give instead, and leaves nothing in or beside it', async () => {
    mkdirSync(join(fixture.dir, 'ro2'));
    const res = await cli(fixture.io, 'headroom', ...QUICK, '--out', 'ro2', '--force');
    expect(res.code).toBe(2);
    expect(res.err).toContain('--out ro2 is a folder, not a file: this command writes one file, so give a file path, e.g. --out ro2/headroom.json');
    expect(res.err).not.toContain('searching');
    expect(res.err.startsWith('error:'), res.err).toBe(true); // the refusal comes first, as decompose's does
    expect(res.out).toBe('');
    expect(listFiles(fixture.dir).filter((f) => !f.startsWith('scenarios/') && !f.startsWith('hr/'))).toEqual([]);
  });

  it('with or without --force, refuses an existing file that is not a headroom result (never suggesting --force) and leaves it as it was', async () => {
    writeFileSync(join(fixture.dir, 'notes.json'), '{"mine": true}\n');
    for (const force of [[], ['--force']]) {
      const res = await cli(fixture.io, 'headroom', ...QUICK, '--out', 'notes.json', ...force);
      expect(res.code).toBe(2);
      expect(res.err).toContain('--out notes.json is a file that frontdoor did not write (it is not a headroom result): --force replaces only what frontdoor wrote');
      expect(res.err).not.toContain('add --force');
      expect(res.err).not.toContain('searching');
      expect(readFileSync(join(fixture.dir, 'notes.json'), 'utf8')).toBe('{"mine": true}\n');
    }
  });

  it('refuses before the search an --out ending with a separator, and one whose folder path runs through a file', async () => {
    const slash = await cli(fixture.io, 'headroom', ...QUICK, '--out', 'newdir/');
    expect(slash.code).toBe(2);
    expect(slash.err).toContain('--out newdir/ ends with a path separator, so it names a folder: this command writes one file, so give a file name inside it, e.g. --out newdir/headroom.json');
    expect(slash.err).not.toContain('searching');
    writeFileSync(join(fixture.dir, 'user.json'), 'mine');
    const through = await cli(fixture.io, 'headroom', ...QUICK, '--out', 'user.json/page.json');
    expect(through.code).toBe(2);
    expect(through.err).toContain('--out user.json/page.json cannot be written: user.json is a file, not a folder');
    expect(through.err).not.toContain('searching');
    expect(listFiles(fixture.dir).filter((f) => f.startsWith('newdir') || f.startsWith('user.json') || f.includes('.tmp-'))).toEqual(['user.json']);
  });
});

const probe = (value: number, runaway: number, replications = 3) => ({ value, runaway, replications, settles: runaway === 0 });
const result: HeadroomResult = {
  scenario: 'solihull-2022',
  rule: 'A configuration settles when at most 10% of 3 replications run away (their queue of new referrals keeps rising through the measured period, by the trend test). ' +
    'Every configuration runs the same replication indices and seed (common random numbers); posts are searched in whole posts, demand in steps of 1%, by bisection.',
  posts: { current: 77, limit: 63, currentSettles: true, probes: [probe(62, 1), probe(63, 0), probe(77, 0)] },
  demand: { current: 0, limit: 2, currentSettles: true, probes: [probe(0, 0), probe(2, 0), probe(3, 1)] },
};
const widest = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('headroomText', () => {
  it('wraps the verdicts and the rule to the width: no line wider than 80 at 80 columns', () => {
    const text = headroomText(result, 10, 80);
    expect(widest(text)).toBeLessThanOrEqual(80);
    const flat = text.replace(/\n/g, ' ');
    expect(flat).toContain('solihull-2022: fewest posts at which the queue settles: 63; the scenario has 77, 14 posts (18%) more.');
    expect(flat).toContain('solihull-2022: largest rise in demand at which it settles: +2% demand: the queue stops settling beyond that.');
    expect(flat).toContain(result.rule);
    expect(text).toMatch(/^posts\s+62\s+1 of 3\s+runs away$/m);
    expect(text).not.toContain('warning');
  });

  it('warns, as compare does, when each configuration ran fewer than 5 replications', () => {
    const flat = headroomText(result, 3, 80).replace(/\n/g, ' ');
    expect(flat).toContain('warning: only 3 replications per configuration: with fewer than 5 each verdict (settles or runs away) rests on too few replications to quote the limits found; use --replications 10 (the default) or more.');
  });
});

describe('frontdoor headroom', () => {
  it('piped without COLUMNS, prints no line wider than 80 columns', async () => {
    const res = await cli(fixture.io, 'headroom', 'scenarios/a.yaml', '--seed', '1', '--replications', '3', '--years', '1', '--jobs', '1');
    expect(res.code).toBe(0);
    expect(res.out).toContain('tiny-a: fewest posts at which the queue settles');
    expect(widest(res.out)).toBeLessThanOrEqual(80);
    expect(res.err).toContain('warning: only 3 replications per configuration: with fewer than 5');
  });
});
