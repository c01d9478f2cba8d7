import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { studentTCdf, tQuantile } from '../../src/stats/index.js';

describe('tQuantile', () => {
  // Printed t tables give 4 decimals, so agreement within half a unit in the last place is exact.
  it.each([
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 5, 2.5706],
    [0.975, 9, 2.2622],
    [0.975, 29, 2.0452],
    [0.975, 120, 1.9799],
    [0.995, 10, 3.1693],
    [0.995, 1, 63.6567],
    [0.95, 9, 1.8331],
  ])('tQuantile(%d, %d) matches the t table value %d to 4 decimals', (p, df, tabled) => {
    expect(Math.abs(tQuantile(p, df) - tabled)).toBeLessThanOrEqual(5e-5);
  });

  it('tQuantile(0.975, df) tends to the normal 1.95996 for large df, and equals it at Infinity', () => {
    expect(tQuantile(0.975, 1e9)).toBeCloseTo(1.959964, 6);
    expect(tQuantile(0.975, Infinity)).toBeCloseTo(1.959963984540054, 12);
  });

  // Reference values from scipy.stats.t.ppf (SciPy 1.17.1), confirmed with mpmath at 40 digits
  // for df = 30000 and 99999; they cover non-integer df, both tails and the series regime.
  it.each([
    [0.975, 1.5, 6.016663104427929],
    [0.9, 3.7, 1.5575658388615072],
    [0.999, 1.2, 127.13768835913815],
    [0.6, 7.3, 0.2627568052507191],
    [1e-6, 2.5, -220.17342917823686],
    [1e-12, 50, -9.260139683684146],
    [0.975, 9999, 1.9602012636213577],
    [0.975, 30000, 1.9600430633839352],
    [0.975, 99999, 1.9599877077718448],
    [0.995, 1e5, 2.575878469908375],
    [0.975, 1e6, 1.959966356814107],
  ])('tQuantile(%d, %d) agrees with SciPy (%d) to 1e-9 relative', (p, df, expected) => {
    expect(Math.abs(tQuantile(p, df) / expected - 1)).toBeLessThan(1e-9);
  });

  it('agrees with the closed form for 4 degrees of freedom (Shaw 2006) at any p', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        const alpha = 4 * p * (1 - p);
        const q = Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha);
        const exact = Math.sign(p - 0.5) * 2 * Math.sqrt(q - 1);
        expect(Math.abs(tQuantile(p, 4) - exact)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(exact)));
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('is odd about p = 0.5 and inverts the t CDF for non-integer df (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }),
        fc.double({ min: 1, max: 500, noNaN: true }),
        (p, df) => {
          const t = tQuantile(p, df);
          // Relative: 1 − p is itself rounded, which matters in the heavy tail (t ≈ 3e5 at df = 1).
          expect(Math.abs(tQuantile(1 - p, df) + t)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(t)));
          expect(studentTCdf(t, df)).toBeCloseTo(p, 9);
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });

  it('decreases with df at p = 0.975, towards the normal value', () => {
    const dfs = [1, 1.5, 2, 3, 5, 10, 30, 100, 1000, 1e4, 1e5];
    const ts = dfs.map((df) => tQuantile(0.975, df));
    ts.slice(1).forEach((t, i) => expect(t).toBeLessThan(ts[i] ?? NaN));
    expect(ts.at(-1)).toBeGreaterThan(1.959963984540054);
  });

  it('gives 0 at p = 0.5 and ∓Infinity at p = 0 and 1', () => {
    expect(tQuantile(0.5, 3)).toBe(0);
    expect(tQuantile(0, 3)).toBe(-Infinity);
    expect(tQuantile(1, 3)).toBe(Infinity);
  });

  it('handles the far tail for df near 1, where t exceeds 1e100', () => {
    // mpmath (40 digits): log t = 574.7351066943686 for p = 1e-300, df = 1.2.
    expect(Math.log(-tQuantile(1e-300, 1.2))).toBeCloseTo(574.7351066943686, 9);
  });

  it('throws RangeError for p outside [0, 1] and for df <= 0 or NaN', () => {
    expect(() => tQuantile(1.2, 5)).toThrow(/p must be in \[0, 1\], got 1.2/);
    expect(() => tQuantile(0.975, 0)).toThrow(/df must be > 0, got 0/);
    expect(() => tQuantile(0.975, Number.NaN)).toThrow(RangeError);
  });
});
