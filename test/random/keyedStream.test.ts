import { describe, expect, it } from 'vitest';
import { borrowKeyedStream, drawKey, keyedStream, keyedUniforms, mixKeys } from '../../src/random/index.js';
import { createStream } from '../../src/random/index.js';

describe('keyedStream(baseKey, purposeKey)', () => {
  it('gives the same sequence for the same keys and a different one for another purpose', () => {
    const a = keyedStream(12345, 7);
    const b = keyedStream(12345, 7);
    const c = keyedStream(12345, 8);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(xs);
  });

  it('draws uniform values in [0, 1): mean and variance within 4 standard errors over 200,000 draws', () => {
    // Tolerance: 4 standard errors of the sample mean (sd 1/sqrt(12)) and of the sample variance
    // (sd of (U - 1/2)^2 is 1/sqrt(180)); a correct generator fails with probability about 1e-4.
    const rng = keyedStream(987654321, 3);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    const outside: number[] = [];
    for (let i = 0; i < n; i++) {
      const u = rng();
      if (!(u >= 0 && u < 1)) outside.push(u);
      sum += u;
      sumSq += (u - 0.5) ** 2;
    }
    expect(outside).toEqual([]);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan((4 * Math.sqrt(1 / 12)) / Math.sqrt(n));
    expect(Math.abs(sumSq / n - 1 / 12)).toBeLessThan((4 * Math.sqrt(1 / 180)) / Math.sqrt(n));
  });

  it('has no visible correlation between neighbouring keys (|r| under 4/sqrt(n))', () => {
    const n = 50_000;
    let sxy = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let syy = 0;
    for (let k = 0; k < n; k++) {
      const x = keyedStream(k, 1)();
      const y = keyedStream(k + 1, 1)();
      sx += x; sy += y; sxy += x * y; sxx += x * x; syy += y * y;
    }
    const r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    expect(Math.abs(r)).toBeLessThan(4 / Math.sqrt(n));
  });

  it('mixKeys spreads nearby inputs and drawKey returns a 32-bit unsigned integer', () => {
    expect(mixKeys(1, 1)).not.toBe(mixKeys(1, 2));
    expect(mixKeys(1, 1)).not.toBe(mixKeys(2, 1));
    const key = drawKey(createStream('42', 0, 'needs'));
    expect(Number.isInteger(key) && key >= 0 && key < 2 ** 32).toBe(true);
  });
});

describe('borrowKeyedStream(baseKey, purposeKey)', () => {
  it('draws the same numbers as keyedStream with the same keys, for keys across the 32-bit range', () => {
    for (const [base, purpose] of [[0, 0], [1, 1], [12345, 7], [2 ** 31 + 5, 50_000_017], [2 ** 32 - 1, 1_000_000_004]] as const) {
      const kept = keyedStream(base, purpose);
      const borrowed = borrowKeyedStream(base, purpose);
      const expected = Array.from({ length: 40 }, () => kept());
      expect(Array.from({ length: 40 }, () => borrowed())).toEqual(expected);
    }
  });

  it('starts afresh on every call, so a stream borrowed earlier continues the latest one', () => {
    const first = borrowKeyedStream(11, 2);
    first();
    borrowKeyedStream(99, 3);
    const again = keyedStream(99, 3);
    expect(first()).toBe(again());
  });
});

describe('keyedUniforms(baseKey, purposeKey, out, count)', () => {
  it('writes the first count numbers of keyedStream with the same keys, and the borrowed stream continues after them', () => {
    const kept = keyedStream(2 ** 31 + 77, 1_000_003);
    const expected = Array.from({ length: 12 }, () => kept());
    const out = new Float64Array(10).fill(-1);
    keyedUniforms(2 ** 31 + 77, 1_000_003, out, 9);
    expect(Array.from(out.subarray(0, 9))).toEqual(expected.slice(0, 9));
    expect(out[9]).toBe(-1);
    const rest = borrowKeyedStream(0, 0);
    keyedUniforms(2 ** 31 + 77, 1_000_003, out, 9);
    expect([rest(), rest(), rest()]).toEqual(expected.slice(9));
  });
});
