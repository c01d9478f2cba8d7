import type { CaseItem, ModelContext, Worker } from './context.js';
import { trace } from './context.js';
import { close } from './referral.js';

/**
 * Casework as processor sharing: a worker's casework hours per working day are shared across
 * the cases they hold in proportion to each case's work weight, so every case progresses more
 * slowly as the caseload grows. Rates change only at events, so between events each case's
 * completion time is exact; every change settles progress first, then reschedules.
 */

function weightOf(ctx: ModelContext, item: CaseItem): number {
  const w = ctx.scenario.casework.workWeights;
  if (item.kind === 's47') return w.s47;
  if (item.kind === 'assessment') return w.assessment;
  return w.plan;
}

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
    item.completionEvent = ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(now, days), workCompleted, { ctx, item, worker });
  }
}

/** Gives a case to a worker and schedules the child being seen if that has not happened yet. */
export function attach(ctx: ModelContext, worker: Worker, item: CaseItem): void {
  settle(ctx, worker);
  worker.cases.push(item);
  item.worker = worker;
  const journey = item.journey;
  if (journey.allocationTime === undefined) journey.allocationTime = ctx.sim.now;
  else journey.workerChanges++;
  journey.workers.push(worker.record.id);
  trace(ctx, item.childState, journey.workers.length === 1
    ? `Allocated to ${worker.record.label}, who now holds ${worker.cases.length} cases.`
    : `Reallocated to ${worker.record.label} (change of social worker number ${journey.workerChanges}).`);
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
  trace(ctx, item.childState, 'The social worker sees the child.');
}

function workCompleted(ev: { ctx: ModelContext; item: CaseItem; worker: Worker }): void {
  const { ctx, item, worker } = ev;
  if (item.worker !== worker) return;
  settle(ctx, worker);
  item.completionEvent = -1;
  item.remainingHours = 0;
  const journey = item.journey;
  journey.assessmentTime = ctx.sim.now;
  if (journey.seenTime === undefined) {
    // An assessment cannot be completed without seeing the child.
    journey.seenTime = ctx.sim.now;
    if (item.seenEvent >= 0) ctx.sim.cancel(item.seenEvent);
    item.seenEvent = -1;
  }
  const d = item.draws;
  if (item.kind === 's47') {
    trace(ctx, item.childState, 'Section 47 enquiry complete.');
    const st = ctx.scenario.strategy;
    if (d.uConference < st.conferenceShare) {
      item.kind = 'awaitingConference';
      const delay = ctx.samplers.conferenceScheduling(d.conferenceRng);
      ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(ctx.sim.now, delay), conferenceHeld, { ctx, item });
      reschedule(ctx, worker);
      return;
    }
    const o = st.noConferenceOutcomes;
    if (d.uOutcome < o.close / (o.close + o.childInNeedPlan || 1)) close(ctx, item, 'closed');
    else startPlan(ctx, item, 'childInNeedPlan');
    return;
  }
  trace(ctx, item.childState, 'Child and family assessment complete.');
  const o = ctx.scenario.casework.assessmentOutcomes;
  const total = o.close + o.earlyHelp + o.childInNeedPlan || 1;
  if (d.uOutcome < o.close / total) close(ctx, item, 'closed');
  else if (d.uOutcome < (o.close + o.earlyHelp) / total) close(ctx, item, 'earlyHelp');
  else startPlan(ctx, item, 'childInNeedPlan');
}

function conferenceHeld(ev: { ctx: ModelContext; item: CaseItem }): void {
  const { ctx, item } = ev;
  item.journey.conferenceTime = ctx.sim.now;
  const plan = item.draws.uProtectionPlan < ctx.scenario.strategy.protectionPlanShare ? 'childProtectionPlan' : 'childInNeedPlan';
  trace(ctx, item.childState, `Initial child protection conference held: ${plan === 'childProtectionPlan' ? 'a child protection plan' : 'a child in need plan'}.`);
  startPlan(ctx, item, plan);
}

function startPlan(ctx: ModelContext, item: CaseItem, plan: 'childInNeedPlan' | 'childProtectionPlan'): void {
  item.journey.outcome = plan;
  if (item.worker) settle(ctx, item.worker);
  item.kind = 'plan';
  if (item.worker) reschedule(ctx, item.worker);
  const sampler = plan === 'childProtectionPlan' ? ctx.samplers.planChildProtection : ctx.samplers.planChildInNeed;
  const days = sampler(item.draws.planRng);
  if (plan === 'childInNeedPlan') trace(ctx, item.childState, 'A child in need plan begins.');
  item.planEndEvent = ctx.sim.schedule(days, planEnds, { ctx, item });
}

function planEnds(ev: { ctx: ModelContext; item: CaseItem }): void {
  ev.item.planEndEvent = -1;
  close(ev.ctx, ev.item, ev.item.journey.outcome);
}
