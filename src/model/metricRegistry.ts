import { MILESTONES } from './milestones.js';

/** How a metric is read: its label, unit, and which direction is an improvement. */
export interface MetricDefinition {
  id: string;
  label: string;
  unit: string;
  better: 'lower' | 'higher' | 'neither';
  /** Shown in headline tables. */
  headline: boolean;
}

const delayMetrics: MetricDefinition[] = MILESTONES.flatMap((m) => [
  { id: `${m.id}.median`, label: `${m.label}: median`, unit: 'working days', better: 'lower' as const, headline: false },
  { id: `${m.id}.p90`, label: `${m.label}: 90th percentile`, unit: 'working days', better: 'lower' as const, headline: m.id !== 'allocationToSeenProtection' },
  { id: `${m.id}.p95`, label: `${m.label}: 95th percentile`, unit: 'working days', better: 'lower' as const, headline: false },
  { id: `${m.id}.mean`, label: `${m.label}: mean of completed`, unit: 'working days', better: 'lower' as const, headline: false },
  ...(m.targetWorkingDays === undefined ? [] : [{
    id: `${m.id}.withinTarget`, label: `${m.label}: share within ${m.targetWorkingDays} working day${m.targetWorkingDays === 1 ? '' : 's'}`,
    unit: 'share', better: 'higher' as const, headline: true,
  }]),
]);

/** Every scalar metric a replication reports, in display order. */
export const METRICS: readonly MetricDefinition[] = [
  ...delayMetrics,
  { id: 'contactsPerYear', label: 'Contacts per year', unit: 'contacts', better: 'neither', headline: false },
  { id: 'referralsPerYear', label: 'Referrals per year', unit: 'referrals', better: 'neither', headline: true },
  { id: 'referralsPerContact', label: 'Referrals per contact', unit: 'share', better: 'neither', headline: false },
  { id: 'strategyPerReferral', label: 'Strategy discussions per referral', unit: 'share', better: 'neither', headline: false },
  { id: 'rereferralRate', label: 'Re-referrals within 12 months', unit: 'share', better: 'lower', headline: true },
  { id: 'missedChancesPerYear', label: 'Missed chances: referred children with 2+ earlier unlinked, closed contacts', unit: 'children per year', better: 'lower', headline: true },
  { id: 'unlinkedRepeatContactsPerYear', label: 'Repeat contacts not linked to earlier ones', unit: 'contacts per year', better: 'lower', headline: false },
  { id: 'unallocatedMean', label: 'Children waiting for allocation (average)', unit: 'children', better: 'lower', headline: true },
  { id: 'unallocatedEnd', label: 'Children waiting for allocation (end of run)', unit: 'children', better: 'lower', headline: false },
  { id: 'heldOnDutyMean', label: 'Children held on duty or by a manager (average)', unit: 'children', better: 'lower', headline: true },
  { id: 'heldOnDutyShare', label: 'Referrals held on duty before allocation', unit: 'share', better: 'lower', headline: false },
  { id: 'workerChangesMean', label: 'Changes of social worker per allocated referral', unit: 'changes', better: 'lower', headline: true },
  { id: 'twoOrMoreChangesShare', label: 'Allocated referrals with 2+ changes of social worker', unit: 'share', better: 'lower', headline: false },
  { id: 'highRiskUnseenDaysPerYear', label: 'Child-days high-risk children spent referred but not yet seen', unit: 'child-days per year', better: 'lower', headline: true },
  { id: 'screeningQueueMean', label: 'Contacts waiting for screening (average)', unit: 'contacts', better: 'lower', headline: false },
  { id: 'permanentInPost', label: 'Permanent social workers in post', unit: 'workers', better: 'higher', headline: false },
  { id: 'agencyInPost', label: 'Agency social workers in post', unit: 'workers', better: 'neither', headline: false },
  { id: 'agencyShare', label: 'Agency share of social workers in post', unit: 'share', better: 'lower', headline: false },
  { id: 'vacancyRate', label: 'Posts without a permanent social worker', unit: 'share', better: 'lower', headline: false },
  { id: 'leaversPerYear', label: 'Social workers leaving per year (incl. agency)', unit: 'workers', better: 'lower', headline: false },
  { id: 'permanentTurnoverRate', label: 'Permanent turnover rate', unit: 'per year', better: 'lower', headline: false },
  { id: 'caseloadMean', label: 'Average caseload per social worker', unit: 'cases', better: 'neither', headline: true },
];

/** Looks up a metric by id. */
export function metricById(id: string): MetricDefinition | undefined {
  return METRICS.find((m) => m.id === id);
}
