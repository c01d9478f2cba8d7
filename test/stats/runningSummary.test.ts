import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RunningSummary } from '../../src/stats/index.js';

function twoPass(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, variance };
}

describe('RunningSummary', () => {
  it('matches the two-pass mean and sample variance for a worked example', () => {
    const s = new RunningSummary();
    [2, 4, 4, 4, 5, 5, 7, 9].forEach((x) => s.add(x));
    expect(s.n).toBe(8);
    expect(s.mean).toBe(5);
    expect(s.variance).toBeCloseTo(32 / 7, 12);
    expect(s.sd).toBeCloseTo(Math.sqrt(32 / 7), 12);
    expect([s.min, s.max]).toEqual([2, 9]);
  });

  it('equals the two-pass mean and variance, including around a large offset (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 2, maxLength: 100 }),
        fc.constantFrom(0, 1e9),
        (raw, offset) => {
          const values = raw.map((v) => v + offset);
          const s = new RunningSummary();
          values.forEach((v) => s.add(v));
          const exact = twoPass(values);
          expect(s.mean).toBeCloseTo(exact.mean, 6);
          // Welford stays accurate near 1e9 where the naive sum-of-squares formula would not.
          expect(Math.abs(s.variance - exact.variance)).toBeLessThanOrEqual(1e-6 * Math.max(1, exact.variance));
        },
      ),
      { seed: 99, numRuns: 200 },
    );
  });

  it('merge gives the same result as adding every value to one summary', () => {
    const values = [3.5, -1, 8, 8, 2.25, 10, 0];
    const whole = new RunningSummary();
    values.forEach((v) => whole.add(v));
    const left = new RunningSummary();
    const right = new RunningSummary();
    values.slice(0, 3).forEach((v) => left.add(v));
    values.slice(3).forEach((v) => right.add(v));
    left.merge(right);
    left.merge(new RunningSummary());
    expect(left.n).toBe(whole.n);
    expect(left.mean).toBeCloseTo(whole.mean, 12);
    expect(left.variance).toBeCloseTo(whole.variance, 12);
    expect([left.min, left.max]).toEqual([-1, 10]);
  });

  it('reports NaN mean and variance before any value, and variance 0 after one', () => {
    const s = new RunningSummary();
    expect(s.n).toBe(0);
    expect(s.mean).toBeNaN();
    expect(s.variance).toBeNaN();
    s.add(4);
    expect([s.mean, s.variance]).toEqual([4, 0]);
  });

  it('throws RangeError on NaN or infinite values', () => {
    expect(() => new RunningSummary().add(Number.NaN)).toThrow(/x must be finite, got NaN/);
  });
});
