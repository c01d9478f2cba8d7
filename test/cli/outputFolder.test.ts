import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliErrors.js';
import { checkOutputFolder, OutputFolder } from '../../src/cli/outputFolder.js';
import { fakeIo, listFiles, removeFolder, scenarioFolder } from './fakeIo.js';
import type { FakeIo } from './fakeIo.js';

let dir: string;
let io: FakeIo;
beforeEach(() => {
  dir = scenarioFolder();
  io = fakeIo({ dir });
});
afterEach(() => removeFolder(dir));

const exitCodeOf = (fn: () => void): number | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof CliError ? error.exitCode : -1;
  }
};

describe('OutputFolder', () => {
  it('writes nothing at the final path until commit, then the whole folder appears at once', () => {
    const out = join(dir, 'out', 'run');
    const folder = new OutputFolder(io, out);
    folder.write('a.txt', 'A');
    folder.write('sub/b.txt', 'B');
    expect(existsSync(out)).toBe(false);
    folder.commit();
    expect(listFiles(out)).toEqual(['a.txt', 'sub/b.txt']);
    expect(readFileSync(join(out, 'sub', 'b.txt'), 'utf8')).toBe('B');
    expect(listFiles(join(dir, 'out'))).toEqual(['run/a.txt', 'run/sub/b.txt']);
  });

  it('discard removes everything written and leaves an existing folder untouched', () => {
    const out = join(dir, 'old');
    mkdirSync(out);
    writeFileSync(join(out, 'run.json'), '{}');
    const folder = new OutputFolder(io, out);
    folder.write('summary.csv', 'x');
    folder.discard();
    expect(listFiles(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    expect(listFiles(out)).toEqual(['run.json']);
  });

  it('refuses to write outside the folder', () => {
    const folder = new OutputFolder(io, join(dir, 'o'));
    expect(() => folder.write('../escape.txt', 'x')).toThrow(/leaves the folder/);
    folder.discard();
  });
});

describe('checkOutputFolder', () => {
  it('accepts a new or empty folder, refuses a file, a foreign folder, and an earlier run unless forced (exit 2)', () => {
    expect(exitCodeOf(() => checkOutputFolder(io, join(dir, 'new'), false, 'new'))).toBeUndefined();
    mkdirSync(join(dir, 'empty'));
    expect(exitCodeOf(() => checkOutputFolder(io, join(dir, 'empty'), false, 'empty'))).toBeUndefined();
    expect(exitCodeOf(() => checkOutputFolder(io, join(dir, 'scenarios', 'a.yaml'), true, 'a.yaml'))).toBe(2);
    expect(exitCodeOf(() => checkOutputFolder(io, join(dir, 'scenarios'), true, 'scenarios'))).toBe(2);
    mkdirSync(join(dir, 'run'));
    writeFileSync(join(dir, 'run', 'run.json'), '{}');
    expect(exitCodeOf(() => checkOutputFolder(io, join(dir, 'run'), false, 'run'))).toBe(2);
    expect(exitCodeOf(() => checkOutputFolder(io, join(dir, 'run'), true, 'run'))).toBeUndefined();
  });
});
