import { MILESTONES } from './milestones.js';
import type { MilestoneEntry, MilestoneId } from './milestones.js';

/** The statistics of a delay milestone every replication may report. */
export type DelayStat = 'median' | 'p90' | 'p95' | 'mean';

/** A milestone with a timescale, which also reports the share of waits within it. */
type TimedMilestoneId = Extract<MilestoneEntry, { targetWorkingDays: number }>['id'];

/** The id of a delay metric: `${milestone}.${statistic}`, e.g. 'referralToAssessment.withinTarget'. */
export type DelayMetricId = `${MilestoneId}.${DelayStat}` | `${TimedMilestoneId}.withinTarget`;

/** How a metric is read: its label, unit, and which direction is an improvement. */
interface MetricReading {
  label: string;
  unit: string;
  better: 'lower' | 'higher' | 'neither';
  /** Shown in headline tables. */
  headline: boolean;
}

const delayMetrics = MILESTONES.flatMap((m) => [
  { id: `${m.id}.median` as const, label: `${m.label}: median`, unit: 'working days', better: 'lower' as const, headline: false },
  { id: `${m.id}.p90` as const, label: `${m.label}: 90th percentile`, unit: 'working days', better: 'lower' as const, headline: m.id !== 'allocationToSeenProtection' },
  { id: `${m.id}.p95` as const, label: `${m.label}: 95th percentile`, unit: 'working days', better: 'lower' as const, headline: false },
  { id: `${m.id}.mean` as const, label: `${m.label}: mean of completed`, unit: 'working days', better: 'lower' as const, headline: false },
  ...(m.targetWorkingDays === undefined ? [] : [{
    id: `${m.id}.withinTarget` as const, label: `${m.label}: share within ${m.targetWorkingDays} working day${m.targetWorkingDays === 1 ? '' : 's'}`,
    unit: 'share', better: 'higher' as const, headline: true,
  }]),
]) satisfies readonly (MetricReading & { id: DelayMetricId })[];

/** The metrics that are not delays, in display order. */
const otherMetrics = [
  { id: 'contactsPerYear', label: 'Contacts per year', unit: 'contacts', better: 'neither', headline: false },
  { id: 'referralsPerYear', label: 'Referrals per year', unit: 'referrals', better: 'neither', headline: true },
  { id: 'referralsPerContact', label: 'Referrals per contact', unit: 'share', better: 'neither', headline: false },
  { id: 'strategyPerReferral', label: 'Strategy discussions per referral', unit: 'share', better: 'neither', headline: false },
  { id: 'rereferralRate', label: 'Re-referrals within 12 months', unit: 'share', better: 'lower', headline: true },
  { id: 'missedChancesPerYear', label: 'Missed chances: children at medium or high risk with 2+ contacts closed unlinked to what was there to link', unit: 'children per year', better: 'lower', headline: true },
  { id: 'missedChancesNeverReferredPerYear', label: 'Missed chances, never referred', unit: 'children per year', better: 'lower', headline: false },
  { id: 'missedChancesReferredLaterPerYear', label: 'Missed chances, referred later', unit: 'children per year', better: 'lower', headline: false },
  { id: 'unlinkedRepeatContactsPerYear', label: 'Repeat contacts not linked to earlier ones', unit: 'contacts per year', better: 'lower', headline: false },
  { id: 'unallocatedMean', label: 'New referrals waiting for a first allocation (average)', unit: 'children', better: 'lower', headline: true },
  { id: 'unallocatedEnd', label: 'New referrals waiting for a first allocation (end of run)', unit: 'children', better: 'lower', headline: false },
  { id: 'awaitingReallocationMean', label: 'Cases waiting for reallocation after a change of worker (average)', unit: 'children', better: 'lower', headline: false },
  { id: 'inHandoverMean', label: 'Cases in handover between social workers (average)', unit: 'children', better: 'lower', headline: false },
  { id: 'heldOnDutyMean', label: 'Children held on duty or by a manager (average)', unit: 'children', better: 'lower', headline: true },
  { id: 'heldOnDutyShare', label: 'Referrals held on duty before their first allocation', unit: 'share', better: 'lower', headline: false },
  { id: 'workerChangesMean', label: 'Changes of social worker per allocated referral', unit: 'changes', better: 'lower', headline: true },
  { id: 'openTwoOrMoreChangesShare', label: 'Open children with 2+ changes of social worker in the last 12 months (yearly census)', unit: 'share', better: 'lower', headline: false },
  { id: 'longOpenTwoOrMoreChangesShare', label: 'Children allocated a year or more with 2+ changes of social worker in the last 12 months (yearly census)', unit: 'share', better: 'lower', headline: false },
  { id: 'workerChangesPerChildYear', label: 'Changes of social worker per allocated child-year', unit: 'changes per child-year', better: 'lower', headline: false },
  { id: 'workerChangesLeaverPerChildYear', label: 'Changes of social worker: a permanent worker left', unit: 'changes per child-year', better: 'lower', headline: false },
  { id: 'workerChangesAgencyEndPerChildYear', label: 'Changes of social worker: an agency worker\'s assignment ended', unit: 'changes per child-year', better: 'lower', headline: false },
  { id: 'workerChangesAbsencePerChildYear', label: 'Changes of social worker: long-term absence', unit: 'changes per child-year', better: 'lower', headline: false },
  { id: 'workerChangesTransferPerChildYear', label: 'Changes of social worker: transfer to a long-term team at plan start', unit: 'changes per child-year', better: 'lower', headline: false },
  { id: 'closedEarlyShare', label: 'Cases closed under caseload pressure (assessment or plan cut short)', unit: 'share', better: 'lower', headline: false },
  { id: 'twoOrMoreChangesShare', label: 'Allocated referrals with 2+ changes of social worker', unit: 'share', better: 'lower', headline: false },
  { id: 'highRiskUnseenDaysPerYear', label: 'Child-days high-risk children spent referred but not yet seen', unit: 'child-days per year', better: 'lower', headline: true },
  { id: 'screeningQueueMean', label: 'Contacts waiting for screening (average)', unit: 'contacts', better: 'lower', headline: false },
  { id: 'permanentInPost', label: 'Permanent social workers in post', unit: 'workers', better: 'higher', headline: false },
  { id: 'agencyInPost', label: 'Agency social workers in post', unit: 'workers', better: 'neither', headline: false },
  { id: 'agencyShare', label: 'Agency share of social workers in post', unit: 'share', better: 'lower', headline: false },
  { id: 'agencyCoverOfVacancies', label: 'Vacancies covered by an agency worker (agency covering ÷ vacancies)', unit: 'share', better: 'neither', headline: false },
  { id: 'vacancyRate', label: 'Posts without a permanent social worker', unit: 'share', better: 'lower', headline: false },
  { id: 'leaversPerYear', label: 'Social workers leaving per year (incl. agency)', unit: 'workers', better: 'lower', headline: false },
  { id: 'permanentTurnoverRate', label: 'Permanent turnover rate', unit: 'per year', better: 'lower', headline: false },
  { id: 'caseloadMean', label: 'Average caseload per social worker', unit: 'cases', better: 'neither', headline: true },
  { id: 'slotsUsed', label: 'Caseload slots used (cases held ÷ caps of workers in post)', unit: 'share', better: 'neither', headline: false },
  { id: 'screenerUtilisation', label: 'Screener hours used (screening needed ÷ screener hours present)', unit: 'share', better: 'neither', headline: false },
  { id: 'caseworkUtilisation', label: 'Casework hours used by enquiries and assessments (hours needed ÷ hours present)', unit: 'share', better: 'neither', headline: false },
  { id: 'unallocatedRising', label: 'Replications whose new-referral queue keeps rising (trend test)', unit: 'share', better: 'lower', headline: false },
  { id: 'unallocatedOverwhelmed', label: 'Replications whose new-referral queue holds 4+ weeks of arrivals on average', unit: 'share', better: 'lower', headline: false },
  { id: 'caseloadMeanRising', label: 'Replications whose average caseload keeps rising (trend test)', unit: 'share', better: 'lower', headline: false },
  { id: 'screeningQueueRising', label: 'Replications whose screening queue keeps rising (trend test)', unit: 'share', better: 'lower', headline: false },
] as const satisfies readonly (MetricReading & { id: string })[];

/** The id of a metric: the closed set a replication may report, so a misspelt id fails to compile. */
export type MetricId = DelayMetricId | (typeof otherMetrics)[number]['id'];

/** How a metric is read: its id, label, unit, and which direction is an improvement. */
export interface MetricDefinition extends MetricReading {
  id: MetricId;
}

/** Every scalar metric a replication reports, in display order. */
export const METRICS: readonly MetricDefinition[] = [...delayMetrics, ...otherMetrics];

/** Every metric id, in display order. */
export const METRIC_IDS: readonly MetricId[] = METRICS.map((m) => m.id);

/** Whether a string (e.g. a command-line argument) is a metric id. */
export function isMetricId(id: string): id is MetricId {
  return (METRIC_IDS as readonly string[]).includes(id);
}
