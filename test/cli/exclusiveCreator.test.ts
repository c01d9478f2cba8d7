import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exclusiveCreator } from '../../src/cli/nodeIo.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'frontdoor-exclusive-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const failing = (code: string) => () => {
  throw Object.assign(new Error(`${code}: link failed`), { code });
};

describe('exclusiveCreator', () => {
  it('creates the file whole, and says false without touching it when it exists; no temporary file is left', () => {
    const create = exclusiveCreator(linkSync);
    expect(create(join(dir, 'a.lock'), 'first')).toBe(true);
    expect(create(join(dir, 'a.lock'), 'second')).toBe(false);
    expect(readFileSync(join(dir, 'a.lock'), 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['a.lock']);
  });

  it('falls back to an exclusive open where hard links fail for another reason (EISDIR: Windows on FAT; EPERM; EXDEV)', () => {
    for (const code of ['EISDIR', 'EPERM', 'EXDEV']) {
      const create = exclusiveCreator(failing(code));
      const path = join(dir, `${code}.lock`);
      expect(create(path, 'mine'), code).toBe(true);
      expect(create(path, 'theirs'), code).toBe(false);
      expect(readFileSync(path, 'utf8')).toBe('mine');
    }
    expect(readdirSync(dir).sort()).toEqual(['EISDIR.lock', 'EPERM.lock', 'EXDEV.lock']);
  });

  it('does not follow or overwrite a file already at a temporary name: each try writes a new one', () => {
    // Whatever sits beside the lock under a lock-like name is left as it was.
    writeFileSync(join(dir, `b.lock-${process.pid}-00000000`), 'keep');
    expect(exclusiveCreator(linkSync)(join(dir, 'b.lock'), 'x')).toBe(true);
    expect(readFileSync(join(dir, `b.lock-${process.pid}-00000000`), 'utf8')).toBe('keep');
    expect(readdirSync(dir).sort()).toEqual(['b.lock', `b.lock-${process.pid}-00000000`]);
  });
});
