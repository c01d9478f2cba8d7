import { max, mean, min, sampleStandardDeviation } from 'simple-statistics';
import { checkFinite } from '../check/index.js';
import { quantile } from './quantile.js';
import { tQuantile } from './tQuantile.js';

/** How confidence intervals are computed (STRESS-DES item 1.2): name it in reports and run.json. */
export const CI_METHOD: string =
  '95% Student-t interval across replications: mean ± t(0.975, n−1)·s/√n; for shares (bounded 0 to 1) the same interval ' +
  'on the logit scale, logit(mean) ± t(0.975, n−1)·(s/√n)/(mean·(1−mean)), transformed back, so it stays within 0–100%; ' +
  'for other quantities that cannot be negative (counts, rates, working days) the lower end is cut at 0, which cannot lower its coverage';

/**
 * Which interval an Interval carries: Student-t on the raw scale, the same with its lower end cut at 0
 * (quantities that cannot be negative), or Student-t on the logit scale (bounded quantities).
 */
export type CiMethod = 'student-t' | 'student-t-nonnegative' | 'logit-t';

/**
 * Summary of one quantity across replications: mean with its 95% interval, sample SD (n − 1),
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
  /** How ciLow and ciHigh were found (see CI_METHOD). */
  ciMethod: CiMethod;
  p05: number;
  p95: number;
  min: number;
  max: number;
}

/** Options of summarizeReplications. */
export interface SummarizeOptions {
  /** The quantity's bounds (e.g. [0, 1] for a share): the interval is then found on the logit scale and stays inside them. */
  bounds?: readonly [low: number, high: number];
  /**
   * The quantity cannot be negative (a count, a rate, a time): the interval's lower end is cut at 0.
   * Cutting never lowers its coverage, since the mean it is to cover is not below 0. Ignored with `bounds`.
   */
  nonNegative?: boolean;
}

const logit = (p: number): number => Math.log(p / (1 - p));
const expit = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * The logit-scale interval for a mean bounded by [low, high] (the delta method, as Stata's `proportion`
 * does): centred on the mean, asymmetric near a bound, never outside it. A mean on a bound has sd 0.
 */
function boundedInterval(m: number, halfWidth: number, low: number, high: number): [number, number] {
  const span = high - low;
  const p = (m - low) / span;
  if (halfWidth === 0 || p <= 0 || p >= 1) return [m, m];
  const centre = logit(p);
  const h = halfWidth / span / (p * (1 - p));
  return [low + span * expit(centre - h), low + span * expit(centre + h)];
}

/**
 * Mean, SD, 95% interval (see CI_METHOD), 5th/95th percentiles and range of per-replication
 * values; undefined for no values. A CI needs at least 2 replications: with n = 1, sd = 0,
 * ciLow = ciHigh = mean and ciAvailable = false; when every value is equal, ciLow = ciHigh = mean.
 * With `bounds`, the interval is the logit-scale one and stays within the bounds; with `nonNegative`,
 * its lower end is cut at 0. Throws RangeError on NaN or infinite values, on bounds that are not
 * low < high, on a value outside the bounds, or on a negative value with `nonNegative`.
 */
export function summarizeReplications(values: readonly number[], options: SummarizeOptions = {}): Interval | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  checkFinite(values, 'values');
  const { bounds } = options;
  const nonNegative = bounds === undefined && options.nonNegative === true;
  if (nonNegative) {
    const negative = values.findIndex((v) => v < 0);
    if (negative >= 0) throw new RangeError(`values[${negative}] must not be negative, got ${values[negative]}`);
  }
  if (bounds !== undefined) {
    const [low, high] = bounds;
    if (!(low < high)) throw new RangeError(`bounds must be [low, high] with low < high, got [${low}, ${high}]`);
    const outside = values.findIndex((v) => v < low || v > high);
    if (outside >= 0) throw new RangeError(`values[${outside}] must lie within bounds [${low}, ${high}], got ${values[outside]}`);
  }
  const m = mean(values);
  const sd = n >= 2 ? sampleStandardDeviation(values) : 0;
  const halfWidth = n >= 2 ? (tQuantile(0.975, n - 1) * sd) / Math.sqrt(n) : 0;
  const [ciLow, ciHigh] = bounds === undefined ? [nonNegative ? Math.max(0, m - halfWidth) : m - halfWidth, m + halfWidth] : boundedInterval(m, halfWidth, bounds[0], bounds[1]);
  return {
    n,
    mean: m,
    sd,
    ciLow,
    ciHigh,
    ciAvailable: n >= 2,
    ciMethod: bounds !== undefined ? 'logit-t' : nonNegative ? 'student-t-nonnegative' : 'student-t',
    p05: quantile(values, 0.05) ?? m,
    p95: quantile(values, 0.95) ?? m,
    min: min(values),
    max: max(values),
  };
}
