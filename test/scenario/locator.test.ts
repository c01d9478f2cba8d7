import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/scenario/locator.js';

const TEXT = ['a:', '  b: 12', '  list:', '    - x: 1', '    - y: 2', 'empty:', 'ref: &r {k: 5}', 'copy: *r', ''].join('\n');

function locator() {
  const lineCounter = new LineCounter();
  return createLocator(parseDocument(TEXT, { lineCounter }), lineCounter);
}

describe('createLocator', () => {
  it('locate(path, at) finds the key or the value of a nested key', () => {
    expect(locator().locate(['a', 'b'], 'key')).toEqual({ line: 2, column: 3 });
    expect(locator().locate(['a', 'b'], 'value')).toEqual({ line: 2, column: 6 });
  });

  it('locate(path, at) steps into list items by index', () => {
    expect(locator().locate(['a', 'list', 1, 'y'], 'value')).toEqual({ line: 5, column: 10 });
    expect(locator().locate(['a', 'list', '0'], 'value')).toEqual({ line: 4, column: 7 });
  });

  it('locate(path, at) falls back to the deepest part of the path that exists', () => {
    expect(locator().locate(['a', 'missing', 'deeper'], 'key')).toEqual({ line: 2, column: 3 });
    expect(locator().locate(['a', 'list', 7], 'value')).toEqual({ line: 4, column: 5 });
  });

  it('locate(path, at) points an empty value at its key, and the document at its first key', () => {
    expect(locator().locate(['empty'], 'value')).toEqual({ line: 6, column: 1 });
    expect(locator().locate([], 'value')).toEqual({ line: 1, column: 1 });
  });

  it('locate(path, at) follows an alias to the anchored node', () => {
    expect(locator().locate(['copy', 'k'], 'value')).toEqual({ line: 7, column: 13 });
  });

  it('sourceText(path) gives a scalar as written', () => {
    expect(locator().sourceText(['a', 'b'])).toBe('12');
    expect(locator().sourceText(['a'])).toBeUndefined();
  });
});
