import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, listFiles, removeFolder, useScenarioFolder } from './fakeIo.js';

const fixture = useScenarioFolder();

const QUICK = ['--seed', '1', '--replications', '2', '--no-charts', '--format', 'json'];

describe('ordinary faults are usage errors, not bugs', () => {
  it.each([
    [['run', 'scenarios/a.yaml', '--out'], '--out needs a value after it'],
    [['run', 'scenarios/a.yaml', '--seed'], '--seed needs a value after it'],
    [['compare', 'scenarios/a.yaml', 'scenarios/b.yaml', '--replications'], '--replications needs a value after it'],
    [['frobnicate'], 'unknown command "frobnicate": the commands are run, compare'],
    [['rn', 'scenarios/a.yaml'], 'unknown command "rn". Did you mean run?'],
  ])('%j exits 2 saying: %s', async (argv, message) => {
    const { code, err } = await cli(fixture.io, ...argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(err).not.toMatch(/internal error|bug|stray|unexpected argument/);
  });

  it('--jobs above the processors available is capped to them with a warning, and the run records the capped value', async () => {
    const { code, err } = await cli(fixture.io, 'run', 'scenarios/a.yaml', ...QUICK, '--jobs', '256', '--out', 'jobs');
    expect(code).toBe(0);
    expect(err).toContain('warning: --jobs 256 is more than the 2 processors this machine offers; using 2');
    const record = JSON.parse(readFileSync(join(fixture.dir, 'jobs', 'run.json'), 'utf8')) as { jobs: number };
    expect(record.jobs).toBe(2);
  });
});

describe('--force replaces only what frontdoor wrote', () => {
  it('keeps a file the user added to an earlier run by refusing the run with its name, and replaces the run once it is moved out', async () => {
    expect((await cli(fixture.io, 'run', 'scenarios/a.yaml', ...QUICK, '--out', 'out/r')).code).toBe(0);
    const before = listFiles(join(fixture.dir, 'out', 'r'));
    writeFileSync(join(fixture.dir, 'out', 'r', 'notes.md'), 'my thesis notes');
    const refused = await cli(fixture.io, 'run', 'scenarios/a.yaml', ...QUICK, '--out', 'out/r', '--force');
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--out out/r holds 1 file that the earlier run did not write (not listed in its run.json): notes.md');
    expect(readFileSync(join(fixture.dir, 'out', 'r', 'notes.md'), 'utf8')).toBe('my thesis notes');
    expect(listFiles(join(fixture.dir, 'out', 'r'))).toEqual([...before, 'notes.md'].sort());
    writeFileSync(join(fixture.dir, 'notes.md'), readFileSync(join(fixture.dir, 'out', 'r', 'notes.md')));
    removeFolder(join(fixture.dir, 'out', 'r', 'notes.md'));
    expect((await cli(fixture.io, 'run', 'scenarios/b.yaml', ...QUICK, '--out', 'out/r', '--force')).code).toBe(0);
    expect(readFileSync(join(fixture.dir, 'out', 'r', 'run.json'), 'utf8')).toContain('"tiny-b"');
  });

  it('refuses a folder whose run.json another program wrote, even with --force', async () => {
    writeFileSync(join(fixture.dir, 'scenarios', 'run.json'), '{"job": 12}');
    const { code, err } = await cli(fixture.io, 'run', 'scenarios/a.yaml', ...QUICK, '--out', 'scenarios', '--force');
    expect(code).toBe(2);
    expect(err).toContain('--out scenarios has a run.json that frontdoor did not write');
    expect(listFiles(join(fixture.dir, 'scenarios'))).toEqual(['a.yaml', 'b.yaml', 'base.yaml', 'run.json']);
  });
});
