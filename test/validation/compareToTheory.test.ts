import { describe, expect, it } from 'vitest';
import { exponential } from '../../src/random/index.js';
import { tQuantile } from '../../src/stats/index.js';
import { compareToTheory, md1MeanWait, mm1MeanWait, perRowConfidence, runQueue } from '../../src/validation/index.js';

describe('perRowConfidence', () => {
  it('is 1 − 0.01/k, the Bonferroni level that keeps the family-wise error at 1%', () => {
    expect(perRowConfidence(16)).toBeCloseTo(1 - 0.01 / 16, 15);
    expect(perRowConfidence(1)).toBeCloseTo(0.99, 15);
  });

  it('throws a RangeError for a family size that is not a positive integer', () => {
    expect(() => perRowConfidence(0)).toThrow(/familySize must be an integer >= 1, got 0/);
  });
});

describe('compareToTheory', () => {
  // Values 1..5: mean 3, s = √2.5, n = 5; t(0.975, 4) = 2.7764 gives the 95% half-width 1.9632.
  const values = [1, 2, 3, 4, 5];
  const sdOverRootN = Math.sqrt(2.5) / Math.sqrt(5);

  it('reports the mean and the plain 95% t-interval and passes a theory inside it, without a note', () => {
    const row = compareToTheory('m', 'x', values, 3.5, 16);
    expect(row).toMatchObject({ model: 'm', measure: 'x', simulated: 3, theory: 3.5, pass: true });
    expect(row.ciLow).toBeCloseTo(3 - 2.7764 * sdOverRootN, 3);
    expect(row.ciHigh).toBeCloseTo(3 + 2.7764 * sdOverRootN, 3);
    expect(row.note).toBeUndefined();
  });

  it('passes a theory outside the 95% CI but inside the Bonferroni interval, and says so in the note', () => {
    // At k = 16 the per-row level is 99.9375%, so the half-width is t(0.99969, 4)·s/√n, about 6.
    const wide = tQuantile(1 - 0.01 / 32, 4) * sdOverRootN;
    const row = compareToTheory('m', 'x', values, 3 + 0.9 * wide, 16);
    expect(row.pass).toBe(true);
    expect(row.note).toMatch(/^outside the 95% CI; inside the 99\.94% interval/);
  });

  it('fails a theory outside the Bonferroni interval', () => {
    const wide = tQuantile(1 - 0.01 / 32, 4) * sdOverRootN;
    const row = compareToTheory('m', 'x', values, 3 + 1.1 * wide, 16);
    expect(row.pass).toBe(false);
    expect(row.note).toMatch(/outside the 99\.94% interval/);
  });

  it('fails simulated M/M/1 waits judged against the M/D/1 formula (4 against 2)', () => {
    const waits = Array.from({ length: 10 }, (_, replication) => {
      const r = runQueue({ arrivalRate: 0.8, service: exponential(1), servers: 1, customers: 20_000, warmupCustomers: 2_000, seed: 'wrong-theory', replication });
      return r.meanWait ?? NaN;
    });
    expect(compareToTheory('M/M/1', 'mean wait', waits, md1MeanWait(0.8, 1), 16).pass).toBe(false);
    // The same values do pass against the right formula, so the failure above is the formula's.
    expect(compareToTheory('M/M/1', 'mean wait', waits, mm1MeanWait(0.8, 1), 16).pass).toBe(true);
  });

  it('throws a RangeError with fewer than two replications', () => {
    expect(() => compareToTheory('m', 'x', [1], 1, 3)).toThrow(/at least 2 replications, got 1/);
  });
});
