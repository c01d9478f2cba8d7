import type { OutcomeShares } from '../scenario/schema.js';
import type { ChildState, ScreeningEvent } from './entities.js';
import type { ModelContext } from './modelContext.js';
import { trace } from './modelContext.js';
import { contactDraws, contactEffortStream, contactInformationStream } from './randomKeys.js';
import type { ContactDecision, ContactRecord } from './records.js';
import { readRisk } from './triage.js';

/**
 * Screening at the front door (MASH): a contact queues for a screener, takes effort hours, may
 * wait for further information (a threshold visit or checks), is linked to earlier contacts
 * about the child with the scenario's probability, and gets a decision that depends on the
 * child's latent risk and on whether it was linked. The decision goes to `contactDecided`.
 */

/** A contact with the screeners. */
type ScreeningJob = ScreeningEvent;

/** Puts a contact in the screening queue. */
export function queueForScreening(ctx: ModelContext, ev: ScreeningEvent): void {
  ctx.frontDoor.screeners.request(screeningStarts, ev);
}

function screeningStarts(job: ScreeningJob): void {
  const { ctx } = job;
  const start = ctx.calendar.nextWorkingTime(ctx.sim.now);
  const hours = ctx.samplers.screeningEffortHours(contactEffortStream(job.child.key, job.episode, job.index));
  if (start >= ctx.warmupEnd && start < ctx.end) ctx.log.utilisation.screeningHoursNeeded += hours;
  const effortDays = hours / ctx.scenario.screening.hoursPerDay;
  const finish = ctx.calendar.addWorkingDays(start, effortDays);
  ctx.sim.scheduleAt(finish, screeningEnds, job);
}

function screeningEnds(job: ScreeningJob): void {
  const { ctx } = job;
  ctx.frontDoor.screeners.release();
  const info = ctx.scenario.screening.furtherInformation;
  if (contactDraws(job.child.key, job.episode, job.index, ctx.frontDoor.sourceThresholds).uInformation < info.share) {
    const delay = ctx.samplers.furtherInformationDelay(contactInformationStream(job.child.key, job.episode, job.index));
    job.visited = true;
    if (job.child.traced) trace(ctx, job.child, `More information sought before a decision (a threshold visit or checks).`);
    ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(ctx.sim.now, delay), decideAfterScreening, job);
  } else {
    decideAfterScreening(job);
  }
}

/** Days a closed referral stays visible to linking, as history (the 12 months of the re-referral definition). */
export const HISTORY_DAYS = 365;

/**
 * Links earlier contacts inside the window with the scenario's probability; a referral of the
 * child closed within HISTORY_DAYS is history that can be linked too.
 */
function link(ctx: ModelContext, child: ChildState, record: ContactRecord, uLink: number): void {
  const { probability, windowWorkingDays } = ctx.scenario.screening.linking;
  const now = ctx.sim.now;
  let m = 0;
  for (const c of child.contacts) {
    if (c === record) break;
    if (c.time <= now && ctx.calendar.workingDaysBetween(c.time, now) <= windowWorkingDays) m++;
  }
  if (child.referrals > 0 && !child.open && now - child.lastClosedTime <= HISTORY_DAYS) m++;
  record.earlierInWindow = m;
  record.linked = m > 0 && uLink < 1 - Math.pow(1 - probability, m);
}

const DECISION_ORDER: readonly (keyof OutcomeShares)[] = ['noFurtherAction', 'earlyHelp', 'referral', 'strategyDiscussion'];

function pick(shares: OutcomeShares, u: number): ContactDecision {
  let total = 0;
  for (const k of DECISION_ORDER) total += shares[k];
  if (total <= 0) return 'noFurtherAction';
  let acc = 0;
  for (const k of DECISION_ORDER) {
    acc += shares[k] / total;
    if (u < acc) return k;
  }
  return 'strategyDiscussion';
}

function decideAfterScreening(job: ScreeningJob): void {
  const { ctx, child, record } = job;
  const draws = contactDraws(child.key, job.episode, job.index, ctx.frontDoor.sourceThresholds);
  link(ctx, child, record, draws.uLink);
  if (child.traced && record.linked) trace(ctx, child, `The screener links this to ${record.earlierInWindow} earlier contact(s) about the child.`);
  else if (child.traced && record.earlierInWindow > 0) trace(ctx, child, `${record.earlierInWindow} earlier contact(s) about the child are not linked: the screener sees this one alone.`);
  if (child.open) {
    ctx.transitions.contactDecided(ctx, job, 'openCase');
    return;
  }
  // The screener's reading of risk: better with linked history, better again after a visit (which can change the decision).
  const s = ctx.scenario;
  const t = s.screening.triage;
  const accuracy = record.linked ? Math.max(t.accuracy, t.accuracyLinked) : t.accuracy;
  record.assessedRisk = job.visited
    ? readRisk(child.risk, Math.max(accuracy, t.accuracyAfterVisit), draws.uVisitTriage, draws.uVisitLevel, s.demand.riskMix)
    : readRisk(child.risk, accuracy, draws.uTriage, draws.uTriageLevel, s.demand.riskMix);
  const outcomes = record.linked ? s.screening.outcomes.linked : s.screening.outcomes.unlinked;
  ctx.transitions.contactDecided(ctx, job, pick(outcomes[record.assessedRisk], draws.uDecision));
}
