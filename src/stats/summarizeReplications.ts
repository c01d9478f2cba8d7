import { max, mean, min, sampleStandardDeviation } from 'simple-statistics';
import { checkFinite } from './checkInput.js';
import { quantile } from './quantile.js';
import { tQuantile } from './tQuantile.js';

/** How confidence intervals are computed (STRESS-DES item 1.2): name it in reports and run.json. */
export const CI_METHOD: string = '95% Student-t interval across replications: mean ± t(0.975, n−1)·s/√n';

/**
 * Summary of one quantity across replications: mean with its 95% t-interval, sample SD (n − 1),
 * the 5th–95th percentile range of the replicate values (type 7) and the extremes.
 */
export interface Interval {
  n: number;
  mean: number;
  sd: number;
  ciLow: number;
  ciHigh: number;
  /** False when n < 2: no interval can be estimated, and ciLow = ciHigh = mean. */
  ciAvailable: boolean;
  p05: number;
  p95: number;
  min: number;
  max: number;
}

/**
 * Mean, SD, 95% Student-t CI (see CI_METHOD), 5th/95th percentiles and range of per-replication
 * values; undefined for no values. A CI needs at least 2 replications: with n = 1, sd = 0,
 * ciLow = ciHigh = mean and ciAvailable = false. Throws RangeError on NaN or infinite values.
 */
export function summarizeReplications(values: readonly number[]): Interval | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  checkFinite(values, 'values');
  const m = mean(values);
  const sd = n >= 2 ? sampleStandardDeviation(values) : 0;
  const halfWidth = n >= 2 ? (tQuantile(0.975, n - 1) * sd) / Math.sqrt(n) : 0;
  return {
    n,
    mean: m,
    sd,
    ciLow: m - halfWidth,
    ciHigh: m + halfWidth,
    ciAvailable: n >= 2,
    p05: quantile(values, 0.05) ?? m,
    p95: quantile(values, 0.95) ?? m,
    min: min(values),
    max: max(values),
  };
}
