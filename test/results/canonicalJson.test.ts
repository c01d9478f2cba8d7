import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex } from '../../src/results/canonicalJson.js';

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, at every level, keeping array order', () => {
    const a = { b: 1, a: { d: [3, 1], c: null } };
    const b = { a: { c: null, d: [3, 1] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(canonicalJson({ d: [1, 3] })).not.toBe(canonicalJson({ d: [3, 1] }));
  });

  it('sha256Hex is the standard sha256 of the UTF-8 text', () => {
    // The sha256 of "abc" (FIPS 180-2 test vector).
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('é')).toBe(createHash('sha256').update(Buffer.from('é', 'utf8')).digest('hex'));
  });
});
