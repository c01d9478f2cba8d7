import { describe, expect, it } from 'vitest';
import { meanOf, samplerFor } from '../../src/random/index.js';
import type { DistributionSpec } from '../../src/random/index.js';
import { draw, momentsOf, withinSe } from './moments.js';

// Each spec's analytic mean is written out by hand here (not taken from meanOf), then meanOf and the
// sample mean of n = 200 000 seeded draws are compared with it; sample means within 4 SE (moments.ts).
const cases: { spec: DistributionSpec; mean: number }[] = [
  { spec: { type: 'exponential', mean: 3 }, mean: 3 },
  { spec: { type: 'uniform', min: 1, max: 4 }, mean: 2.5 },
  { spec: { type: 'triangular', min: 0, mode: 1, max: 5 }, mean: 2 },
  { spec: { type: 'normal', mean: 10, sd: 3 }, mean: 10 },
  // Truncated at min = 0: 1 + 2·φ(0.5)/Φ(0.5) = 1 + 2·0.3520653268/0.6914624613 = 2.0183210.
  { spec: { type: 'normal', mean: 1, sd: 2, min: 0 }, mean: 2.018321 },
  { spec: { type: 'lognormal', mean: 6, cv: 0.8 }, mean: 6 },
  // exp(ln 4 + σ²/2) with σ = ln(2.5)/1.2815515655 = 0.7149855: 4·exp(0.2556021) = 5.164955.
  { spec: { type: 'lognormal', median: 4, p90: 10 }, mean: 5.164955 },
  { spec: { type: 'gamma', shape: 2, scale: 1.5 }, mean: 3 },
  // 3·Γ(1.5) = 3·√π/2.
  { spec: { type: 'weibull', shape: 2, scale: 3 }, mean: (3 * Math.sqrt(Math.PI)) / 2 },
  { spec: { type: 'fixed', value: 2.25 }, mean: 2.25 },
  { spec: { type: 'empirical', samples: [1, 2, 6] }, mean: 3 },
  // Midpoints 0.5 and 3 with weights 1 and 3: (0.5 + 9) / 4.
  { spec: { type: 'histogram', bins: [{ lower: 0, upper: 1, weight: 1 }, { lower: 2, upper: 4, weight: 3 }] }, mean: 2.375 },
];

describe('samplerFor and meanOf', () => {
  for (const { spec, mean } of cases) {
    const label = JSON.stringify(spec);
    it(`meanOf(${label}) is the analytic mean and the sampler's sample mean agrees`, () => {
      expect(meanOf(spec)).toBeCloseTo(mean, 4);
      const m = momentsOf(draw(samplerFor(spec), `spec-${label}`));
      if (m.seMean === 0) expect(m.mean).toBe(mean);
      else withinSe('sample mean', m.mean, mean, m.seMean);
    });
  }

  it('a normal with min never goes below min', () => {
    const values = draw(samplerFor({ type: 'normal', mean: 1, sd: 2, min: 0 }), 'truncated-support', 50_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
  });

  it('a normal with min far above the mean clamps to min, and meanOf stays finite and close to min', () => {
    const spec: DistributionSpec = { type: 'normal', mean: 0, sd: 1, min: 40 };
    expect(draw(samplerFor(spec), 'truncated-far', 10)).toEqual(new Array(10).fill(40));
    // The truncated mean is min + sd·(hazard) with hazard ≈ a + 1/a for large a: about 40.025.
    expect(meanOf(spec)).toBeGreaterThan(40);
    expect(meanOf(spec)).toBeLessThan(40.03);
  });

  it('a normal with sd 0 and min gives max(mean, min)', () => {
    expect(draw(samplerFor({ type: 'normal', mean: 1, sd: 0, min: 2 }), 'sd0', 3)).toEqual([2, 2, 2]);
    expect(meanOf({ type: 'normal', mean: 1, sd: 0, min: 2 })).toBe(2);
    expect(meanOf({ type: 'normal', mean: 3, sd: 0, min: 2 })).toBe(3);
  });

  it('meanOf matches known truncated-normal means at several cut points', () => {
    // E[Z | Z > a] = φ(a)/(1 − Φ(a)): 0.7978846 at a = 0, 1.5251352 at a = 1, 0.2876000 at a = −1,
    // 3.2830 at a = 3 (standard normal tables).
    expect(meanOf({ type: 'normal', mean: 0, sd: 1, min: 0 })).toBeCloseTo(0.7978846, 6);
    expect(meanOf({ type: 'normal', mean: 0, sd: 1, min: 1 })).toBeCloseTo(1.5251352, 6);
    expect(meanOf({ type: 'normal', mean: 0, sd: 1, min: -1 })).toBeCloseTo(0.2876, 4);
    expect(meanOf({ type: 'normal', mean: 0, sd: 1, min: 3 })).toBeCloseTo(3.283, 3);
  });

  it('samplerFor rejects an unknown type, naming it', () => {
    expect(() => samplerFor({ type: 'poisson' } as unknown as DistributionSpec)).toThrow(
      'samplerFor: unknown distribution type "poisson"',
    );
  });
});
