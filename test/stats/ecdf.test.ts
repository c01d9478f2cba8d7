import { describe, expect, it } from 'vitest';
import { ecdf } from '../../src/stats/index.js';

describe('ecdf', () => {
  const F = ecdf([3, 1, 2, 2]);

  it('gives the share of values <= x, counting ties fully', () => {
    expect([0.5, 1, 1.5, 2, 2.5, 3, 99].map(F)).toEqual([0, 0.25, 0.25, 0.75, 0.75, 1, 1]);
  });

  it('handles infinite arguments', () => {
    expect(F(-Infinity)).toBe(0);
    expect(F(Infinity)).toBe(1);
  });

  it('returns NaN everywhere for no values, and for a NaN argument', () => {
    expect(ecdf([])(1)).toBeNaN();
    expect(F(Number.NaN)).toBeNaN();
  });

  it('throws RangeError on NaN values and ignores later changes to the input array', () => {
    expect(() => ecdf([1, Number.NaN])).toThrow(/values\[1\] is NaN/);
    const values = [1, 2];
    const G = ecdf(values);
    values.push(0);
    expect(G(0)).toBe(0);
  });
});
