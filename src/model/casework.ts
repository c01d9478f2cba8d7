import type { CaseItem, CompletionArgs, ModelContext, Worker } from './context.js';
import { trace } from './context.js';
import { close } from './referral.js';
import { enqueue } from './allocation.js';

/**
 * Casework as processor sharing: a worker's casework hours per working day are shared across
 * the cases they hold in proportion to each case's work weight, so every case progresses more
 * slowly as the caseload grows. Rates change only at events, so between events each case's
 * completion time is exact; every change settles progress first, then reschedules.
 */

function weightOf(ctx: ModelContext, item: CaseItem): number {
  const w = ctx.scenario.casework.workWeights;
  if (item.kind === 's47') return w.s47;
  if (item.kind === 'assessment') return item.focused ? w.assessment * ctx.scenario.casework.deadlineFocus.weightMultiplier : w.assessment;
  return w.plan;
}

/** Share of an assessment's work still to do after an enquiry that does not lead to a conference. */
export const ASSESSMENT_AFTER_ENQUIRY_SHARE = 0.5;

/** Working days between a completed enquiry and the earliest conference. */
export const CONFERENCE_PREPARATION_WORKING_DAYS = 1;

function isActive(item: CaseItem): boolean {
  return item.kind === 's47' || item.kind === 'assessment';
}

/** Credits each active case with the work done since the worker's last update. */
export function settle(ctx: ModelContext, worker: Worker): void {
  const now = ctx.sim.now;
  if (worker.rate > 0 && now > worker.lastUpdate) {
    const days = ctx.calendar.workingDaysBetween(worker.lastUpdate, now);
    for (const item of worker.cases) {
      if (isActive(item)) item.remainingHours = Math.max(0, item.remainingHours - worker.rate * weightOf(ctx, item) * days);
    }
  }
  worker.lastUpdate = now;
}

/** Recomputes the worker's rate and reschedules every active case's completion. */
export function reschedule(ctx: ModelContext, worker: Worker): void {
  const now = ctx.sim.now;
  let total = 0;
  for (const item of worker.cases) total += weightOf(ctx, item);
  const absent = worker.absentUntil > now;
  worker.rate = absent || total <= 0 ? 0 : ctx.caseHoursPerDay / total;
  for (const item of worker.cases) {
    if (!isActive(item)) continue;
    if (item.completionEvent >= 0) ctx.sim.cancel(item.completionEvent);
    item.completionEvent = -1;
    if (worker.rate <= 0) continue;
    const days = item.remainingHours / (worker.rate * weightOf(ctx, item));
    const args = item.completionArgs?.worker === worker ? item.completionArgs : (item.completionArgs = { ctx, item, worker });
    item.completionEvent = ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(now, days), workCompleted, args);
  }
}

/** The assessment reaches the point where its worker prioritises it over other work. */
export function deadlineApproaches(ev: { ctx: ModelContext; item: CaseItem }): void {
  const { ctx, item } = ev;
  if (item.kind !== 'assessment' || item.focused) return;
  const worker = item.worker;
  if (worker) settle(ctx, worker);
  item.focused = true;
  if (worker) reschedule(ctx, worker);
}

/** Gives a case to a worker and schedules the child being seen if that has not happened yet. */
export function attach(ctx: ModelContext, worker: Worker, item: CaseItem): void {
  settle(ctx, worker);
  worker.cases.push(item);
  item.worker = worker;
  item.avoidWorker = undefined;
  const journey = item.journey;
  const previous = journey.workers[journey.workers.length - 1];
  const same = previous === worker.record.id;
  if (journey.allocationTime === undefined) journey.allocationTime = ctx.sim.now;
  else if (!same) journey.workerChanges++;
  if (!same) {
    journey.workers.push(worker.record.id);
    journey.workerStarts.push(ctx.sim.now);
  } else if (journey.workerEnds.length === journey.workers.length) {
    journey.workerEnds.pop(); // back with the same worker: one unbroken spell
  }
  if (item.childState.traced) {
    trace(ctx, item.childState, journey.workers.length === 1 && !same
      ? `Allocated to ${worker.record.label}, who now holds ${worker.cases.length} cases.`
      : same ? `Stays with ${worker.record.label}: no other social worker has room.`
        : `Reallocated to ${worker.record.label} (change of social worker number ${journey.workerChanges}).`);
  }
  if (journey.seenTime === undefined && isActive(item)) scheduleSeen(ctx, worker, item);
  reschedule(ctx, worker);
}

/** Takes a case from its worker (leaving, closure), settling the others' progress. */
export function detach(ctx: ModelContext, item: CaseItem): void {
  const worker = item.worker;
  if (!worker) return;
  settle(ctx, worker);
  const i = worker.cases.indexOf(item);
  if (i >= 0) worker.cases.splice(i, 1);
  if (item.completionEvent >= 0) ctx.sim.cancel(item.completionEvent);
  if (item.seenEvent >= 0) ctx.sim.cancel(item.seenEvent);
  item.completionEvent = -1;
  item.seenEvent = -1;
  item.worker = undefined;
  const journey = item.journey;
  if (journey.workerEnds.length < journey.workers.length) journey.workerEnds.push(ctx.sim.now);
  reschedule(ctx, worker);
}

function scheduleSeen(ctx: ModelContext, worker: Worker, item: CaseItem): void {
  const cw = ctx.scenario.casework.childSeenWorkingDays;
  const urgent = item.kind === 's47';
  const base = (urgent ? ctx.samplers.seenProtection : ctx.samplers.seenNeed)(item.draws.seenRng);
  const pressure = Math.pow(Math.max(1, worker.cases.length) / cw.referenceCaseload, cw.pressureElasticity);
  const from = Math.max(ctx.sim.now, worker.absentUntil);
  item.seenEvent = ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(from, base * pressure), childSeen, { ctx, item });
}

function childSeen(ev: { ctx: ModelContext; item: CaseItem }): void {
  const { ctx, item } = ev;
  item.seenEvent = -1;
  if (item.journey.seenTime !== undefined) return;
  item.journey.seenTime = ctx.sim.now;
  if (item.childState.traced) trace(ctx, item.childState, 'The social worker sees the child.');
}

function workCompleted(ev: CompletionArgs): void {
  const { ctx, item, worker } = ev;
  if (item.worker !== worker) return;
  settle(ctx, worker);
  item.completionEvent = -1;
  item.remainingHours = 0;
  const journey = item.journey;
  const d = item.draws;
  // An enquiry going to conference has its assessment completed for the conference.
  const toConference = item.kind === 's47' && d.uConference < ctx.scenario.strategy.conferenceShare;
  if (!toConference) journey.assessmentTime = ctx.sim.now;
  if (journey.seenTime === undefined) {
    // An assessment cannot be completed without seeing the child.
    journey.seenTime = ctx.sim.now;
    if (item.seenEvent >= 0) ctx.sim.cancel(item.seenEvent);
    item.seenEvent = -1;
  }
  if (item.kind === 's47') {
    if (item.childState.traced) trace(ctx, item.childState, 'Section 47 enquiry complete.');
    if (toConference) {
      item.kind = 'awaitingConference';
      // Conferences are booked against the timescale from the strategy discussion, but cannot
      // sit before the enquiry is complete and written up (a working day).
      const booked = ctx.calendar.addWorkingDays(journey.strategyTime ?? ctx.sim.now, ctx.samplers.conferenceScheduling(d.conferenceRng));
      const earliest = ctx.calendar.addWorkingDays(ctx.sim.now, CONFERENCE_PREPARATION_WORKING_DAYS);
      ctx.sim.scheduleAt(Math.max(booked, earliest), conferenceHeld, { ctx, item });
      reschedule(ctx, worker);
      return;
    }
    // Not substantiated: the child and family assessment carries on, part done during the enquiry.
    item.kind = 'assessment';
    item.totalHours = item.remainingHours = ASSESSMENT_AFTER_ENQUIRY_SHARE * ctx.samplers.assessmentEffortHours(d.effortRng);
    if (item.childState.traced) trace(ctx, item.childState, 'No conference needed; the assessment of the child\'s needs carries on.');
    reschedule(ctx, worker);
    return;
  }
  if (item.childState.traced) trace(ctx, item.childState, 'Child and family assessment complete.');
  const o = ctx.scenario.casework.assessmentOutcomes;
  const total = o.close + o.earlyHelp + o.childInNeedPlan || 1;
  if (d.uOutcome < o.close / total) close(ctx, item, 'closed');
  else if (d.uOutcome < (o.close + o.earlyHelp) / total) close(ctx, item, 'earlyHelp');
  else startPlan(ctx, item, 'childInNeedPlan');
}

function conferenceHeld(ev: { ctx: ModelContext; item: CaseItem }): void {
  const { ctx, item } = ev;
  item.journey.conferenceTime = ctx.sim.now;
  item.journey.assessmentTime = ctx.sim.now;
  const plan = item.draws.uProtectionPlan < ctx.scenario.strategy.protectionPlanShare ? 'childProtectionPlan' : 'childInNeedPlan';
  if (item.childState.traced) trace(ctx, item.childState, `Initial child protection conference held: ${plan === 'childProtectionPlan' ? 'a child protection plan' : 'a child in need plan'}.`);
  startPlan(ctx, item, plan);
}

function startPlan(ctx: ModelContext, item: CaseItem, plan: 'childInNeedPlan' | 'childProtectionPlan'): void {
  item.journey.outcome = plan;
  if (item.worker) settle(ctx, item.worker);
  item.kind = 'plan';
  if (item.worker) reschedule(ctx, item.worker);
  const sampler = plan === 'childProtectionPlan' ? ctx.samplers.planChildProtection : ctx.samplers.planChildInNeed;
  const days = sampler(item.draws.planRng);
  if (plan === 'childInNeedPlan' && item.childState.traced) trace(ctx, item.childState, 'A child in need plan begins.');
  item.planEndEvent = ctx.sim.schedule(days, planEnds, { ctx, item });
  if (item.worker && item.draws.uTransfer < ctx.scenario.allocation.transferAtPlanStart) {
    // The case moves from the assessment team to a long-term team: a change of social worker.
    if (item.childState.traced) trace(ctx, item.childState, 'The case transfers from the assessment team to a long-term team.');
    item.avoidWorker = item.worker;
    detach(ctx, item);
    item.availableAt = ctx.sim.now;
    enqueue(ctx, item);
  }
}

function planEnds(ev: { ctx: ModelContext; item: CaseItem }): void {
  ev.item.planEndEvent = -1;
  close(ev.ctx, ev.item, ev.item.journey.outcome);
}
