import { describe, expect, it } from 'vitest';
import { memoryReader } from '../../src/scenario/memoryReader.js';
import { MAX_EXTENDS_DEPTH, resolveExtends } from '../../src/scenario/resolveExtends.js';

describe('resolveExtends', () => {
  it('resolveExtends(file) follows a chain child first, resolving each path against its file', () => {
    const reader = memoryReader({
      's/sub/c.yaml': 'extends: ../b.yaml\nc: 3\n',
      's/b.yaml': 'extends: ./base/a.yaml\nb: 2\n',
      's/base/a.yaml': 'a: 1\n',
    });
    const chain = resolveExtends('s/sub/c.yaml', reader);
    expect(chain.complete).toBe(true);
    expect(chain.issues).toEqual([]);
    expect(chain.documents.map((d) => d.file)).toEqual(['s/sub/c.yaml', 's/b.yaml', 's/base/a.yaml']);
  });

  it('resolveExtends(file) names the whole cycle at the extends value that closes it', () => {
    const reader = memoryReader({ 's/a.yaml': 'extends: b.yaml\n', 's/b.yaml': 'x: 1\nextends: a.yaml\n' });
    const chain = resolveExtends('s/a.yaml', reader);
    expect(chain.complete).toBe(false);
    // 'extends: ' is 9 characters, so the value on line 2 of b.yaml starts in column 10.
    expect(chain.issues).toEqual([
      { file: 's/b.yaml', line: 2, column: 10, path: 'extends', message: 'extends cycle: s/a.yaml -> s/b.yaml -> s/a.yaml', code: 'extends_cycle' },
    ]);
  });

  it('resolveExtends(file) names only the files in the cycle when the chain enters it from outside', () => {
    const reader = memoryReader({ 'c.yaml': 'extends: a.yaml\n', 'a.yaml': 'extends: b.yaml\n', 'b.yaml': 'extends: a.yaml\n' });
    expect(resolveExtends('c.yaml', reader).issues.map((i) => [i.file, i.message])).toEqual([['b.yaml', 'extends cycle: a.yaml -> b.yaml -> a.yaml']]);
  });

  it('resolveExtends(file) reports a file that extends itself as a cycle', () => {
    const chain = resolveExtends('a.yaml', memoryReader({ 'a.yaml': 'extends: a.yaml\n' }));
    expect(chain.issues.map((i) => i.message)).toEqual(['extends cycle: a.yaml -> a.yaml']);
  });

  it('resolveExtends(file) reports a missing parent at the extends value, naming the path tried', () => {
    const chain = resolveExtends('s/a.yaml', memoryReader({ 's/a.yaml': '# child\nextends:   ../lib/base.yaml\n' }));
    expect(chain.issues).toEqual([
      { file: 's/a.yaml', line: 2, column: 12, path: 'extends', message: 'extends target not found: lib/base.yaml', code: 'extends_not_found' },
    ]);
  });

  it('resolveExtends(file) refuses an extends that is not a path', () => {
    for (const value of ['[a.yaml, b.yaml]', '3', '""']) {
      const chain = resolveExtends('a.yaml', memoryReader({ 'a.yaml': `extends: ${value}\n` }));
      expect(chain.issues).toMatchObject([{ file: 'a.yaml', line: 1, column: 10, path: 'extends', code: 'invalid_extends' }]);
    }
  });

  it('resolveExtends(file) stops an over-long chain with an issue', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i <= MAX_EXTENDS_DEPTH + 5; i += 1) files[`f${i}.yaml`] = `extends: f${i + 1}.yaml\n`;
    const chain = resolveExtends('f0.yaml', memoryReader(files));
    expect(chain.complete).toBe(false);
    expect(chain.documents).toHaveLength(MAX_EXTENDS_DEPTH);
    expect(chain.issues).toMatchObject([{ code: 'extends_too_deep' }]);
  });

  it('resolveExtends(file) reports the problems of a broken parent and stops there', () => {
    const reader = memoryReader({ 'a.yaml': 'extends: b.yaml\n', 'b.yaml': '' });
    const chain = resolveExtends('a.yaml', reader);
    expect(chain.complete).toBe(false);
    expect(chain.documents.map((d) => d.file)).toEqual(['a.yaml']);
    expect(chain.issues).toEqual([{ file: 'b.yaml', path: '', message: 'the file is empty', code: 'empty_file' }]);
  });
});
