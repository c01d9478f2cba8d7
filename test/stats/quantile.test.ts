import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { QUANTILE_METHOD, quantile } from '../../src/stats/index.js';

describe('quantile', () => {
  it('quantile([1,2,3,4], 0.9) is 3.7, the type 7 value (index 0.9·3 = 2.7 between 3 and 4)', () => {
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
  });

  it('matches numpy.quantile (type 7) on unsorted data with ties', () => {
    // numpy.quantile([7, 1, 3, 3, 10], [0, 0.25, 0.5, 0.9, 1]) = [1, 3, 3, 8.8, 10]
    const values = [7, 1, 3, 3, 10];
    expect([0, 0.25, 0.5, 0.9, 1].map((p) => quantile(values, p))).toEqual([1, 3, 3, expect.closeTo(8.8, 12), 10]);
  });

  it('quantile([], p) returns undefined', () => {
    expect(quantile([], 0.5)).toBeUndefined();
  });

  it('quantile(values, p) throws RangeError naming p when p is outside [0, 1] or NaN', () => {
    expect(() => quantile([1, 2], 1.5)).toThrow(/p must be in \[0, 1\], got 1.5/);
    expect(() => quantile([1, 2], -0.1)).toThrow(RangeError);
    expect(() => quantile([], Number.NaN)).toThrow(RangeError);
  });

  it('quantile(values, p) throws RangeError on a NaN value', () => {
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(/values\[1\] is NaN/);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });

  it('QUANTILE_METHOD names the type 7 definition', () => {
    expect(QUANTILE_METHOD).toBe('linear interpolation (Hyndman–Fan type 7, as numpy default)');
  });

  it('is nondecreasing in p and stays within [min, max] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p1, p2) => {
          const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
          const qLo = quantile(values, lo) ?? NaN;
          const qHi = quantile(values, hi) ?? NaN;
          expect(qLo).toBeLessThanOrEqual(qHi);
          expect(qLo).toBeGreaterThanOrEqual(Math.min(...values));
          expect(qHi).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
      { seed: 20240601, numRuns: 300 },
    );
  });
});
