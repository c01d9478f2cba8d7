import type { Calendar } from '../calendar/index.js';
import { trendTest } from '../stats/index.js';
import type { TrendResult } from '../stats/index.js';
import { delayObservations, milestoneResult } from './milestoneDelays.js';
import type { MilestoneResult } from './milestoneDelays.js';
import { MILESTONES } from './milestones.js';
import { missedChanceChildren } from './missedChanceChildren.js';
import { workerChangeRates } from './workerChangeSources.js';
import type { MilestoneId } from './milestones.js';
import type { MetricId } from './metricRegistry.js';
import type { ReplicationOutput } from './records.js';

/** Everything summarised from one replication, ready to aggregate across replications. */
export interface ReplicationMetrics {
  replication: number;
  delays: Record<MilestoneId, MilestoneResult>;
  /** Scalar metrics by id (see METRICS); a metric with nothing to measure in this replication is absent. */
  scalars: Partial<Record<MetricId, number>>;
  /** Share of allocated referrals with 0, 1, 2, 3 and 4+ changes of social worker; empty (no data) when none was allocated. */
  workerChanges: number[];
  /** Trend tests on the weekly series of the measured window. */
  trends: Record<TrendSeries, TrendResult>;
}

/** The weekly series tested for a trend. */
export const TREND_SERIES = ['unallocated', 'caseloadMean', 'screeningQueue'] as const;
export type TrendSeries = (typeof TREND_SERIES)[number];

/** A queue holding this many weeks of its arrivals on average is overwhelmed, even when it no longer rises. */
export const OVERWHELMED_WEEKS = 4;

/** The smallest rise over the measured window that counts as a trend, per series, in its units (a rise must also be 10% of the mean). */
export const TREND_MIN_RISE: Record<TrendSeries, number> = { unallocated: 5, caseloadMean: 0.5, screeningQueue: 5 };

/** The mean of a series; undefined (no data) for an empty one. */
function mean(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0) / values.length;
}

/** part / whole; undefined (no data) when either is, or when the whole is 0: nothing to measure. */
function ratio(part: number | undefined, whole: number | undefined): number | undefined {
  return part === undefined || whole === undefined || !(whole > 0) ? undefined : part / whole;
}

/** Counts over the referrals made inside the measurement window. */
interface ReferralCounts {
  referred: number;
  strategy: number;
  rereferrals: number;
  heldOnDuty: number;
  closed: number;
  closedEarly: number;
  allocated: number;
  workerChanges: number;
  twoOrMoreChanges: number;
  /** Allocated referrals with 0, 1, 2, 3 and 4+ changes of social worker. */
  changes: number[];
}

function referralCounts(out: ReplicationOutput, inWindow: (t: number) => boolean): ReferralCounts {
  const n: ReferralCounts = {
    referred: 0, strategy: 0, rereferrals: 0, heldOnDuty: 0, closed: 0, closedEarly: 0,
    allocated: 0, workerChanges: 0, twoOrMoreChanges: 0, changes: [0, 0, 0, 0, 0],
  };
  for (const j of out.journeys) {
    if (!inWindow(j.referralTime)) continue;
    n.referred++;
    if (j.route === 'strategy') n.strategy++;
    if (j.rereferral) n.rereferrals++;
    if (j.closedTime !== undefined) {
      n.closed++;
      if (j.closedEarly) n.closedEarly++;
    }
    // Held before the first allocation (a case held while waiting to be reallocated does not count).
    if (j.heldOnDutyTime !== undefined && (j.allocationTime === undefined || j.heldOnDutyTime <= j.allocationTime)) n.heldOnDuty++;
    if (j.allocationTime === undefined) continue;
    n.allocated++;
    n.workerChanges += j.workerChanges;
    if (j.workerChanges >= 2) n.twoOrMoreChanges++;
    n.changes[Math.min(4, j.workerChanges)]! += 1;
  }
  return n;
}

/** Days allocated before a census that make a child "allocated a year or more" (the national children-in-care population). */
const LONG_OPEN_DAYS = 365;

/**
 * Of the children open and allocated on each anniversary of the end of warm-up inside the window (a
 * census date), the share who had at least `k` changes of social worker in the 12 months before it:
 * over all of them (`all`), and over those allocated at least LONG_OPEN_DAYS before it
 * (`longOpen`); each undefined when no such child was open on a census date (or the window holds
 * none). One pass serves both.
 */
function openChildrenWithChanges(out: ReplicationOutput, k: number): { all: number | undefined; longOpen: number | undefined } {
  let open = 0;
  let changed = 0;
  let longOpen = 0;
  let longChanged = 0;
  for (let census = out.warmupEnd + 365; census <= out.end + 1e-9; census += 365) {
    for (const j of out.journeys) {
      if (j.child < 0 || j.allocationTime === undefined || j.allocationTime > census || j.referralTime > census) continue;
      if (j.closedTime !== undefined && j.closedTime <= census) continue;
      let changes = 0;
      // workerStarts[0] is the first allocation; each later start is a change.
      for (let w = 1; w < j.workerStarts.length; w++) {
        const t = j.workerStarts[w] as number;
        if (t > census - 365 && t <= census) changes++;
      }
      const isLong = j.allocationTime <= census - LONG_OPEN_DAYS;
      open++;
      if (isLong) longOpen++;
      if (changes >= k) {
        changed++;
        if (isLong) longChanged++;
      }
    }
  }
  return { all: ratio(changed, open), longOpen: ratio(longChanged, longOpen) };
}

/** Summarises one replication: delay distributions per milestone, and the scalar metrics in METRICS. */
export function replicationMetrics(out: ReplicationOutput, calendar: Calendar): ReplicationMetrics {
  const years = (out.end - out.warmupEnd) / 365;
  const inWindow = (t: number) => t >= out.warmupEnd && t <= out.end;
  const delays = {} as Record<MilestoneId, MilestoneResult>;
  const scalars: Partial<Record<MetricId, number>> = {};
  // A measure with nothing to measure in this replication (a share of no referrals) is left out.
  const put = (id: MetricId, value: number | undefined) => {
    if (value !== undefined) scalars[id] = value;
  };
  for (const m of MILESTONES) {
    const result = milestoneResult(delayObservations(out, calendar, m.id, m.targetWorkingDays), m.targetWorkingDays, m.gridMaxWorkingDays);
    delays[m.id] = result;
    for (const k of ['median', 'p90', 'p95', 'mean'] as const) {
      const v = result[k];
      if (v !== undefined) scalars[`${m.id}.${k}` as const] = v;
    }
    if (m.targetWorkingDays !== undefined && result.withinTarget !== undefined) scalars[`${m.id}.withinTarget` as const] = result.withinTarget;
  }
  let contacts = 0;
  let unlinkedRepeats = 0;
  for (const c of out.contacts) {
    if (!inWindow(c.time)) continue;
    contacts++;
    if (c.earlierInWindow > 0 && !c.linked && c.decision !== undefined) unlinkedRepeats++;
  }
  const missedChildren = missedChanceChildren(out, inWindow);
  const missed = {
    neverReferred: missedChildren.filter((m) => m.kind === 'neverReferred').length,
    referredLater: missedChildren.filter((m) => m.kind === 'referredLater').length,
  };
  const r = referralCounts(out, inWindow);
  const referred = r.referred;
  scalars.contactsPerYear = contacts / years;
  scalars.referralsPerYear = referred / years;
  put('referralsPerContact', ratio(referred, contacts));
  put('strategyPerReferral', ratio(r.strategy, referred));
  put('rereferralRate', ratio(r.rereferrals, referred));
  scalars.missedChancesPerYear = (missed.neverReferred + missed.referredLater) / years;
  scalars.missedChancesNeverReferredPerYear = missed.neverReferred / years;
  scalars.missedChancesReferredLaterPerYear = missed.referredLater / years;
  put('closedEarlyShare', ratio(r.closedEarly, r.closed));
  scalars.unlinkedRepeatContactsPerYear = unlinkedRepeats / years;
  put('heldOnDutyShare', ratio(r.heldOnDuty, referred));
  put('workerChangesMean', ratio(r.workerChanges, r.allocated));
  put('twoOrMoreChangesShare', ratio(r.twoOrMoreChanges, r.allocated));
  // Exposure: child-days that high-risk children spent referred but not yet seen, inside the window;
  // a referral closed without the child being seen stops counting at closure.
  let exposure = 0;
  for (const j of out.journeys) {
    if (j.risk !== 'high') continue;
    const from = Math.max(j.referralTime, out.warmupEnd);
    const to = Math.min(j.seenTime ?? Infinity, j.closedTime ?? Infinity, out.end);
    if (to > from) exposure += to - from;
  }
  scalars.highRiskUnseenDaysPerYear = exposure / years;
  const s = out.series;
  const permanent = mean(s.permanent);
  const agency = mean(s.agency);
  const unallocatedMean = mean(s.unallocated);
  put('unallocatedMean', unallocatedMean);
  put('unallocatedEnd', s.unallocated.at(-1));
  put('awaitingReallocationMean', mean(s.awaitingReallocation));
  put('inHandoverMean', mean(s.inHandover));
  put('heldOnDutyMean', mean(s.heldOnDuty));
  put('screeningQueueMean', mean(s.screeningQueue));
  put('slotsUsed', mean(s.slotsUsed));
  const h = out.hours;
  if (h.screenerHoursPresent > 0) scalars.screenerUtilisation = h.screeningHoursNeeded / h.screenerHoursPresent;
  if (h.caseworkHoursPresent > 0) scalars.caseworkUtilisation = h.caseworkHoursNeeded / h.caseworkHoursPresent;
  // New referrals joining the queue per week, against which the queue's size is read.
  let queued = 0;
  for (const j of out.journeys) if (j.queuedTime !== undefined && inWindow(j.queuedTime)) queued++;
  const queuedPerWeek = queued / (years * 52);
  if (unallocatedMean !== undefined) scalars.unallocatedOverwhelmed = queuedPerWeek > 0 && unallocatedMean >= OVERWHELMED_WEEKS * queuedPerWeek ? 1 : 0;
  const trends = {} as Record<TrendSeries, TrendResult>;
  for (const key of TREND_SERIES) {
    trends[key] = trendTest(s[key], { minRise: TREND_MIN_RISE[key] });
    scalars[`${key}Rising` as const] = trends[key].rising ? 1 : 0;
  }
  const vacancies = mean(s.vacancies);
  put('permanentInPost', permanent);
  put('agencyInPost', agency);
  put('agencyShare', ratio(agency, permanent === undefined || agency === undefined ? undefined : permanent + agency));
  put('agencyCoverOfVacancies', ratio(mean(s.agencyCovering), vacancies));
  const twoOrMore = openChildrenWithChanges(out, 2);
  put('openTwoOrMoreChangesShare', twoOrMore.all);
  // Allocated a year or more before the census: the population of the national children-in-care figure (Stability Index).
  put('longOpenTwoOrMoreChangesShare', twoOrMore.longOpen);
  const changeRates = workerChangeRates(out);
  if (changeRates.childYears > 0) {
    scalars.workerChangesPerChildYear = changeRates.total;
    scalars.workerChangesLeaverPerChildYear = changeRates.bySource.leaver;
    scalars.workerChangesAgencyEndPerChildYear = changeRates.bySource.agencyEnd;
    scalars.workerChangesAbsencePerChildYear = changeRates.bySource.absence;
    scalars.workerChangesTransferPerChildYear = changeRates.bySource.transfer;
  }
  // Every permanent worker holds an establishment post; the other establishment posts are vacancies.
  put('vacancyRate', ratio(vacancies, vacancies === undefined || permanent === undefined ? undefined : vacancies + permanent));
  const leavers = s.leavers.reduce((a, b) => a + b, 0);
  scalars.leaversPerYear = leavers / years;
  const permanentLeavers = out.workers.filter((w) => w.kind === 'permanent' && w.end !== undefined && inWindow(w.end) && w.reason !== 'replaced').length;
  put('permanentTurnoverRate', ratio(permanentLeavers / years, permanent));
  put('caseloadMean', mean(s.caseloadMean));
  return {
    replication: out.replication, delays, scalars,
    workerChanges: r.allocated > 0 ? r.changes.map((c) => c / r.allocated) : [],
    trends,
  };
}
