import { describe, expect, it } from 'vitest';
import { exponential } from '../../src/random/index.js';
import { compareToTheory, FAMILY_WISE_ERROR, jointTest, md1MeanWait, mm1MeanWait, runQueue } from '../../src/verification/index.js';
import type { TheoryComparison } from '../../src/verification/index.js';

describe('compareToTheory', () => {
  // Values 1..5: mean 3, s = √2.5, n = 5; t(0.975, 4) = 2.7764 gives the 95% half-width 1.9632.
  const values = [1, 2, 3, 4, 5];
  const standardError = Math.sqrt(2.5) / Math.sqrt(5);

  it('reports the mean, the plain 95% t-interval and the number of replications', () => {
    const row = compareToTheory('m', 'x', values, 3.5);
    expect(row).toMatchObject({ model: 'm', measure: 'x', simulated: 3, theory: 3.5, replications: 5 });
    expect(row.ciLow).toBeCloseTo(3 - 2.7764 * standardError, 3);
    expect(row.ciHigh).toBeCloseTo(3 + 2.7764 * standardError, 3);
  });

  it('gives p = 0.05 for a theory value on the edge of the 95% interval, and p = 1 at the mean', () => {
    expect(compareToTheory('m', 'x', values, 3 + 2.776445 * standardError).pValue).toBeCloseTo(0.05, 5);
    expect(compareToTheory('m', 'x', values, 3 - 2.776445 * standardError).pValue).toBeCloseTo(0.05, 5);
    expect(compareToTheory('m', 'x', values, 3).pValue).toBe(1);
  });

  it('gives p = 0.01 on the edge of the 99% interval (t(0.995, 4) = 4.6041)', () => {
    expect(compareToTheory('m', 'x', values, 3 + 4.604095 * standardError).pValue).toBeCloseTo(0.01, 5);
  });

  it('with no spread between replications gives p = 1 when the mean is the theory and 0 otherwise', () => {
    expect(compareToTheory('m', 'x', [2, 2, 2], 2).pValue).toBe(1);
    expect(compareToTheory('m', 'x', [2, 2, 2], 2.1).pValue).toBe(0);
  });

  it('gives simulated M/M/1 waits a tiny p against the M/D/1 formula (4 against 2), and a large one against the right formula', () => {
    const waits = Array.from({ length: 10 }, (_, replication) => {
      const r = runQueue({ arrivalRate: 0.8, service: exponential(1), servers: 1, customers: 20_000, warmupCustomers: 2_000, seed: 'wrong-theory', replication });
      return r.meanWait ?? NaN;
    });
    expect(compareToTheory('M/M/1', 'mean wait', waits, md1MeanWait(0.8, 1)).pValue).toBeLessThan(1e-4);
    expect(compareToTheory('M/M/1', 'mean wait', waits, mm1MeanWait(0.8, 1)).pValue).toBeGreaterThan(0.01);
  });

  it('throws a RangeError with fewer than two replications', () => {
    expect(() => compareToTheory('m', 'x', [1], 1)).toThrow(/at least 2 replications, got 1/);
  });
});

describe('jointTest', () => {
  const comparison = (measure: string, pValue: number): TheoryComparison =>
    ({ model: 'm', measure, simulated: 0, ciLow: 0, ciHigh: 0, theory: 0, replications: 10, pValue });

  it('fails a row only when Holm–Bonferroni at α = 0.05 rejects it, and gives each row its level', () => {
    expect(FAMILY_WISE_ERROR).toBe(0.05);
    // 16 rows: the smallest p is held to 0.05/16 = 0.003125.
    const rows = jointTest([comparison('a', 0.003), ...Array.from({ length: 15 }, (_, i) => comparison(`b${i}`, 0.5))]);
    expect(rows[0]).toMatchObject({ measure: 'a', pass: false, holmLevel: 0.05 / 16 });
    expect(rows.slice(1).every((row) => row.pass)).toBe(true);
  });

  it('passes a row that is outside its own 95% interval when the family allows it', () => {
    // 0.02 is below 0.05 but above its Holm level 0.05/4 = 0.0125.
    const rows = jointTest([comparison('a', 0.02), comparison('b', 0.3), comparison('c', 0.6), comparison('d', 0.9)]);
    expect(rows.map((row) => row.pass)).toEqual([true, true, true, true]);
  });

  it('keeps the order and every field of the comparisons', () => {
    const input = [comparison('x', 0.2), comparison('y', 0.1)];
    expect(jointTest(input).map((row) => row.measure)).toEqual(['x', 'y']);
    expect(jointTest(input)[1]).toMatchObject(input[1] as TheoryComparison);
  });
});
