import type { Calendar } from '../calendar/index.js';
import { histogram, kaplanMeier, summarizeDelays, survivalAt } from '../stats/index.js';
import type { DelayObservation, DelaySummary } from '../stats/index.js';
import { forEachSpan } from './milestones.js';
import type { MilestoneId } from './milestones.js';
import type { ReplicationOutput } from './records.js';

/** Points on each milestone's "share still waiting" grid. */
export const SURVIVAL_GRID_POINTS = 61;

/** Histogram edges in working days: the bins of the DfE C2 assessment-duration table (same day, 1–10, …, 61+). */
export const DELAY_BIN_EDGES = [0, 1, 11, 21, 31, 41, 46, 51, 61, 1e9] as const;

/** One milestone's results in one replication. */
export interface MilestoneResult extends DelaySummary {
  /** Share still waiting (Kaplan–Meier) at each grid point 0..gridMax working days. */
  survival: number[];
  /** Share of completed waits in each DELAY_BIN_EDGES bin; empty (no data) when no wait completed. */
  bins: number[];
}

/** Grid of working days for a milestone's survival curve. */
export function survivalGrid(gridMax: number): number[] {
  return Array.from({ length: SURVIVAL_GRID_POINTS }, (_, i) => (gridMax * i) / (SURVIVAL_GRID_POINTS - 1));
}

/**
 * Duration in working days. With a working-day calendar the count is by date, as the statutory
 * timescales are (a decision the next working day is 1 working day); in continuous mode it is the
 * exact elapsed time, as queueing theory measures it.
 */
export function workingDuration(calendar: Calendar, start: number, end: number): number {
  if (calendar.mode === 'continuous') return end - start;
  return calendar.workingDaysBetween(Math.floor(start), Math.floor(end));
}

/**
 * Whether a wait starting at `start` had its target window close inside the run (so it belongs in
 * the within-target cohort). With a working-day calendar the answer depends only on the start day,
 * so it is worked out once per day.
 */
function targetWindowClosed(calendar: Calendar, target: number | undefined, end: number): (start: number) => boolean {
  if (target === undefined) return () => false;
  if (calendar.mode === 'continuous') return (start) => start + target <= end;
  const byDay = new Map<number, boolean>();
  return (start) => {
    const day = Math.floor(start);
    let closed = byDay.get(day);
    if (closed === undefined) {
      closed = calendar.addWorkingDays(day, target + 1) <= end;
      byDay.set(day, closed);
    }
    return closed;
  };
}

/** The waits of one milestone that start inside the measured window, censored at the run's end. */
export function delayObservations(out: ReplicationOutput, calendar: Calendar, id: MilestoneId, target: number | undefined): DelayObservation[] {
  const obs: DelayObservation[] = [];
  const eligible = targetWindowClosed(calendar, target, out.end);
  forEachSpan(id, out.contacts, out.journeys, (start, end) => {
    if (start < out.warmupEnd || start > out.end) return;
    const observed = end !== undefined && end <= out.end;
    const duration = workingDuration(calendar, start, observed ? end : out.end);
    obs.push({ duration, observed, eligibleForTarget: eligible(start) });
  });
  return obs;
}

/** One milestone's delay results from its observations. */
export function milestoneResult(obs: readonly DelayObservation[], target: number | undefined, gridMax: number): MilestoneResult {
  const curve = kaplanMeier(obs);
  const summary = summarizeDelays(obs, target, curve);
  const completed: number[] = [];
  for (const o of obs) if (o.observed) completed.push(o.duration);
  const counts = histogram(completed, DELAY_BIN_EDGES);
  return {
    ...summary,
    survival: survivalGrid(gridMax).map((t) => survivalAt(curve, t)),
    // No completed wait: no shares (no data), rather than bins of share 0.
    bins: completed.length > 0 ? counts.map((c) => c / completed.length) : [],
  };
}
