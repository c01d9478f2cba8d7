import { mean } from 'simple-statistics';
import { kaplanMeier } from './kaplanMeier.js';
import type { KaplanMeierStep } from './kaplanMeier.js';
import { kaplanMeierQuantile } from './kaplanMeierQuantile.js';

/** A wait in working days, whether it ended inside the run, and whether its target window closed inside the run. */
export interface DelayObservation {
  /** Working days from start to the event, or waited so far at the end of the run if not observed. */
  duration: number;
  /** False: still waiting at the end of the run (right-censored). */
  observed: boolean;
  /** True when the target window closed inside the run, so the item belongs in the within-target cohort. */
  eligibleForTarget: boolean;
}

/** Headline delay figures for one replication; optional fields are absent when not estimable. */
export interface DelaySummary {
  n: number;
  completed: number;
  censored: number;
  /**
   * Kaplan–Meier median wait (working days), counting censored waits. Without censoring this is the
   * inverse-ECDF (type 1) quantile, a data value, not the interpolated QUANTILE_METHOD.
   */
  median?: number;
  /** Kaplan–Meier 90th percentile wait (working days), as for `median`. */
  p90?: number;
  /** Kaplan–Meier 95th percentile wait (working days), as for `median`. */
  p95?: number;
  /** Mean of the completed (observed) waits only, so it understates waits when many are censored. */
  mean?: number;
  /** Share (0..1) of the eligible cohort that completed within the target. */
  withinTarget?: number;
  /** Size of the eligible cohort (items whose target window closed inside the run). */
  withinTargetN: number;
}

/**
 * Summarizes waits with right-censoring: median/p90/p95 are the smallest t with Kaplan–Meier
 * S(t) ≤ 1 − p (undefined if the curve never gets that low); mean is over completed waits only.
 * withinTarget is the share of eligibleForTarget items observed with duration ≤ targetWorkingDays
 * (a censored eligible item waited its whole window, so it counts as not within target); it is
 * absent without a target or an eligible item. A caller that already has `kaplanMeier(obs)` passes
 * it as `curve` to save sorting the observations again. Throws RangeError on a negative or
 * non-finite duration or target.
 */
export function summarizeDelays(obs: readonly DelayObservation[], targetWorkingDays?: number, curve: readonly KaplanMeierStep[] = kaplanMeier(obs)): DelaySummary {
  if (targetWorkingDays !== undefined && !(targetWorkingDays >= 0 && targetWorkingDays < Infinity)) {
    throw new RangeError(`targetWorkingDays must be finite and >= 0, got ${String(targetWorkingDays)}`);
  }
  const completedDurations: number[] = [];
  let eligible = 0;
  let within = 0;
  for (const o of obs) {
    if (o.observed) completedDurations.push(o.duration);
    if (!o.eligibleForTarget) continue;
    eligible++;
    if (targetWorkingDays !== undefined && o.observed && o.duration <= targetWorkingDays) within++;
  }
  const summary: DelaySummary = {
    n: obs.length,
    completed: completedDurations.length,
    censored: obs.length - completedDurations.length,
    withinTargetN: eligible,
  };
  const median = kaplanMeierQuantile(curve, 0.5);
  const p90 = kaplanMeierQuantile(curve, 0.9);
  const p95 = kaplanMeierQuantile(curve, 0.95);
  if (median !== undefined) summary.median = median;
  if (p90 !== undefined) summary.p90 = p90;
  if (p95 !== undefined) summary.p95 = p95;
  if (completedDurations.length > 0) summary.mean = mean(completedDurations);
  if (targetWorkingDays !== undefined && eligible > 0) summary.withinTarget = within / eligible;
  return summary;
}
