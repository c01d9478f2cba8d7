import { describe, expect, it } from 'vitest';
import { histogram } from '../../src/stats/index.js';

describe('histogram', () => {
  it('counts per half-open bin [edges[i], edges[i+1]), the last bin closed', () => {
    // Bins [0,5) [5,10) [10,15]: 0, 4.9 | 5, 9.99 | 10, 15.
    expect(histogram([0, 4.9, 5, 9.99, 10, 15], [0, 5, 10, 15])).toEqual([2, 2, 2]);
  });

  it('ignores values outside the edges and NaN values', () => {
    expect(histogram([-1, 15.0001, Number.NaN, 7], [0, 5, 10, 15])).toEqual([0, 1, 0]);
  });

  it('works with uneven bins and many values', () => {
    const values = Array.from({ length: 100 }, (_, i) => i); // 0..99
    expect(histogram(values, [0, 1, 10, 50, 99])).toEqual([1, 9, 40, 50]);
  });

  it('throws RangeError for fewer than 2 edges or edges not strictly increasing', () => {
    expect(() => histogram([1], [0])).toThrow(/at least 2/);
    expect(() => histogram([1], [0, 5, 5])).toThrow(/strictly increasing.*edges\[2\] = 5 follows 5/);
    expect(() => histogram([1], [0, Number.NaN])).toThrow(/edges\[1\] must be finite/);
  });
});
