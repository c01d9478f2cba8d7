import { errorFunction, median } from 'simple-statistics';

/** What a trend test says about one series. */
export interface TrendResult {
  /** Batch means the test read (their count is the test's sample size). */
  batches: number;
  /** Weeks per batch. */
  batchWeeks: number;
  /** Theil–Sen slope of the batch means, per week (undefined with fewer than 3 batches). */
  slopePerWeek: number | undefined;
  /** One-sided Mann–Kendall p-value for an upward trend (undefined with fewer than 3 batches). */
  pUpward: number | undefined;
  /** Rise over the whole series implied by the slope. */
  rise: number | undefined;
  /** Mean of the series. */
  mean: number | undefined;
  /** Significant upward trend (p < alpha) whose rise is at least the practical floor. */
  rising: boolean;
}

/** Options of the trend test: the significance level and the smallest rise that matters. */
export interface TrendOptions {
  /** One-sided significance level (default 0.01). */
  alpha?: number;
  /** A rise smaller than this (in the series' units) does not count, however significant (default 0). */
  minRise?: number;
  /** A rise smaller than this share of the series' mean does not count (default 0.1). */
  minRelativeRise?: number;
}

/** Weeks per batch: quarters for series of two years or more (which also averages out school holidays), four weeks otherwise. */
export function batchWeeksFor(weeks: number): number {
  return weeks >= 104 ? 13 : 4;
}

function batchMeans(values: readonly number[], size: number): number[] {
  const out: number[] = [];
  for (let start = 0; start + size <= values.length; start += size) {
    let sum = 0;
    for (let k = start; k < start + size; k++) sum += values[k] as number;
    out.push(sum / size);
  }
  return out;
}

/** Upper tail of the standard normal distribution. */
function normalUpperTail(z: number): number {
  return 0.5 * (1 - errorFunction(z / Math.SQRT2));
}

/**
 * Tests a weekly series for an upward trend. Successive weeks are strongly correlated, so the test
 * reads batch means (see batchWeeksFor) rather than weeks: a one-sided Mann–Kendall test on the
 * batch means (normal approximation with continuity correction and a tie correction), with the
 * Theil–Sen slope for the size of the trend. A series counts as rising when the test is
 * significant at `alpha` and the rise over the series is at least both practical floors.
 */
export function trendTest(values: readonly number[], options: TrendOptions = {}): TrendResult {
  const alpha = options.alpha ?? 0.01;
  const batchWeeks = batchWeeksFor(values.length);
  const z = batchMeans(values, batchWeeks);
  const n = z.length;
  const mean = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
  if (n < 3) return { batches: n, batchWeeks, slopePerWeek: undefined, pUpward: undefined, rise: undefined, mean, rising: false };
  let s = 0;
  const slopes: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = (z[j] as number) - (z[i] as number);
      s += Math.sign(d);
      slopes.push(d / (j - i));
    }
  }
  // Tie correction: groups of equal batch means reduce the variance of S.
  const counts = new Map<number, number>();
  for (const v of z) counts.set(v, (counts.get(v) ?? 0) + 1);
  let ties = 0;
  for (const t of counts.values()) ties += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - ties) / 18;
  const zScore = variance > 0 ? (s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0) : 0;
  const pUpward = variance > 0 ? normalUpperTail(zScore) : 1;
  const slopePerWeek = median(slopes) / batchWeeks;
  const rise = slopePerWeek * values.length;
  const floor = Math.max(options.minRise ?? 0, (options.minRelativeRise ?? 0.1) * Math.abs(mean ?? 0));
  return { batches: n, batchWeeks, slopePerWeek, pUpward, rise, mean, rising: pUpward < alpha && rise > 0 && rise >= floor };
}
