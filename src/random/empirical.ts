import type { Sampler } from './continuous.js';
import { indexForTarget } from './discrete.js';
import { requireFinite, requireAtLeast, requireNonEmptyArray } from '../check/index.js';
import { cumulativeWeights } from './cumulativeWeights.js';

/** One histogram bin: values in [lower, upper] drawn with relative frequency `weight`. */
export interface HistogramBin {
  lower: number;
  upper: number;
  weight: number;
}

/**
 * Resamples the given observations with replacement, each equally likely (one uniform per draw).
 * Samples must be a non-empty array of finite numbers; they are copied, so later edits do not leak in.
 */
export function empirical(samples: readonly number[]): Sampler {
  const values = requireNonEmptyArray<number>('empirical', 'samples', samples);
  values.forEach((value, i) => requireFinite('empirical', `samples[${i}]`, value));
  const count = values.length;
  return (rng) => values[Math.min(count - 1, Math.floor(rng() * count))] ?? Number.NaN;
}

/**
 * Picks a bin with probability weight / total weight, then a value uniformly within it (two
 * uniforms per draw). Bins need finite lower <= upper and weight >= 0, with total weight > 0; bins may
 * overlap or leave gaps, and a bin with lower === upper is a point mass.
 */
export function empiricalBins(bins: readonly HistogramBin[]): Sampler {
  const checked = requireNonEmptyArray<HistogramBin>('empiricalBins', 'bins', bins).map((bin, i) => {
    if (typeof bin !== 'object' || bin === null) {
      throw new RangeError(`empiricalBins: bins[${i}] must be an object { lower, upper, weight }, got ${String(bin)}`);
    }
    const lower = requireFinite('empiricalBins', `bins[${i}].lower`, bin.lower);
    const upper = requireAtLeast('empiricalBins', `bins[${i}].upper`, bin.upper, lower, `bins[${i}].lower`);
    return { lower, upper, weight: bin.weight };
  });
  const cumulative = cumulativeWeights(
    'empiricalBins',
    checked.map((bin) => bin.weight),
    (i) => `bins[${i}].weight`,
    'bins',
  );
  const total = cumulative[cumulative.length - 1] ?? 0;
  return (rng) => {
    const bin = checked[indexForTarget(cumulative, rng() * total)];
    if (bin === undefined) return Number.NaN; // unreachable: the index is always in range
    return bin.lower + (bin.upper - bin.lower) * rng();
  };
}

/** The mean of a histogram: the weight-averaged bin midpoints (exact for uniform-within-bin sampling). */
export function histogramMean(bins: readonly HistogramBin[]): number {
  let total = 0;
  let weighted = 0;
  for (const bin of bins) {
    total += bin.weight;
    weighted += (bin.weight * (bin.lower + bin.upper)) / 2;
  }
  return weighted / total;
}
