import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CI_METHOD, summarizeReplications, tQuantile } from '../../src/stats/index.js';

// Small local seeded generator (mulberry32) so the simulation check below is reproducible.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Standard normal draws by Box–Muller; 1 − u avoids log(0).
function normalSampler(uniform: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

describe('summarizeReplications', () => {
  it('gives mean, sample SD, t-interval, type 7 percentiles and range for a worked example', () => {
    // Hand computation: mean 5; squared deviations sum to 32, so s² = 32/7 and s = 2.138090;
    // t(0.975, 7) = 2.3646 (table), half-width = 2.3646·2.138090/√8 = 1.78749.
    // p05: index 0.05·7 = 0.35 → 2 + 0.35·(4 − 2) = 2.7; p95: index 6.65 → 7 + 0.65·(9 − 7) = 8.3.
    const s = summarizeReplications([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(s).toMatchObject({ n: 8, mean: 5, min: 2, max: 9, ciAvailable: true });
    expect(s?.sd).toBeCloseTo(2.13809, 5);
    expect(s?.ciLow).toBeCloseTo(5 - 1.78749, 4);
    expect(s?.ciHigh).toBeCloseTo(5 + 1.78749, 4);
    expect(s?.p05).toBeCloseTo(2.7, 12);
    expect(s?.p95).toBeCloseTo(8.3, 12);
  });

  it('returns undefined for no replications', () => {
    expect(summarizeReplications([])).toBeUndefined();
  });

  it('with one replication reports sd 0, ciLow = ciHigh = mean and ciAvailable false', () => {
    expect(summarizeReplications([3.5])).toEqual({
      n: 1, mean: 3.5, sd: 0, ciLow: 3.5, ciHigh: 3.5, ciAvailable: false, ciMethod: 'student-t', p05: 3.5, p95: 3.5, min: 3.5, max: 3.5,
    });
  });

  it('throws RangeError naming the first NaN or infinite value', () => {
    expect(() => summarizeReplications([1, Number.NaN])).toThrow(/values\[1\] must be finite, got NaN/);
    expect(() => summarizeReplications([Infinity])).toThrow(RangeError);
  });

  it('with nonNegative cuts the lower end at 0 where the t-interval reaches below it, and only there', () => {
    // Hand computation for [0, 0, 3]: mean 1, s² = (1 + 1 + 4)/2 = 3, t(0.975, 2) = 4.3027 (table),
    // half-width = 4.3027·√3/√3 = 4.3027, so the plain interval is [−3.3027, 5.3027].
    const plain = summarizeReplications([0, 0, 3]);
    const cut = summarizeReplications([0, 0, 3], { nonNegative: true });
    expect(plain?.ciLow).toBeCloseTo(-3.3027, 4);
    expect(cut?.ciLow).toBe(0);
    expect(cut?.ciHigh).toBeCloseTo(5.3027, 4);
    expect(cut?.ciMethod).toBe('student-t-nonnegative');
    // [10, 12, 14]: mean 12, s = 2, half-width 4.3027·2/√3 = 4.9683: above 0, so nothing is cut.
    const far = summarizeReplications([10, 12, 14], { nonNegative: true });
    expect(far?.ciLow).toBeCloseTo(12 - 4.9683, 4);
    expect(far?.ciHigh).toBeCloseTo(12 + 4.9683, 4);
    expect(() => summarizeReplications([1, -0.5], { nonNegative: true })).toThrow(/values\[1\] must not be negative, got -0.5/);
  });

  it('CI_METHOD states the Student-t interval and the logit-scale one for shares', () => {
    expect(CI_METHOD).toMatch(/^95% Student-t interval across replications: mean ± t\(0\.975, n−1\)·s\/√n; for shares .* logit scale/);
  });

  it('95% t-intervals from n = 10 normal samples cover the true mean 95% of the time (2000 seeded trials)', () => {
    // Tolerance: the coverage count is binomial(2000, 0.95), SE = √(0.95·0.05/2000) ≈ 0.0049, and
    // ±3 SE fails by chance with probability about 0.003. A 1.96 (normal) interval, whose true
    // coverage for n = 10 is P(|t₉| < 1.96) ≈ 0.918, falls outside the band, so the check has power.
    const trials = 2000;
    const n = 10;
    const trueMean = 20;
    const trueSd = 4;
    const normal = normalSampler(mulberry32(12345));
    let covered = 0;
    let coveredByNormal = 0;
    for (let r = 0; r < trials; r++) {
      const sample = Array.from({ length: n }, () => trueMean + trueSd * normal());
      const s = summarizeReplications(sample);
      if (!s) throw new Error('unexpected empty summary');
      if (s.ciLow <= trueMean && trueMean <= s.ciHigh) covered++;
      if (Math.abs(s.mean - trueMean) <= (1.96 * s.sd) / Math.sqrt(n)) coveredByNormal++;
    }
    const se = Math.sqrt((0.95 * 0.05) / trials);
    expect(Math.abs(covered / trials - 0.95)).toBeLessThanOrEqual(3 * se);
    expect(coveredByNormal / trials).toBeLessThan(0.95 - 3 * se);
  });

  it('uses t(0.975, n − 1) for the half-width', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const s = summarizeReplications(values);
    const sd = Math.sqrt(13); // variance of 1..12 with n − 1 denominator is 12·13/12 = 13
    expect(s?.sd).toBeCloseTo(sd, 12);
    expect((s?.ciHigh ?? NaN) - (s?.mean ?? NaN)).toBeCloseTo((tQuantile(0.975, 11) * sd) / Math.sqrt(12), 12);
  });
});

describe('summarizeReplications with bounds (shares)', () => {
  it('keeps a two-replication share interval within 0–1 where the Student-t one runs from −68% to 135%', () => {
    // The case seen in a run: shares 0 and 0.664. Student-t: 0.332 ± 12.706·0.332 = −3.89 to 4.55 (as %: far outside).
    // Logit scale by hand: logit(0.332) = −0.6991, half-width 12.706·0.332/(0.332·0.668) = 19.02, so expit(−19.72) to expit(18.32).
    const t = summarizeReplications([0, 0.664]);
    const s = summarizeReplications([0, 0.664], { bounds: [0, 1] });
    expect(t?.ciLow).toBeLessThan(0);
    expect(s).toMatchObject({ mean: 0.332, ciMethod: 'logit-t', ciAvailable: true });
    expect(s?.ciLow).toBeGreaterThanOrEqual(0);
    expect(s?.ciLow).toBeCloseTo(2.7e-9, 10);
    expect(s?.ciHigh).toBeLessThanOrEqual(1);
    expect(1 - (s?.ciHigh ?? 0)).toBeCloseTo(1.1e-8, 9);
  });

  it('matches the Student-t interval to first order away from the bounds', () => {
    // Delta method: near the middle the logit map is almost linear over a narrow interval, so the two agree closely.
    const values = [0.48, 0.5, 0.52, 0.49, 0.51, 0.5, 0.47, 0.53];
    const t = summarizeReplications(values);
    const s = summarizeReplications(values, { bounds: [0, 1] });
    expect(s?.ciLow).toBeCloseTo(t?.ciLow ?? NaN, 4);
    expect(s?.ciHigh).toBeCloseTo(t?.ciHigh ?? NaN, 4);
  });

  it('gives a zero-width interval at the mean when every value is equal, on a bound or not', () => {
    expect(summarizeReplications([1, 1, 1], { bounds: [0, 1] })).toMatchObject({ mean: 1, ciLow: 1, ciHigh: 1, ciAvailable: true });
    expect(summarizeReplications([0.25, 0.25], { bounds: [0, 1] })).toMatchObject({ ciLow: 0.25, ciHigh: 0.25 });
  });

  it('never leaves the bounds and always contains the mean (property, seeded)', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 12 }),
      (values) => {
        const s = summarizeReplications(values, { bounds: [0, 1] });
        if (s === undefined) return false;
        return s.ciLow >= 0 && s.ciHigh <= 1 && s.ciLow <= s.mean + 1e-12 && s.mean <= s.ciHigh + 1e-12;
      },
    ), { seed: 2022, numRuns: 500 });
  });

  it('covers the true mean share about 95% of the time for 10 replications of 200-child shares near 0.9 (2000 seeded trials)', () => {
    // Each replication's share is binomial(200, 0.9)/200, so the replication values are close to normal with mean 0.9
    // and sd 0.021; the logit interval is the Student-t one to first order, so its coverage should be nominal.
    // Tolerance: ±3 binomial SEs of the coverage count (√(0.95·0.05/2000) ≈ 0.0049), false alarm ≈ 0.003.
    const uniform = mulberry32(777);
    const trials = 2000;
    let covered = 0;
    for (let r = 0; r < trials; r++) {
      const values = Array.from({ length: 10 }, () => {
        let hits = 0;
        for (let k = 0; k < 200; k++) if (uniform() < 0.9) hits++;
        return hits / 200;
      });
      const s = summarizeReplications(values, { bounds: [0, 1] });
      if (s !== undefined && s.ciLow <= 0.9 && 0.9 <= s.ciHigh) covered++;
    }
    expect(Math.abs(covered / trials - 0.95)).toBeLessThanOrEqual(3 * Math.sqrt((0.95 * 0.05) / trials));
  });

  it('throws RangeError for reversed bounds or a value outside them', () => {
    expect(() => summarizeReplications([0.5], { bounds: [1, 0] })).toThrow(/low < high, got \[1, 0\]/);
    expect(() => summarizeReplications([0.5, 1.2], { bounds: [0, 1] })).toThrow(/values\[1\] must lie within bounds \[0, 1\], got 1\.2/);
  });
});
