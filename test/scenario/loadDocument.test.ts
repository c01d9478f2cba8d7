import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_ISSUES } from '../../src/scenario/issue.js';
import { MAX_FILE_BYTES, loadDocument } from '../../src/scenario/loadDocument.js';
import type { DocumentResult } from '../../src/scenario/loadDocument.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const load = (file: string, text: string): DocumentResult => loadDocument(file, encode(text));
const only = (result: DocumentResult) => {
  expect(result.issues).toHaveLength(1);
  return result.issues[0];
};

describe('loadDocument', () => {
  it('loadDocument(file) reads YAML and JSON by extension, in any letter case', () => {
    expect(load('a.yaml', 'a: 1\n').document?.value).toEqual({ a: 1 });
    expect(load('a.YML', 'a: 1\n').document?.format).toBe('yaml');
    expect(load('a.json', '{"a": [1, "x"]}').document?.value).toEqual({ a: [1, 'x'] });
  });

  it('loadDocument(file) refuses other extensions', () => {
    const result = load('a.toml', 'a = 1\n');
    expect(result.document).toBeUndefined();
    expect(only(result)).toMatchObject({ file: 'a.toml', path: '', code: 'unsupported_extension' });
  });

  it('loadDocument(file) builds prototype-free objects', () => {
    const value = load('a.yaml', 'a:\n  b: 1\n').document?.value;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.getPrototypeOf(value?.['a'])).toBeNull();
  });

  it('loadDocument(file) refuses a file over 1 MiB before looking at its content', () => {
    // All NUL bytes would be a binary-file issue if the content were examined first.
    const result = loadDocument('big.yaml', new Uint8Array(MAX_FILE_BYTES + 1));
    expect(only(result)).toMatchObject({ code: 'file_too_large' });
    expect(result.issues[0]?.message).toContain('1 MiB');
  });

  it('loadDocument(file) accepts a file of exactly 1 MiB', () => {
    const text = `a: "${'x'.repeat(MAX_FILE_BYTES - 6)}"\n`;
    expect(encode(text).length).toBe(MAX_FILE_BYTES);
    expect(load('big.yaml', text).issues).toEqual([]);
  });

  it('loadDocument(file) reports an empty, blank or comment-only file as empty', () => {
    for (const text of ['', '  \n\n', '# only a comment\n']) {
      expect(only(load('e.yaml', text))).toEqual({ file: 'e.yaml', path: '', message: 'the file is empty', code: 'empty_file' });
    }
    expect(only(load('e.json', ' \n'))).toMatchObject({ code: 'empty_file' });
  });

  it('loadDocument(file) reports NUL bytes and invalid UTF-8 as a binary file', () => {
    expect(only(loadDocument('b.yaml', Uint8Array.of(0x61, 0x3a, 0x00, 0x31)))).toMatchObject({ code: 'binary_file' });
    const invalid = only(loadDocument('b.yaml', Uint8Array.of(0x61, 0x3a, 0x20, 0xc3, 0x28)));
    expect(invalid).toMatchObject({ code: 'binary_file' });
    expect(invalid?.message).toContain('UTF-8');
  });

  it('loadDocument(file) ignores a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('a: 1\n')]);
    expect(loadDocument('bom.yaml', bytes).document?.value).toEqual({ a: 1 });
  });

  it('loadDocument(file) reports a YAML syntax error at its line and column', () => {
    // 'b: c: d' opens a nested mapping at 'c' (line 2, column 4), which compact YAML forbids.
    const issue = only(load('s.yaml', 'name: x\nb: c: d\n'));
    expect(issue).toMatchObject({ file: 's.yaml', line: 2, column: 4, path: '', code: 'yaml_syntax' });
    expect(issue?.message).toMatch(/^YAML syntax: Nested mappings are not allowed in compact mappings \(a nested mapping starts on the line after its key, indented;/);
  });

  it('loadDocument(file) adds what to look for to the commonest YAML mistakes: indentation, an unclosed quote, a tab', () => {
    const over = load('s.yaml', 'workforce:\n  posts: 60\n    caseloadCap: 18\n').issues.map((i) => i.message).join(' | ');
    expect(over).toContain('keys of one mapping start in the same column');
    const quote = only(load('s.yaml', 'a: 1\nb: "open\nc: 2\n'));
    expect(quote?.message).toMatch(/^YAML syntax: Missing closing "quote \(a quote or bracket opened earlier is never closed;/);
    expect(only(load('s.yaml', 'a:\n\tb: 1\n'))?.message).toContain('replace the tab with spaces');
    // The parser's code for a missing quote also covers other missing characters: no quote hint there.
    const comment = load('s.yaml', 'name: "x"#c\n').issues.map((i) => i.message).join(' | ');
    expect(comment).toMatch(/YAML syntax/);
    expect(comment).not.toContain('never closed');
  });

  it('loadDocument(file) reports a duplicate key at the second occurrence with its path', () => {
    const result = load('d.yaml', 'a: 1\nb:\n  c: 1\n  c: 2\n');
    expect(result.document).toBeUndefined();
    expect(only(result)).toEqual({
      file: 'd.yaml',
      line: 4,
      column: 3,
      path: 'b.c',
      message: 'duplicate key "c": keys must be unique in a mapping',
      code: 'duplicate_key',
    });
  });

  it('loadDocument(file) reports duplicate keys in JSON too, where JSON.parse would keep the last', () => {
    expect(only(load('d.json', '{"a": 1, "a": 2}'))).toMatchObject({ line: 1, column: 10, path: 'a', code: 'duplicate_key' });
  });

  it('loadDocument(file) reports at most MAX_REPORTED_ISSUES repeated keys and counts the rest', () => {
    const result = load('d.yaml', 'a: 1\n'.repeat(MAX_REPORTED_ISSUES + 51));
    expect(result.issues).toHaveLength(MAX_REPORTED_ISSUES + 1);
    expect(result.issues[0]).toMatchObject({ line: 2, column: 1, code: 'duplicate_key' });
    expect(result.issues[MAX_REPORTED_ISSUES]).toMatchObject({ message: '50 more problems not shown', code: 'too_many_issues' });
  });

  it('loadDocument(file) holds JSON files to JSON syntax, not the wider YAML syntax', () => {
    // The trailing comma is at offset 7; JSON.parse fails at offset 8, the closing brace (column 9).
    expect(only(load('t.json', '{"a": 1,}'))).toMatchObject({ line: 1, column: 9, code: 'json_syntax' });
    expect(only(load('t.json', '{"a": 1}\n# comment\n'))).toMatchObject({ code: 'json_syntax' });
    expect(only(load('t.json', "{'a': 1}"))).toMatchObject({ code: 'json_syntax' });
    expect(only(load('t.json', '{"a": yes}'))).toMatchObject({ line: 1, column: 7, code: 'json_syntax' });
  });

  it('loadDocument(file) reports __proto__, constructor and prototype keys and drops them', () => {
    const text = '__proto__:\n  polluted: 1\nsafe: 2\nconstructor:\n  prototype:\n    polluted: 3\n';
    const result = load('p.yaml', text);
    expect(result.issues.map((i) => [i.line, i.column, i.path, i.code])).toEqual([
      [1, 1, '__proto__', 'forbidden_key'],
      [4, 1, 'constructor', 'forbidden_key'],
      [5, 3, 'constructor.prototype', 'forbidden_key'],
    ]);
    expect(result.document?.value).toEqual({ safe: 2 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('loadDocument(file) reports a __proto__ key in JSON without polluting Object.prototype', () => {
    const result = load('p.json', '{"a": {"__proto__": {"polluted": true}}}');
    expect(only(result)).toMatchObject({ line: 1, column: 8, path: 'a.__proto__', code: 'forbidden_key' });
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('loadDocument(file) stops an alias bomb with an issue instead of expanding it', () => {
    const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i += 1) {
      const name = String.fromCharCode(97 + i);
      const previous = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    }
    const result = load('bomb.yaml', `${levels.join('\n')}\n`);
    expect(result.document).toBeUndefined();
    expect(only(result)).toMatchObject({ code: 'alias_limit' });
    expect(result.issues[0]?.message).toContain('alias');
  });

  it('loadDocument(file) allows a few ordinary aliases', () => {
    expect(load('a.yaml', 'a: &x [1, 2]\nb: *x\n').document?.value).toEqual({ a: [1, 2], b: [1, 2] });
  });

  it('loadDocument(file) reports a top level that is not a mapping', () => {
    expect(only(load('l.yaml', '- a\n- b\n'))).toMatchObject({ line: 1, column: 1, code: 'not_a_mapping', message: expect.stringContaining('found a list') });
    expect(only(load('s.yaml', 'hello\n'))).toMatchObject({ code: 'not_a_mapping', message: expect.stringContaining('found a string') });
    expect(only(load('n.json', '42'))).toMatchObject({ code: 'not_a_mapping', message: expect.stringContaining('found a number') });
  });

  it('loadDocument(file) refuses lists and mappings used as keys', () => {
    const result = load('k.yaml', 'a: 1\n? [x, y]\n: 2\n');
    expect(result.document).toBeUndefined();
    expect(only(result)).toMatchObject({ line: 2, column: 3, code: 'invalid_key' });
  });

  it('loadDocument(file) reports an unknown tag as a warning issue and keeps the text', () => {
    const result = load('t.yaml', 'a: !!binary aGVsbG8=\n');
    expect(only(result)).toMatchObject({ line: 1, column: 4, code: 'yaml_warning' });
    expect(result.document?.value).toEqual({ a: 'aGVsbG8=' });
  });

  it('loadDocument(file) reports very deep nesting as an issue instead of overflowing the stack', () => {
    const result = load('deep.yaml', `a: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expect(result.document).toBeUndefined();
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('loadDocument(file) keeps YAML 1.2 core typing: yes, no and dates stay strings', () => {
    expect(load('c.yaml', 'a: yes\nb: no\nc: 2024-01-01\nd: 0.5\n').document?.value).toEqual({ a: 'yes', b: 'no', c: '2024-01-01', d: 0.5 });
  });
});
