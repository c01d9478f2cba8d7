import { quantile as ssQuantile } from 'simple-statistics';
import { checkNoNaN, checkProbability } from '../check/index.js';

/** The quantile definition used everywhere in the project's outputs (name it in reports and run.json). */
export const QUANTILE_METHOD: string = 'linear interpolation (Hyndman–Fan type 7, as numpy default)';

/**
 * The p-quantile of `values` by linear interpolation between order statistics (Hyndman–Fan type 7,
 * simple-statistics ≥ 7.9), e.g. quantile([1, 2, 3, 4], 0.9) = 3.7; undefined for an empty array.
 * Throws RangeError if p is outside [0, 1] or any value is NaN.
 */
export function quantile(values: readonly number[], p: number): number | undefined {
  checkProbability(p, 'p');
  if (values.length === 0) return undefined;
  checkNoNaN(values, 'values');
  return ssQuantile(values, p);
}
