import { describe, expect, it } from 'vitest';
import { mergePatch } from '../../src/scenario/mergePatch.js';

// RFC 7396, Appendix A: original, patch, result.
const RFC_EXAMPLES: [string, string, string][] = [
  ['{"a":"b"}', '{"a":"c"}', '{"a":"c"}'],
  ['{"a":"b"}', '{"b":"c"}', '{"a":"b","b":"c"}'],
  ['{"a":"b"}', '{"a":null}', '{}'],
  ['{"a":"b","b":"c"}', '{"a":null}', '{"b":"c"}'],
  ['{"a":["b"]}', '{"a":"c"}', '{"a":"c"}'],
  ['{"a":"c"}', '{"a":["b"]}', '{"a":["b"]}'],
  ['{"a":{"b":"c"}}', '{"a":{"b":"d","c":null}}', '{"a":{"b":"d"}}'],
  ['{"a":[{"b":"c"}]}', '{"a":[1]}', '{"a":[1]}'],
  ['["a","b"]', '["c","d"]', '["c","d"]'],
  ['{"a":"b"}', '["c"]', '["c"]'],
  ['{"a":"foo"}', 'null', 'null'],
  ['{"a":"foo"}', '"bar"', '"bar"'],
  ['{"e":null}', '{"a":1}', '{"e":null,"a":1}'],
  ['[1,2]', '{"a":"b","c":null}', '{"a":"b"}'],
  ['{}', '{"a":{"bb":{"ccc":null}}}', '{"a":{"bb":{}}}'],
];

describe('mergePatch', () => {
  it.each(RFC_EXAMPLES)('mergePatch(%s, %s) gives %s as in RFC 7396 appendix A', (target, patch, expected) => {
    expect(mergePatch(JSON.parse(target), JSON.parse(patch))).toEqual(JSON.parse(expected));
  });

  it('mergePatch(target, patch) replaces an object with a type whole instead of merging into it', () => {
    const base = { d: { type: 'exponential', mean: 3 }, other: { a: 1 } };
    expect(mergePatch(base, { d: { type: 'uniform', min: 1, max: 2 }, other: { b: 2 } })).toEqual({
      d: { type: 'uniform', min: 1, max: 2 },
      other: { a: 1, b: 2 },
    });
  });

  it('mergePatch(target, patch) leaves both inputs unchanged', () => {
    const target = { a: { b: 1, c: 2 }, d: [1] };
    const patch = { a: { b: null, e: 3 }, d: [2] };
    const before = JSON.stringify([target, patch]);
    mergePatch(target, patch);
    expect(JSON.stringify([target, patch])).toBe(before);
  });

  it('mergePatch(target, patch) returns prototype-free objects and ignores __proto__ in the patch', () => {
    const patch: unknown = JSON.parse('{"__proto__": {"polluted": true}, "a": {"constructor": {"prototype": {"polluted": true}}}}');
    const result = mergePatch({}, patch) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBeNull();
    expect(Object.keys(result)).toEqual(['a']);
    expect(result['a']).toEqual({});
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
