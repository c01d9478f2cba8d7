import { exponential, fixed, triangular, uniform, weibull } from './continuous.js';
import type { Sampler } from './continuous.js';
import { empirical, empiricalBins, histogramMean } from './empirical.js';
import type { HistogramBin } from './empirical.js';
import { gamma } from './gamma.js';
import { lognormalFromMeanCv, lognormalFromMedianP90, lognormalParametersFromMedianP90, normal } from './normal.js';
import { gammaFunction, normalHazard } from './special.js';
import { requireFinite, requirePositive, show } from '../check/index.js';

/** A serialisable description of a distribution, as written in scenario files. Units are the caller's (e.g. working days). */
export type DistributionSpec =
  | { type: 'exponential'; mean: number }
  | { type: 'uniform'; min: number; max: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'normal'; mean: number; sd: number; min?: number | undefined }
  | { type: 'lognormal'; mean: number; cv: number }
  | { type: 'lognormal'; median: number; p90: number }
  | { type: 'gamma'; shape: number; scale: number }
  | { type: 'weibull'; shape: number; scale: number }
  | { type: 'fixed'; value: number }
  | { type: 'empirical'; samples: number[] }
  | { type: 'histogram'; bins: HistogramBin[] };

/**
 * Attempts at a truncated normal draw before clamping to `min`. If min <= mean + sd, each attempt
 * succeeds with probability >= 0.159, so clamping happens with probability below 3e-8.
 */
export const TRUNCATED_NORMAL_MAX_ATTEMPTS = 100;

function truncatedNormal(mean: number, sd: number, min: number): Sampler {
  const untruncated = normal(mean, sd);
  return (rng) => {
    for (let attempt = 0; attempt < TRUNCATED_NORMAL_MAX_ATTEMPTS; attempt += 1) {
      const value = untruncated(rng);
      if (value >= min) return value;
    }
    return min;
  };
}

/**
 * The sampler a spec describes, with its parameters validated (RangeError naming the parameter and
 * value). A normal with `min` is truncated by redrawing values below min, up to
 * TRUNCATED_NORMAL_MAX_ATTEMPTS times, then clamping to min.
 */
export function samplerFor(spec: DistributionSpec): Sampler {
  switch (spec.type) {
    case 'exponential':
      return exponential(1 / requirePositive('exponential', 'mean', spec.mean));
    case 'uniform':
      return uniform(spec.min, spec.max);
    case 'triangular':
      return triangular(spec.min, spec.mode, spec.max);
    case 'normal':
      if (spec.min === undefined) return normal(spec.mean, spec.sd);
      normal(spec.mean, spec.sd);
      requireFinite('normal', 'min', spec.min);
      if (spec.sd === 0) return fixed(Math.max(spec.mean, spec.min));
      return truncatedNormal(spec.mean, spec.sd, spec.min);
    case 'lognormal':
      return 'cv' in spec ? lognormalFromMeanCv(spec.mean, spec.cv) : lognormalFromMedianP90(spec.median, spec.p90);
    case 'gamma':
      return gamma(spec.shape, spec.scale);
    case 'weibull':
      return weibull(spec.shape, spec.scale);
    case 'fixed':
      return fixed(spec.value);
    case 'empirical':
      return empirical(spec.samples);
    case 'histogram':
      return empiricalBins(spec.bins);
    default:
      throw new RangeError(`samplerFor: unknown distribution type ${show((spec as { type?: unknown }).type)}`);
  }
}

/**
 * The analytic mean of a spec (validated as samplerFor does). For a normal with `min` it is the
 * truncated-normal mean, mean + sd·φ(a)/(1 − Φ(a)) with a = (min − mean)/sd, which the sampler
 * matches unless clamping occurs (see TRUNCATED_NORMAL_MAX_ATTEMPTS).
 */
export function meanOf(spec: DistributionSpec): number {
  samplerFor(spec);
  switch (spec.type) {
    case 'exponential':
      return spec.mean;
    case 'uniform':
      return (spec.min + spec.max) / 2;
    case 'triangular':
      return (spec.min + spec.mode + spec.max) / 3;
    case 'normal':
      if (spec.min === undefined) return spec.mean;
      if (spec.sd === 0) return Math.max(spec.mean, spec.min);
      return spec.mean + spec.sd * normalHazard((spec.min - spec.mean) / spec.sd);
    case 'lognormal': {
      if ('cv' in spec) return spec.mean;
      const { mu, sigma } = lognormalParametersFromMedianP90(spec.median, spec.p90);
      return Math.exp(mu + (sigma * sigma) / 2);
    }
    case 'gamma':
      return spec.shape * spec.scale;
    case 'weibull':
      return spec.scale * gammaFunction(1 + 1 / spec.shape);
    case 'fixed':
      return spec.value;
    case 'empirical':
      return spec.samples.reduce((sum, value) => sum + value, 0) / spec.samples.length;
    case 'histogram':
      return histogramMean(spec.bins);
  }
}
