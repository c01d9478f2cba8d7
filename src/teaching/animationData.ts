import type { ReplicationOutput } from '../model/index.js';

/** Days of the measured period the animation shows: about a month. */
export const ANIMATION_DAYS = 28;

/**
 * What the animation of the front door draws, in days from the start of the measured period: each
 * contact's arrival and screening decision (and whether it became a referral), and each referral's
 * wait for a social worker and its time on a caseload. Undefined times were not reached in the run.
 */
export interface TeachingAnimation {
  readonly days: number;
  /** a: arrival; d: decision; r: 1 when the decision was a referral or a strategy discussion. */
  readonly contacts: readonly { readonly a: number; readonly d: number | null; readonly r: 0 | 1 }[];
  /** q: referral (joins the queue for allocation); s: first allocation (joins a caseload); e: closure. */
  readonly cases: readonly { readonly q: number; readonly s: number | null; readonly e: number | null }[];
}

const round = (t: number): number => Math.round(t * 100) / 100;

/** The first ANIMATION_DAYS of a run's measured period, reduced to what the animation draws. */
export function animationData(out: ReplicationOutput): TeachingAnimation {
  const t0 = out.warmupEnd;
  const t1 = Math.min(out.end, t0 + ANIMATION_DAYS);
  const contacts = out.contacts
    .filter((c) => c.decision !== 'divertedToEarlyHelp' && (c.decisionTime ?? Infinity) >= t0 && c.time < t1)
    .map((c) => ({
      a: round(c.time - t0),
      d: c.decisionTime === undefined ? null : round(c.decisionTime - t0),
      r: c.decision === 'referral' || c.decision === 'strategyDiscussion' ? 1 as const : 0 as const,
    }));
  const cases = out.journeys
    .filter((j) => j.referralTime < t1 && (j.closedTime ?? Infinity) >= t0)
    .map((j) => ({
      q: round(j.referralTime - t0),
      s: j.allocationTime === undefined ? null : round(j.allocationTime - t0),
      e: j.closedTime === undefined ? null : round(j.closedTime - t0),
    }));
  return { days: round(t1 - t0), contacts, cases };
}
