import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categorical, createStream, meanOf, samplerFor } from '../../src/random/index.js';
import type { DistributionSpec } from '../../src/random/index.js';

// fast-check runs are seeded, so a failure reproduces; fast-check prints the seed and counterexample.
const SEED = 20240917;

const positive = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
const real = fc.double({ min: -1e3, max: 1e3, noNaN: true });

/** A valid spec together with its support [lower, upper]. */
const specWithSupport: fc.Arbitrary<{ spec: DistributionSpec; lower: number; upper: number }> = fc.oneof(
  positive.map((mean) => ({ spec: { type: 'exponential', mean } as const, lower: 0, upper: Infinity })),
  fc.tuple(real, real).map(([a, b]) => {
    const [min, max] = a <= b ? [a, b] : [b, a];
    return { spec: { type: 'uniform', min, max } as const, lower: min, upper: max };
  }),
  fc.tuple(real, real, real).map((xs) => {
    const [min, mode, max] = [...xs].sort((x, y) => x - y) as [number, number, number];
    return { spec: { type: 'triangular', min, mode, max } as const, lower: min, upper: max };
  }),
  fc.tuple(real, positive, real).map(([mean, sd, min]) => ({
    spec: { type: 'normal', mean, sd, min } as const,
    lower: min,
    upper: Infinity,
  })),
  fc.tuple(positive, fc.double({ min: 0, max: 3, noNaN: true })).map(([mean, cv]) => ({
    spec: { type: 'lognormal', mean, cv } as const,
    lower: 0,
    upper: Infinity,
  })),
  fc.tuple(positive, fc.double({ min: 1, max: 20, noNaN: true })).map(([median, ratio]) => ({
    spec: { type: 'lognormal', median, p90: median * ratio } as const,
    lower: 0,
    upper: Infinity,
  })),
  fc.tuple(fc.double({ min: 0.05, max: 50, noNaN: true }), positive).map(([shape, scale]) => ({
    spec: { type: 'gamma', shape, scale } as const,
    lower: 0,
    upper: Infinity,
  })),
  fc.tuple(fc.double({ min: 0.2, max: 20, noNaN: true }), positive).map(([shape, scale]) => ({
    spec: { type: 'weibull', shape, scale } as const,
    lower: 0,
    upper: Infinity,
  })),
  real.map((value) => ({ spec: { type: 'fixed', value } as const, lower: value, upper: value })),
  fc.array(real, { minLength: 1, maxLength: 20 }).map((samples) => ({
    spec: { type: 'empirical', samples } as const,
    lower: Math.min(...samples),
    upper: Math.max(...samples),
  })),
  fc
    .array(fc.tuple(real, real, fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 1, maxLength: 8 })
    .filter((rows) => rows.some(([, , w]) => w > 0))
    .map((rows) => {
      const bins = rows.map(([a, b, weight]) => ({ lower: Math.min(a, b), upper: Math.max(a, b), weight }));
      return {
        spec: { type: 'histogram', bins } as const,
        lower: Math.min(...bins.map((bin) => bin.lower)),
        upper: Math.max(...bins.map((bin) => bin.upper)),
      };
    }),
);

describe('sampler properties', () => {
  it('every sampler output is finite and within the support for valid random parameters', () => {
    fc.assert(
      fc.property(specWithSupport, fc.nat(1000), ({ spec, lower, upper }, replication) => {
        const sample = samplerFor(spec);
        const rng = createStream('property', replication, 'support');
        const values = Array.from({ length: 200 }, () => sample(rng));
        const outside = values.filter((value) => !(Number.isFinite(value) && value >= lower && value <= upper));
        expect(outside).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('meanOf is finite and within the support for valid random parameters', () => {
    fc.assert(
      fc.property(specWithSupport, ({ spec, lower, upper }) => {
        const mean = meanOf(spec);
        expect(Number.isFinite(mean)).toBe(true);
        // Relative slack for rounding in sums of large values.
        const slack = 1e-9 * Math.max(1, Math.abs(mean));
        expect(mean).toBeGreaterThanOrEqual(lower - slack);
        expect(mean).toBeLessThanOrEqual(upper + slack);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('categorical never returns an index with zero weight', () => {
    const weights = fc
      .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 100, noNaN: true })), { minLength: 1, maxLength: 12 })
      .filter((ws) => ws.some((w) => w > 0));
    fc.assert(
      fc.property(weights, fc.nat(1000), (ws, replication) => {
        const pick = categorical(ws);
        const rng = createStream('property', replication, 'categorical');
        const picked = Array.from({ length: 200 }, () => pick(rng));
        expect(picked.filter((index) => !((ws[index] ?? 0) > 0))).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
