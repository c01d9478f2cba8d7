// Sample moments with their standard errors, for comparing samplers against theory.
//
// Tolerance used throughout: 4 standard errors. For one comparison a seeded draw outside 4 SE has
// probability about 6e-5 under a correct sampler, so a failure points at a real bias; a shift of a
// few SE (e.g. a wrong variance formula) is still far outside it at n = 200 000.
import { expect } from 'vitest';
import { createStream } from '../../src/random/index.js';
import type { Rng, Sampler } from '../../src/random/index.js';

export const N = 200_000;
export const TOLERANCE_SE = 4;

export interface Moments {
  mean: number;
  variance: number;
  /** Standard error of the mean: sqrt(variance / n). */
  seMean: number;
  /** Delta-method standard error of the sample variance, sqrt((m4 − m2²) / n), with m4 from the same sample. */
  seVariance: number;
  min: number;
  max: number;
}

export function momentsOf(values: readonly number[]): Moments {
  const n = values.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / n;
  let m2 = 0;
  let m4 = 0;
  for (const v of values) {
    const d2 = (v - mean) ** 2;
    m2 += d2;
    m4 += d2 * d2;
  }
  m2 /= n;
  m4 /= n;
  const variance = (m2 * n) / (n - 1);
  return { mean, variance, seMean: Math.sqrt(variance / n), seVariance: Math.sqrt((m4 - m2 * m2) / n), min, max };
}

/** n draws of `sampler` from the stream ('moments', 0, name). */
export function draw(sampler: Sampler, name: string, n = N): number[] {
  const rng: Rng = createStream('moments', 0, name);
  return Array.from({ length: n }, () => sampler(rng));
}

/** Asserts |observed − expected| <= 4·se, with a message showing the numbers. */
export function withinSe(label: string, observed: number, expected: number, se: number): void {
  const z = (observed - expected) / se;
  expect(Math.abs(z), `${label}: observed ${observed}, expected ${expected}, ${z.toFixed(2)} SE away`).toBeLessThanOrEqual(
    TOLERANCE_SE,
  );
}

/** Asserts the sample mean and variance of `values` match theory within 4 SE each. */
export function expectMoments(values: readonly number[], mean: number, variance: number): Moments {
  const m = momentsOf(values);
  withinSe('mean', m.mean, mean, m.seMean);
  withinSe('variance', m.variance, variance, m.seVariance);
  return m;
}

/** Asserts an observed share of n trials matches probability p within 4 binomial SE. */
export function expectShare(label: string, count: number, n: number, p: number): void {
  withinSe(label, count / n, p, Math.sqrt((p * (1 - p)) / n));
}
