import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliErrors.js';
import { claimOutputFolder } from '../../src/cli/outputClaim.js';
import { writeOutputFile } from '../../src/cli/outputFile.js';
import { checkOutputFolder, OutputFolder, writeFileAtomic, writeFolder } from '../../src/cli/outputFolder.js';
import { listFiles, useScenarioFolder } from './fakeIo.js';

const fixture = useScenarioFolder({}, 'test');

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
    const out = join(fixture.dir, 'out', 'run');
    const folder = new OutputFolder(fixture.io, out);
    folder.write('a.txt', 'A');
    folder.write('sub/b.txt', 'B');
    expect(existsSync(out)).toBe(false);
    folder.commit();
    expect(listFiles(out)).toEqual(['a.txt', 'sub/b.txt']);
    expect(readFileSync(join(out, 'sub', 'b.txt'), 'utf8')).toBe('B');
    expect(listFiles(join(fixture.dir, 'out'))).toEqual(['run/a.txt', 'run/sub/b.txt']);
  });

  it('discard removes everything written and leaves an existing folder untouched', () => {
    const out = join(fixture.dir, 'old');
    mkdirSync(out);
    writeFileSync(join(out, 'run.json'), '{}');
    const folder = new OutputFolder(fixture.io, out);
    folder.write('summary.csv', 'x');
    folder.discard();
    expect(listFiles(fixture.dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    expect(listFiles(out)).toEqual(['run.json']);
  });

  it('refuses to write outside the folder', () => {
    const folder = new OutputFolder(fixture.io, join(fixture.dir, 'o'));
    expect(() => folder.write('../escape.txt', 'x')).toThrow(/leaves the folder/);
    folder.discard();
  });
});

describe('checkOutputFolder', () => {
  it('accepts a new or empty folder, refuses a file, a foreign folder, and an earlier run unless forced (exit 2)', () => {
    expect(exitCodeOf(() => checkOutputFolder(fixture.io, join(fixture.dir, 'new'), false, 'new'))).toBeUndefined();
    mkdirSync(join(fixture.dir, 'empty'));
    expect(exitCodeOf(() => checkOutputFolder(fixture.io, join(fixture.dir, 'empty'), false, 'empty'))).toBeUndefined();
    expect(exitCodeOf(() => checkOutputFolder(fixture.io, join(fixture.dir, 'scenarios', 'a.yaml'), true, 'a.yaml'))).toBe(2);
    expect(exitCodeOf(() => checkOutputFolder(fixture.io, join(fixture.dir, 'scenarios'), true, 'scenarios'))).toBe(2);
    mkdirSync(join(fixture.dir, 'run'));
    writeFileSync(join(fixture.dir, 'run', 'run.json'), ownRecord(['run.json']));
    expect(exitCodeOf(() => checkOutputFolder(fixture.io, join(fixture.dir, 'run'), false, 'run'))).toBe(2);
    expect(exitCodeOf(() => checkOutputFolder(fixture.io, join(fixture.dir, 'run'), true, 'run'))).toBeUndefined();
  });

  it('counts a folder as an earlier run only when its run.json is frontdoor\'s own record, even with --force', () => {
    for (const [name, text] of <[string, string][]>[['empty-object', '{}'], ['other-tool', '{"tool":{"name":"other"},"files":["run.json"]}'], ['not-json', 'run log\n']]) {
      mkdirSync(join(fixture.dir, name));
      writeFileSync(join(fixture.dir, name, 'run.json'), text);
      expect(() => checkOutputFolder(fixture.io, join(fixture.dir, name), true, name)).toThrow(/did not write/);
    }
  });

  it('says a folder whose run.json names frontdoor but lists no files is from an earlier version, to remove or rename by hand', () => {
    mkdirSync(join(fixture.dir, 'old-run'));
    writeFileSync(join(fixture.dir, 'old-run', 'run.json'), JSON.stringify({ tool: { name: 'frontdoor-sim', version: '0.1' } }));
    for (const force of [false, true]) {
      expect(exitCodeOf(() => checkOutputFolder(fixture.io, join(fixture.dir, 'old-run'), force, 'old-run'))).toBe(2);
      expect(() => checkOutputFolder(fixture.io, join(fixture.dir, 'old-run'), force, 'old-run'))
        .toThrow(/^--out old-run was written by an earlier version of frontdoor, which did not record its files in run\.json.*remove or rename that folder by hand, or choose another folder with --out$/);
    }
    expect(listFiles(join(fixture.dir, 'old-run'))).toEqual(['run.json']);
  });

  it('with --force, refuses an earlier run holding files it did not write, and lists them', () => {
    mkdirSync(join(fixture.dir, 'run', 'charts'), { recursive: true });
    writeFileSync(join(fixture.dir, 'run', 'run.json'), ownRecord(['run.json', 'summary.csv', 'charts/a.svg']));
    writeFileSync(join(fixture.dir, 'run', 'summary.csv'), 'x');
    writeFileSync(join(fixture.dir, 'run', 'charts', 'a.svg'), 'x');
    expect(exitCodeOf(() => checkOutputFolder(fixture.io, join(fixture.dir, 'run'), true, 'run'))).toBeUndefined();
    writeFileSync(join(fixture.dir, 'run', 'notes.md'), 'mine');
    writeFileSync(join(fixture.dir, 'run', 'charts', 'mine.png'), 'mine');
    expect(() => checkOutputFolder(fixture.io, join(fixture.dir, 'run'), true, 'run')).toThrow(/2 files that the earlier run did not write.*charts\/mine\.png, notes\.md/);
  });
});

describe('claimOutputFolder', () => {
  it('names the lock of a folder given with a trailing separator as <folder>.lock, where it is', () => {
    const out = join(fixture.dir, 'out', 'slash');
    const first = claimOutputFolder(fixture.io, out, false, 'out/slash/', () => undefined);
    expect(() => claimOutputFolder(fixture.io, out, false, 'out/slash/', () => undefined)).toThrow(/--out out\/slash right now: .* delete out\/slash\.lock\)/);
    expect(existsSync(`${out}.lock`)).toBe(true);
    first.release();
  });

  it('lets one claim hold a folder at a time, and frees it on release', () => {
    const out = join(fixture.dir, 'out', 'r');
    const first = claimOutputFolder(fixture.io, out, false, 'out/r', () => undefined);
    expect(() => claimOutputFolder(fixture.io, out, false, 'out/r', () => undefined)).toThrow(/another frontdoor run \(process 4242\) is writing to --out out\/r/);
    first.release();
    claimOutputFolder(fixture.io, out, false, 'out/r', () => undefined).release();
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('removes a lock and partial folders left by processes that are gone, says so, and keeps those of live ones', () => {
    const out = join(fixture.dir, 'r');
    writeFileSync(`${out}.lock`, '{"pid":777}');
    mkdirSync(`${out}.partial-777`);
    writeFileSync(join(`${out}.partial-777`, 'summary.csv'), 'x');
    mkdirSync(`${out}.partial-4242`);
    mkdirSync(join(fixture.dir, 'rx.partial-777'));
    const said: string[] = [];
    claimOutputFolder(fixture.io, out, false, 'r', (line) => said.push(line)).release();
    expect(said).toEqual([
      'removed r.lock, a lock left by frontdoor process 777, which is no longer running',
      'removed r.partial-777, an unfinished output folder left by frontdoor process 777, which is no longer running',
    ]);
    expect(existsSync(`${out}.partial-777`)).toBe(false);
    expect(existsSync(`${out}.partial-4242`)).toBe(true);
    expect(existsSync(join(fixture.dir, 'rx.partial-777'))).toBe(true);
  });

  it('removes a half-made lock (<out>.lock-<pid>-<nonce>) of a process that is gone, says so, and keeps a live one\'s and what is not one', () => {
    const out = join(fixture.dir, 'r');
    writeFileSync(`${out}.lock-777-0a1b2c3d`, '{"pid":777}');
    writeFileSync(`${out}.lock-776-0a1b2c3d`, '');
    writeFileSync(`${out}.lock-4242-0a1b2c3d`, '{"pid":4242}');
    // Not locks frontdoor makes: a folder, a file holding something else, a name without the nonce.
    mkdirSync(`${out}.lock-778-0a1b2c3d`);
    writeFileSync(`${out}.lock-779-0a1b2c3d`, 'my notes');
    writeFileSync(`${out}.lock-780`, '{"pid":780}');
    const said: string[] = [];
    claimOutputFolder(fixture.io, out, false, 'r', (line) => said.push(line)).release();
    expect(said.sort()).toEqual([
      'removed r.lock-776-0a1b2c3d, a lock that frontdoor process 776 was making when it stopped',
      'removed r.lock-777-0a1b2c3d, a lock that frontdoor process 777 was making when it stopped',
    ]);
    expect(listFiles(fixture.dir).filter((f) => f.startsWith('r.lock-')).sort()).toEqual(['r.lock-4242-0a1b2c3d', 'r.lock-779-0a1b2c3d', 'r.lock-780']);
    expect(existsSync(`${out}.lock-778-0a1b2c3d`)).toBe(true);
  });

  it('puts back an earlier run that a dead process had moved aside and not replaced', () => {
    const out = join(fixture.dir, 'r');
    mkdirSync(`${out}.replaced-777`);
    writeFileSync(join(`${out}.replaced-777`, 'run.json'), ownRecord(['run.json']));
    const said: string[] = [];
    expect(() => claimOutputFolder(fixture.io, out, false, 'r', (line) => said.push(line))).toThrow(/already holds an earlier run/);
    expect(said).toEqual(['restored the earlier run at r from r.replaced-777, where frontdoor process 777 had moved it before it stopped']);
    expect(listFiles(out)).toEqual(['run.json']);
    expect(existsSync(`${out}.lock`)).toBe(false);
  });

  it('refuses a mount point as --out with exit 2, giving a folder inside it, and leaves no lock (injected mount)', () => {
    const mounted = { ...fixture.io, fs: { ...fixture.io.fs, isMountPoint: (path: string) => path === join(fixture.dir, 'mnt') } };
    expect(exitCodeOf(() => claimOutputFolder(mounted, join(fixture.dir, 'mnt'), false, 'mnt', () => undefined))).toBe(2);
    expect(() => claimOutputFolder(mounted, join(fixture.dir, 'mnt'), false, 'mnt', () => undefined)).toThrow(/--out mnt is a mount point: .* e\.g\. --out mnt\/run; nothing was run/);
    expect(existsSync(join(fixture.dir, 'mnt.lock'))).toBe(false);
    claimOutputFolder(mounted, join(fixture.dir, 'mnt', 'run'), false, 'mnt/run', () => undefined).release();
  });

  it('refuses a place it cannot write with exit 2, naming the folder and the reason (injected read-only disk)', () => {
    const readOnly = { ...fixture.io, fs: { ...fixture.io.fs, createExclusive: () => { throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' }); } } };
    expect(exitCodeOf(() => claimOutputFolder(readOnly, join(fixture.dir, 'r'), false, 'r', () => undefined))).toBe(2);
    expect(() => claimOutputFolder(readOnly, join(fixture.dir, 'r'), false, 'r', () => undefined)).toThrow(/--out r cannot be written: the file system is read-only \(EROFS\)/);
  });
});

describe('writeFolder', () => {
  it('turns a full disk into exit 1 naming the folder and the file, and leaves nothing behind (injected ENOSPC)', () => {
    let writes = 0;
    const full = {
      ...fixture.io,
      fs: {
        ...fixture.io.fs,
        writeFile: (path: string, data: string | Uint8Array) => {
          if (++writes === 2) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          fixture.io.fs.writeFile(path, data);
        },
      },
    };
    let caught: unknown;
    try {
      writeFolder(full, join(fixture.dir, 'r'), [['a.csv', 'a'], ['b.csv', 'b']], { shown: 'r' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).exitCode).toBe(1);
    expect((caught as CliError).message).toBe(
      'could not write b.csv in r: the disk is full (ENOSPC). Nothing of this run was kept; free some space or choose another folder with --out, then run again',
    );
    expect(listFiles(fixture.dir).filter((f) => !f.startsWith('scenarios/'))).toEqual([]);
  });
});

describe('writeFileAtomic', () => {
  it('writes the file whole, replacing an earlier one, and leaves no temporary file', () => {
    const target = join(fixture.dir, 'out', 'page.html');
    writeFileAtomic(fixture.io, target, 'first');
    writeFileAtomic(fixture.io, target, 'second');
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(listFiles(join(fixture.dir, 'out'))).toEqual(['page.html']);
  });

  it('removes its temporary file and rethrows when the rename fails (a folder at the target)', () => {
    const target = join(fixture.dir, 'ro2');
    mkdirSync(target);
    writeFileSync(join(target, 'mine.txt'), 'mine');
    expect(() => writeFileAtomic(fixture.io, target, 'page')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(listFiles(fixture.dir).filter((f) => !f.startsWith('scenarios/'))).toEqual(['ro2/mine.txt']);
  });

  it('removes its half-written temporary file and rethrows when the write fails (injected ENOSPC)', () => {
    const full = {
      ...fixture.io,
      fs: {
        ...fixture.io.fs,
        writeFile: (path: string) => {
          fixture.io.fs.writeFile(path, 'half');
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
      },
    };
    const target = join(fixture.dir, 'result.json');
    writeFileSync(target, 'earlier');
    expect(() => writeFileAtomic(full, target, 'new')).toThrow(/ENOSPC/);
    expect(readFileSync(target, 'utf8')).toBe('earlier');
    expect(listFiles(fixture.dir).filter((f) => !f.startsWith('scenarios/'))).toEqual(['result.json']);
  });
});

describe('writeOutputFile', () => {
  it('turns a full disk into exit 1 naming the file and the reason, and leaves the earlier file as it was (injected ENOSPC)', () => {
    const full = {
      ...fixture.io,
      fs: { ...fixture.io.fs, writeFile: () => { throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }); } },
    };
    writeFileSync(join(fixture.dir, 'page.html'), 'earlier');
    let caught: unknown;
    try {
      writeOutputFile(full, join(fixture.dir, 'page.html'), 'new', 'page.html');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CliError);
    expect((caught as CliError).exitCode).toBe(1);
    expect((caught as CliError).message).toMatch(/^could not write page\.html: the disk is full \(ENOSPC\)\. Nothing was written/);
    expect(readFileSync(join(fixture.dir, 'page.html'), 'utf8')).toBe('earlier');
    expect(listFiles(fixture.dir).filter((f) => !f.startsWith('scenarios/'))).toEqual(['page.html']);
  });
});

describe('write failures', () => {
  const failing = (code: string) => ({
    ...fixture.io,
    fs: { ...fixture.io.fs, writeFile: () => { throw Object.assign(new Error(`${code}: injected`), { code }); } },
  });
  const messageOf = (fn: () => void): string => {
    try {
      fn();
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    return '';
  };

  it('give the advice that follows the fault: space for a full disk, permissions for a refusal, the path for a file in the way', () => {
    const cases: [string, RegExp][] = [
      ['ENOSPC', /; free some space or choose another file with --out, then run again$/],
      ['EDQUOT', /; free some space or choose another file with --out/],
      ['EACCES', /: permission denied \(EACCES\)\..*; make that place writable \(check its permissions, or that the disk is not mounted read-only\) or choose another file with --out/],
      ['EROFS', /; make that place writable/],
      ['EEXIST', /: a file is in the way where a folder is needed \(EEXIST\)\..*; move away the file that is in the way of the path or choose another file with --out/],
      ['ENOTDIR', /; move away the file that is in the way of the path/],
      ['EIO', /; choose another file with --out, then run again$/],
    ];
    for (const [code, advice] of cases) {
      const message = messageOf(() => writeOutputFile(failing(code), join(fixture.dir, 'page.html'), 'new', 'page.html'));
      expect(message, code).toMatch(advice);
      if (code !== 'ENOSPC' && code !== 'EDQUOT') expect(message, code).not.toContain('free some space');
    }
    const folder = messageOf(() => writeFolder(failing('EACCES'), join(fixture.dir, 'r'), [['a.csv', 'x']], { shown: 'r' }));
    expect(folder).toMatch(/^could not write a\.csv in r: permission denied \(EACCES\)\. Nothing of this run was kept; make that place writable .* or choose another folder with --out, then run again$/);
  });
});

/** A run.json as frontdoor writes it, reduced to what ownership needs: the tool's name and the files. */
function ownRecord(files: string[]): string {
  return JSON.stringify({ tool: { name: 'frontdoor-sim', version: '0' }, files });
}
