import { checkNoNaN } from './checkInput.js';

/**
 * Empirical CDF of `values`: returns x ↦ share of values ≤ x, in [0, 1] (a right-continuous step
 * function). For no values the function returns NaN everywhere. Throws RangeError on NaN values.
 */
export function ecdf(values: readonly number[]): (x: number) => number {
  checkNoNaN(values, 'values');
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  return (x: number): number => {
    if (n === 0 || Number.isNaN(x)) return NaN;
    // Binary search for the number of values <= x.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] ?? Infinity) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo / n;
  };
}
