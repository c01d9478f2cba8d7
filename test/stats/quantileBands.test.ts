import { describe, expect, it } from 'vitest';
import { quantileBands } from '../../src/stats/index.js';

describe('quantileBands', () => {
  // Five replications over a grid of three points.
  const series = [
    [1, 10, 0],
    [2, 20, 0],
    [3, 30, 0],
    [4, 40, 0],
    [5, 50, 0],
  ];

  it('takes type 7 quantiles across replications at each grid point', () => {
    // Over 1..5: the 0.05 quantile is 1 + 0.05·4 = 1.2, the median 3, the 0.95 quantile 4.8.
    const [p05, p50, p95] = quantileBands(series, [0.05, 0.5, 0.95]);
    expect(p05?.map((v) => Number(v.toFixed(12)))).toEqual([1.2, 12, 0]);
    expect(p50).toEqual([3, 30, 0]);
    expect(p95?.map((v) => Number(v.toFixed(12)))).toEqual([4.8, 48, 0]);
  });

  it('ignores NaN entries, and gives NaN where every replication is NaN', () => {
    const out = quantileBands(
      [
        [Number.NaN, 1],
        [Number.NaN, Number.NaN],
        [Number.NaN, 3],
      ],
      [0.5],
    );
    expect(out[0]?.[0]).toBeNaN();
    expect(out[0]?.[1]).toBe(2);
  });

  it('returns one empty row per probability for no replications', () => {
    expect(quantileBands([], [0.1, 0.9])).toEqual([[], []]);
  });

  it('throws RangeError when replications have different grid lengths or a probability is outside [0, 1]', () => {
    expect(() => quantileBands([[1, 2], [1]], [0.5])).toThrow(/series\[1\] has 1 grid points, but series\[0\] has 2/);
    expect(() => quantileBands(series, [0.5, 1.5])).toThrow(/probs\[1\] must be in \[0, 1\]/);
  });
});
