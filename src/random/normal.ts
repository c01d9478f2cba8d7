import type { Sampler } from './continuous.js';
import type { Rng } from './stream.js';
import { NORMAL_QUANTILE_90 } from './special.js';
import { requireAtLeast, requireNonNegative, requirePositive, requireFinite } from '../check/index.js';

/**
 * A standard normal draw by Box–Muller, using two uniforms per value. The second value of the
 * pair is discarded rather than cached, so a sampler never carries a draw from one stream into another.
 */
export function standardNormal(rng: Rng): number {
  const radius = Math.sqrt(-2 * Math.log(1 - rng()));
  return radius * Math.cos(2 * Math.PI * rng());
}

/** Normal with the given mean and standard deviation sd >= 0 (sd = 0 gives the mean every time). */
export function normal(mean: number, sd: number): Sampler {
  requireFinite('normal', 'mean', mean);
  requireNonNegative('normal', 'sd', sd);
  return (rng) => mean + sd * standardNormal(rng);
}

function lognormal(mu: number, sigma: number): Sampler {
  return (rng) => Math.exp(mu + sigma * standardNormal(rng));
}

/**
 * Lognormal with the given mean > 0 and coefficient of variation cv = sd / mean >= 0:
 * σ² = ln(1 + cv²), μ = ln(mean) − σ²/2. cv = 0 gives the mean every time.
 */
export function lognormalFromMeanCv(mean: number, cv: number): Sampler {
  requirePositive('lognormalFromMeanCv', 'mean', mean);
  requireNonNegative('lognormalFromMeanCv', 'cv', cv);
  const sigmaSquared = Math.log1p(cv * cv);
  return lognormal(Math.log(mean) - sigmaSquared / 2, Math.sqrt(sigmaSquared));
}

/**
 * Lognormal with the given median > 0 and 90th percentile p90 >= median: μ = ln(median),
 * σ = ln(p90 / median) / Φ⁻¹(0.9). p90 = median gives the median every time.
 */
export function lognormalFromMedianP90(median: number, p90: number): Sampler {
  const { mu, sigma } = lognormalParametersFromMedianP90(median, p90);
  return lognormal(mu, sigma);
}

/** The (μ, σ) of the underlying normal for a lognormal with the given median and p90; throws as lognormalFromMedianP90 does. */
export function lognormalParametersFromMedianP90(median: number, p90: number): { mu: number; sigma: number } {
  requirePositive('lognormalFromMedianP90', 'median', median);
  requireAtLeast('lognormalFromMedianP90', 'p90', p90, median, 'median');
  return { mu: Math.log(median), sigma: Math.log(p90 / median) / NORMAL_QUANTILE_90 };
}
