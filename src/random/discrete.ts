import type { Rng } from './stream.js';
import { requireNonEmptyArray, requireProbability } from '../check/index.js';
import { cumulativeWeights } from './cumulativeWeights.js';

/** True with probability p in [0, 1] (one uniform per draw): p = 0 is never true, p = 1 always. */
export function bernoulli(p: number): (rng: Rng) => boolean {
  requireProbability('bernoulli', 'p', p);
  return (rng) => rng() < p;
}

/**
 * The first index whose running total exceeds `target`, for running totals of non-negative weights
 * and target in [0, total). Strict comparison means an index with zero weight is never chosen; a
 * target at or past the total (rounding) falls back to the last index with positive weight.
 */
export function indexForTarget(cumulative: readonly number[], target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  const total = cumulative[high] ?? 0;
  if (target >= total) {
    while (high > 0 && (cumulative[high - 1] ?? 0) === total) high -= 1;
    return high;
  }
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * An index into `weights`, chosen with probability weight / sum (one uniform per draw, binary
 * search). Weights must be finite and >= 0 with a sum > 0; zero-weight indices are never returned.
 */
export function categorical(weights: readonly number[]): (rng: Rng) => number {
  const checked = requireNonEmptyArray<number>('categorical', 'weights', weights);
  const cumulative = cumulativeWeights('categorical', checked, (i) => `weights[${i}]`, 'weights');
  const total = cumulative[cumulative.length - 1] ?? 0;
  return (rng) => indexForTarget(cumulative, rng() * total);
}
