
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveScenarioArgument } from '../../src/cli/scenarioNames.js';
import type { CatalogueEntry } from '../../src/cli/scenarioCatalogue.js';
import { cli, fakeIo, REPO, useScenarioFolder } from './fakeIo.js';

const fixture = useScenarioFolder();

const entry = (name: string, file: string): CatalogueEntry => ({ name, file, description: '', isBase: false });
const catalogue = () => [
  entry('solihull-2022', 'scenarios/solihull-2022.yaml'),
  entry('solihull-2024', 'scenarios/solihull-2024.yaml'),
  entry('teaching-lower-caps', 'scenarios/teaching/lower-caps.yaml'),
  entry('twin', 'a/twin.yaml'),
  entry('twin', 'b/twin.yaml'),
];

describe('resolveScenarioArgument', () => {
  it('resolves a name list shows, or a file name without its extension, to the file', () => {
    expect(resolveScenarioArgument(fixture.io, 'solihull-2022', catalogue)).toEqual({ file: 'scenarios/solihull-2022.yaml' });
    expect(resolveScenarioArgument(fixture.io, 'lower-caps', catalogue)).toEqual({ file: 'scenarios/teaching/lower-caps.yaml' });
  });

  it('leaves existing files and anything that looks like a path to the loader', () => {
    expect(resolveScenarioArgument(fixture.io, 'scenarios/a.yaml', catalogue)).toEqual({ file: 'scenarios/a.yaml' });
    expect(resolveScenarioArgument(fixture.io, 'missing.yaml', catalogue)).toEqual({ file: 'missing.yaml' });
  });

  it('offers the names close to an unknown or partial one, and names every file of an ambiguous one', () => {
    expect(resolveScenarioArgument(fixture.io, 'solihull-2023', catalogue)).toEqual({
      problem: '"solihull-2023" is neither a file nor the name of a shipped scenario. Did you mean solihull-2022 or solihull-2024? (`npx frontdoor list` shows the names)',
    });
    expect(resolveScenarioArgument(fixture.io, 'lower', catalogue)).toMatchObject({ problem: expect.stringContaining('Did you mean teaching-lower-caps?') });
    expect(resolveScenarioArgument(fixture.io, 'zzzzzzzz', catalogue)).toMatchObject({ problem: expect.not.stringContaining('Did you mean') });
    expect(resolveScenarioArgument(fixture.io, 'twin', catalogue)).toEqual({ problem: '"twin" names 2 scenarios (a/twin.yaml, b/twin.yaml): give the file you mean' });
  });
});

describe('scenario names on the command line', () => {
  it('show accepts the name of a shipped scenario, from any folder', async () => {
    const res = await cli(fixture.io, 'show', 'solihull-2024', '--format', 'json');
    expect(res.code).toBe(0);
    expect(JSON.parse(res.out)).toMatchObject({ name: 'solihull-2024' });
  });

  it('an unknown name exits 3 with a did-you-mean', async () => {
    const res = await cli(fixture.io, 'show', 'solihull-2023');
    expect(res.code).toBe(3);
    expect(res.err).toContain('Did you mean solihull-2022 or solihull-2024?');
  });

  it('show --no-resolved accepts a name too, and prints that file as written', async () => {
    const res = await cli(fixture.io, 'show', 'solihull-2024', '--no-resolved');
    expect(res.code).toBe(0);
    expect(res.out).toBe(readFileSync(join(REPO, 'scenarios', 'solihull-2024.yaml'), 'utf8'));
    const unknown = await cli(fixture.io, 'show', 'solihull-2023', '--no-resolved');
    expect(unknown.code).toBe(3);
    expect(unknown.err).toContain('"solihull-2023" is neither a file nor the name of a shipped scenario. Did you mean solihull-2022 or solihull-2024?');
  });

  it('validate accepts names, naming the file each resolved to; an unknown name is a problem with a did-you-mean', async () => {
    const res = await cli(fixture.io, 'validate', 'solihull-2022', 'scenarios/a.yaml');
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/solihull-2022\.yaml: valid \(scenario "solihull-2022"\)/);
    expect(res.out).toContain('all 2 files valid');
    const unknown = await cli(fixture.io, 'validate', 'solihull-2023', '--format', 'json');
    expect(unknown.code).toBe(3);
    expect(JSON.parse(unknown.out)).toEqual([{
      file: 'solihull-2023', valid: false,
      issues: [{ file: 'solihull-2023', path: '', code: 'scenario_name', message: expect.stringContaining('Did you mean solihull-2022 or solihull-2024?') }],
    }]);
  });
});

describe('extends naming a shipped scenario', () => {
  it('is not found (extends takes a path), but the problem gives the path to write, and that path works', async () => {
    mkdirSync(join(fixture.dir, 'mine'), { recursive: true });
    writeFileSync(join(fixture.dir, 'mine', 'mine.yaml'), 'extends: solihull-2024\nname: mine\n');
    const first = await cli(fixture.io, 'validate', 'mine/mine.yaml');
    expect(first.code).toBe(3);
    const suggested = /extends takes a path relative to this file: extends: (\S+)\)/.exec(first.out)?.[1];
    expect(first.out).toContain('solihull-2024 is a shipped scenario');
    expect(suggested).toMatch(/scenarios\/solihull-2024\.yaml$/);
    writeFileSync(join(fixture.dir, 'mine', 'mine.yaml'), `extends: ${suggested}\nname: mine\n`);
    const second = await cli(fixture.io, 'validate', 'mine/mine.yaml');
    expect(second.code).toBe(0);
    expect(readFileSync(join(REPO, 'scenarios', 'solihull-2024.yaml'), 'utf8')).toContain('name: solihull-2024');
  });

  it('gives no such hint for a path of the user\'s own that ends in a shipped name (a mistyped path)', async () => {
    writeFileSync(join(fixture.dir, 'mine', 'mine.yaml'), 'extends: ../other/solihull-2024.yaml\nname: mine\n');
    const res = await cli(fixture.io, 'validate', 'mine/mine.yaml');
    expect(res.code).toBe(3);
    expect(res.out).toContain('extends target not found: other/solihull-2024.yaml');
    expect(res.out).not.toContain('shipped scenario');
  });
});

describe('a folder given as a scenario', () => {
  it('is named as a folder, with the command that lists the scenarios in it (run, show, show --no-resolved; exit 3)', async () => {
    for (const args of [['run', 'scenarios', '--seed', '1'], ['show', 'scenarios'], ['show', 'scenarios', '--no-resolved']]) {
      const res = await cli(fixture.io, ...args);
      expect(res.code, args.join(' ')).toBe(3);
      expect(res.err, args.join(' ')).toContain('scenarios: is a folder, not a scenario file');
      expect(res.err, args.join(' ')).toContain('`npx frontdoor list --dir scenarios` lists the scenarios in it');
      expect(res.err, args.join(' ')).not.toContain('file not found');
    }
  });
});

describe('a scenario file that exists but cannot be read', () => {
  /** A fake io on which reading any a.yaml fails with EACCES, as a file without read permission does. */
  const refusingA = (code = 'EACCES') => {
    const io = fakeIo({ dir: fixture.dir });
    const readFile = (path: string) => {
      if (path.endsWith('a.yaml')) throw Object.assign(new Error(`${code}: refused, open '${path}'`), { code });
      return io.fs.readFile(path);
    };
    return { ...io, fs: { ...io.fs, readFile } };
  };

  it('show --no-resolved names it with the reason and the fix (exit 3), not an internal error', async () => {
    const res = await cli(refusingA(), 'show', 'scenarios/a.yaml', '--no-resolved');
    expect(res.code).toBe(3);
    expect(res.err).toContain('scenarios/a.yaml: cannot be read: permission denied');
    expect(res.err).toContain('check its permissions');
    expect(res.err).not.toMatch(/internal error|bug/);
  });

  it('show --no-resolved gives the permissions fix only for a permission fault, not for a disk error', async () => {
    const res = await cli(refusingA('EIO'), 'show', 'scenarios/a.yaml', '--no-resolved');
    expect(res.code).toBe(3);
    expect(res.err).toContain('scenarios/a.yaml: cannot be read: the disk reported an input/output error (EIO)');
    expect(res.err).not.toContain('permissions');
  });

  it('list skips it, as it skips files without a name', async () => {
    const res = await cli(refusingA(), 'list', '--dir', 'scenarios');
    expect(res.code).toBe(0);
    expect(res.out).toContain('tiny-b');
    expect(res.out).not.toContain('tiny-a');
  });
});
