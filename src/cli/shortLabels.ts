import type { ExperimentSummary, MetricId } from '../experiment/index.js';

/** Short names of the waits (milestones) for narrow tables; the summary's labels stay the full names. */
const SHORT_MILESTONES: Readonly<Record<string, string>> = {
  contactToDecision: 'Screening decision',
  referralToAllocation: 'Referral → allocation',
  strategyToAllocation: 'Strategy → allocation',
  allocationToSeenProtection: 'CP child seen',
  allocationToSeenNeed: 'CIN child seen',
  referralToAssessment: 'Assessment done',
  strategyToConference: 'Conference (ICPC)',
};

/** Short names of the other headline metrics, whose unit the words already give (except shares). */
const SHORT_METRICS: Readonly<Partial<Record<MetricId, string>>> = {
  referralsPerYear: 'Referrals per year',
  rereferralRate: 'Re-referrals in 12 months',
  missedChancesPerYear: 'Missed chances per year',
  unallocatedMean: 'Unallocated new referrals (avg)',
  heldOnDutyMean: 'Children held on duty (avg)',
  workerChangesMean: 'Worker changes per referral',
  highRiskUnseenDaysPerYear: 'High-risk unseen child-days/yr',
  caseloadMean: 'Caseload per worker (avg)',
};

/** The abbreviations short labels use, for the note under a narrow table. */
export const SHORT_LABEL_KEY = 'wd = working days; p90 = 90th percentile; CP = child protection; CIN = child in need; ICPC = initial child protection conference.';

/**
 * A label of at most about 30 characters for a metric, with its unit when the words do not give it:
 * "Assessment done ≤45 wd (%)", "Screening decision, p90 (wd)", "Referrals per year". Undefined for
 * a metric without a short name (the caller shows the full label).
 */
export function shortLabel(id: MetricId, unit: string, definitions: ExperimentSummary['definitions']): string | undefined {
  const [milestoneId = '', kind] = id.split('.');
  const milestone = SHORT_MILESTONES[milestoneId];
  if (milestone !== undefined && kind !== undefined) {
    if (kind === 'withinTarget') {
      const target = definitions.milestones.find((m) => m.id === milestoneId)?.targetWorkingDays;
      return target === undefined ? undefined : `${milestone} ≤${target} wd (%)`;
    }
    const kinds: Record<string, string> = { p90: 'p90', p95: 'p95', median: 'median', mean: 'mean' };
    const word = kinds[kind];
    return word === undefined ? undefined : `${milestone}, ${word} (wd)`;
  }
  const words = SHORT_METRICS[id];
  if (words === undefined) return undefined;
  return unit === 'share' ? `${words} (%)` : words;
}
