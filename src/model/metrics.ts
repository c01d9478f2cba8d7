import type { Calendar } from '../calendar/index.js';
import { histogram, kaplanMeier, summarizeDelays, survivalAt } from '../stats/index.js';
import type { DelayObservation, DelaySummary } from '../stats/index.js';
import { MILESTONES, spansOf } from './milestones.js';
import type { MilestoneId } from './milestones.js';
import type { ReplicationOutput } from './types.js';

/** Points on each milestone's "share still waiting" grid. */
export const SURVIVAL_GRID_POINTS = 61;

/** Histogram edges in working days: the bins of the DfE C2 assessment-duration table (same day, 1–10, …, 61+). */
export const DELAY_BIN_EDGES = [0, 1, 11, 21, 31, 41, 46, 51, 61, 1e9] as const;

/** One milestone's results in one replication. */
export interface MilestoneResult extends DelaySummary {
  /** Share still waiting (Kaplan–Meier) at each grid point 0..gridMax working days. */
  survival: number[];
  /** Share of completed waits in each DELAY_BIN_EDGES bin. */
  bins: number[];
}

/** Everything summarised from one replication, ready to aggregate across replications. */
export interface ReplicationMetrics {
  replication: number;
  delays: Record<MilestoneId, MilestoneResult>;
  /** Scalar metrics by id (see METRICS). */
  scalars: Record<string, number>;
  /** Share of allocated referrals with 0, 1, 2, 3 and 4+ changes of social worker. */
  workerChanges: number[];
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

function observations(out: ReplicationOutput, calendar: Calendar, id: MilestoneId, target: number | undefined): DelayObservation[] {
  const obs: DelayObservation[] = [];
  for (const span of spansOf(id, out.contacts, out.journeys)) {
    if (span.start < out.warmupEnd || span.start > out.end) continue;
    const observed = span.end !== undefined && span.end <= out.end;
    const duration = workingDuration(calendar, span.start, observed ? (span.end as number) : out.end);
    const eligibleForTarget = target === undefined ? false
      : calendar.mode === 'continuous' ? span.start + target <= out.end
        : calendar.addWorkingDays(Math.floor(span.start), target + 1) <= out.end;
    obs.push({ duration, observed, eligibleForTarget });
  }
  return obs;
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Summarises one replication: delay distributions per milestone, and the scalar metrics in METRICS. */
export function replicationMetrics(out: ReplicationOutput, calendar: Calendar): ReplicationMetrics {
  const years = (out.end - out.warmupEnd) / 365;
  const inWindow = (t: number) => t >= out.warmupEnd && t <= out.end;
  const delays = {} as Record<MilestoneId, MilestoneResult>;
  const scalars: Record<string, number> = {};
  for (const m of MILESTONES) {
    const obs = observations(out, calendar, m.id, m.targetWorkingDays);
    const summary = summarizeDelays(obs, m.targetWorkingDays);
    const curve = kaplanMeier(obs);
    const completed = obs.filter((o) => o.observed).map((o) => o.duration);
    const counts = histogram(completed, DELAY_BIN_EDGES);
    delays[m.id] = {
      ...summary,
      survival: survivalGrid(m.gridMaxWorkingDays).map((t) => survivalAt(curve, t)),
      bins: counts.map((c) => (completed.length > 0 ? c / completed.length : 0)),
    };
    for (const k of ['median', 'p90', 'p95', 'mean', 'withinTarget'] as const) {
      const v = summary[k];
      if (v !== undefined) scalars[`${m.id}.${k}`] = v;
    }
  }
  const contacts = out.contacts.filter((c) => inWindow(c.time));
  const journeys = out.journeys.filter((j) => inWindow(j.referralTime));
  const referred = journeys.length;
  const strategy = journeys.filter((j) => j.route === 'strategy').length;
  const allocated = journeys.filter((j) => j.allocationTime !== undefined);
  scalars.contactsPerYear = contacts.length / years;
  scalars.referralsPerYear = referred / years;
  scalars.referralsPerContact = contacts.length > 0 ? referred / contacts.length : 0;
  scalars.strategyPerReferral = referred > 0 ? strategy / referred : 0;
  scalars.rereferralRate = referred > 0 ? journeys.filter((j) => j.rereferral).length / referred : 0;
  scalars.missedChancesPerYear = journeys.filter((j) => j.unlinkedClosedPriorContacts >= 2).length / years;
  scalars.unlinkedRepeatContactsPerYear = contacts.filter((c) => c.earlierInWindow > 0 && !c.linked && c.decision !== undefined).length / years;
  scalars.heldOnDutyShare = referred > 0 ? journeys.filter((j) => j.heldOnDutyTime !== undefined).length / referred : 0;
  scalars.workerChangesMean = mean(allocated.map((j) => j.workerChanges));
  scalars.twoOrMoreChangesShare = allocated.length > 0 ? allocated.filter((j) => j.workerChanges >= 2).length / allocated.length : 0;
  // Exposure: child-days that high-risk children spent referred but not yet seen, inside the window.
  let exposure = 0;
  for (const j of out.journeys) {
    if (j.risk !== 'high') continue;
    const from = Math.max(j.referralTime, out.warmupEnd);
    const to = Math.min(j.seenTime ?? out.end, out.end);
    if (to > from) exposure += to - from;
  }
  scalars.highRiskUnseenDaysPerYear = exposure / years;
  const s = out.series;
  const permanent = mean(s.permanent);
  const agency = mean(s.agency);
  scalars.unallocatedMean = mean(s.unallocated);
  scalars.unallocatedEnd = s.unallocated[s.unallocated.length - 1] ?? 0;
  scalars.heldOnDutyMean = mean(s.heldOnDuty);
  scalars.screeningQueueMean = mean(s.screeningQueue);
  scalars.permanentInPost = permanent;
  scalars.agencyInPost = agency;
  scalars.agencyShare = permanent + agency > 0 ? agency / (permanent + agency) : 0;
  const posts = permanent + mean(s.vacancies);
  scalars.vacancyRate = posts > 0 ? mean(s.vacancies) / posts : 0;
  const leavers = s.leavers.reduce((a, b) => a + b, 0);
  scalars.leaversPerYear = leavers / years;
  const permanentLeavers = out.workers.filter((w) => w.kind === 'permanent' && w.end !== undefined && inWindow(w.end) && w.reason !== 'replaced').length;
  scalars.permanentTurnoverRate = permanent > 0 ? permanentLeavers / years / permanent : 0;
  scalars.caseloadMean = mean(s.caseloadMean);
  const changes = [0, 0, 0, 0, 0];
  for (const j of allocated) changes[Math.min(4, j.workerChanges)]! += 1;
  return {
    replication: out.replication, delays, scalars,
    workerChanges: changes.map((c) => (allocated.length > 0 ? c / allocated.length : 0)),
  };
}
