// The model reduced to an M/M/5 queue by scenarios/validation/mmc.yaml (λ = 4 referrals a day,
// μ = 1 a day per worker, continuous calendar) must reproduce Erlang C for the wait for allocation:
// P(wait) = C(5, 4) = (4⁵/5!)·5/(5−4) / (Σ_{k<5} 4ᵏ/k! + (4⁵/5!)·5) = 42.667/77 = 0.55411, mean wait
// C/(cμ − λ) = 0.5541 days and P(Wq > t) = 0.5541·e^(−t).
//
// Tolerance: each replication (independent streams, 3 measured years, about 4,400 waits) gives one
// estimate of the mean wait and of each tail fraction; across 12 replications the theoretical value
// must lie inside the 99.9% Student-t interval. Per-replication averages of thousands of waits are
// close to normal, so each check falsely fails with probability 0.1%, and the family of six checks
// with at most about 0.6%. The seed is fixed, so the outcome is the same on every run.
import { beforeAll, describe, it, expect } from 'vitest';
import { tQuantile } from '../../src/stats/index.js';
import { mean, runChecked, scenarioFile, spansOf } from './fixtures.js';

const REPLICATIONS = 12;
const YEARS = 3;
const C = 4 ** 5 / 120 * 5 / (1 + 4 + 8 + 64 / 6 + 256 / 24 + 4 ** 5 / 120 * 5);
const TAIL_POINTS = [0, 0.25, 0.5, 1, 2];
/** Arrivals this close to the end are left out, so every wait counted is complete (P(Wq > 10) ≈ 2.5e-5). */
const COMPLETE_AFTER_DAYS = 10;

interface Estimate { mean: number; tails: number[] }

function estimate(replication: number): Estimate {
  const scenario = scenarioFile('validation/mmc.yaml', [`horizon.years=${YEARS}`]);
  const out = runChecked(scenario, { seed: 'mmc', replication });
  const waits = spansOf('referralToAllocation', out)
    .filter((s) => s.start >= out.warmupEnd && s.start <= out.end - COMPLETE_AFTER_DAYS)
    // A wait still open this long after arrival counts as longer than every tail point.
    .map((s) => (s.end === undefined ? Infinity : s.end - s.start));
  return { mean: mean(waits), tails: TAIL_POINTS.map((t) => waits.filter((w) => w > t).length / waits.length) };
}

function interval(values: readonly number[]): { low: number; high: number; halfWidth: number } {
  const m = mean(values);
  const sd = Math.sqrt(values.reduce((s, x) => s + (x - m) ** 2, 0) / (values.length - 1));
  const halfWidth = tQuantile(0.9995, values.length - 1) * sd / Math.sqrt(values.length);
  return { low: m - halfWidth, high: m + halfWidth, halfWidth };
}

describe('the M/M/c reduction', () => {
  let estimates: Estimate[] = [];
  beforeAll(() => {
    estimates = Array.from({ length: REPLICATIONS }, (_, r) => estimate(r));
  });

  it('uses the Erlang C probability of waiting 0.5541', () => {
    expect(C).toBeCloseTo(0.5541, 4);
  });

  it('reproduces the Erlang C mean wait for allocation of 0.5541 days', () => {
    const ci = interval(estimates.map((e) => e.mean));
    expect(ci.low).toBeLessThanOrEqual(C);
    expect(ci.high).toBeGreaterThanOrEqual(C);
    // The check has power: the interval is narrow enough to reject, e.g., a 30% error.
    expect(ci.halfWidth).toBeLessThan(0.3 * C);
  });

  it.each(TAIL_POINTS.map((t, k) => [t, k]))('reproduces the Erlang C tail P(Wq > %s) = 0.5541·e^(−t)', (t, k) => {
    const theory = C * Math.exp(-t);
    const ci = interval(estimates.map((e) => e.tails[k] as number));
    expect(ci.low).toBeLessThanOrEqual(theory);
    expect(ci.high).toBeGreaterThanOrEqual(theory);
  });
});
