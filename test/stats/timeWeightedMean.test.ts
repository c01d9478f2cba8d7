import { describe, expect, it } from 'vitest';
import { timeWeightedMean } from '../../src/stats/index.js';

describe('timeWeightedMean', () => {
  it('weights each value by how long it held', () => {
    // 2 for 3 days, 5 for 1 day, 0 for 6 days: (6 + 5 + 0) / 10 = 1.1.
    expect(timeWeightedMean([0, 3, 4], [2, 5, 0], 10)).toBeCloseTo(1.1, 12);
  });

  it('averages over [times[0], end], not from zero', () => {
    expect(timeWeightedMean([10, 12], [4, 8], 20)).toBeCloseTo((4 * 2 + 8 * 8) / 10, 12);
  });

  it('gives zero weight to a value replaced at the same instant', () => {
    expect(timeWeightedMean([0, 0, 5], [100, 1, 3], 10)).toBeCloseTo(2, 12);
  });

  it('returns the value in force when the window has zero length', () => {
    expect(timeWeightedMean([4, 4], [1, 7], 4)).toBe(7);
  });

  it('throws RangeError on empty or mismatched input, decreasing times or an early end', () => {
    expect(() => timeWeightedMean([], [], 1)).toThrow(/times must not be empty/);
    expect(() => timeWeightedMean([0, 1], [1], 2)).toThrow(/same length/);
    expect(() => timeWeightedMean([0, 2, 1], [1, 1, 1], 3)).toThrow(/times\[2\] = 1 is before times\[1\] = 2/);
    expect(() => timeWeightedMean([0, 2], [1, 1], 1)).toThrow(/end = 1 is before times\[1\] = 2/);
    expect(() => timeWeightedMean([0], [Number.NaN], 1)).toThrow(/values\[0\] must be finite/);
  });
});
