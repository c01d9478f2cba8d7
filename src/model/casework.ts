import type { CaseEvent, CaseItem, Worker } from './entities.js';
import { caseEvent } from './newRecords.js';
import type { ModelContext } from './modelContext.js';
import { trace } from './modelContext.js';

/**
 * Casework as processor sharing: a worker's casework hours per working day are shared across
 * the cases they hold in proportion to each case's work weight, so every case progresses more
 * slowly as the caseload grows. Rates change only at events, so between events each case's
 * completion time is exact; every change settles progress first, then reschedules. A worker has
 * one completion event, for the case that finishes first: the others' times change at the next
 * change anyway, and that case's completion is itself a change. A completed piece of work goes to
 * the `workCompleted` transition.
 */

function weightOf(ctx: ModelContext, item: CaseItem): number {
  const w = ctx.scenario.casework.workWeights;
  if (item.kind === 's47') return w.s47;
  if (item.kind === 'assessment') return item.focused ? w.assessment * ctx.scenario.casework.deadlineFocus.weightMultiplier : w.assessment;
  return w.plan;
}

/** Whether the case has work in progress (an enquiry or an assessment), as opposed to a plan or a wait for a conference. */
export function isActive(item: CaseItem): boolean {
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

/**
 * Working days within which two cases' completion times could round to the same time; far above
 * the rounding of a time in days (about 1e-12 at the run's horizon), far below any real difference.
 */
const TIE_DAYS = 1e-6;

/** Each case's working days left and work weight, by its place in the worker's cases (reused by every reschedule). */
let daysLeft = new Float64Array(64);
let weights = new Float64Array(64);

/**
 * Recomputes the worker's rate and reschedules the worker's one completion event, at the time the
 * first of their active cases will be complete (on a tie, the case they took first). Every change
 * to a worker's cases or rate comes here, so the event always names the case that finishes next.
 */
export function reschedule(ctx: ModelContext, worker: Worker): void {
  const now = ctx.sim.now;
  const cases = worker.cases;
  if (daysLeft.length < cases.length) {
    daysLeft = new Float64Array(Math.max(cases.length, 2 * daysLeft.length));
    weights = new Float64Array(daysLeft.length);
  }
  let total = 0;
  for (let i = 0; i < cases.length; i++) {
    const weight = weightOf(ctx, cases[i]!);
    weights[i] = weight;
    total += weight;
  }
  const absent = worker.absentUntil > now;
  worker.rate = absent || total <= 0 ? 0 : ctx.staff.caseHoursPerDay / total;
  if (worker.completionEvent >= 0) ctx.sim.cancel(worker.completionEvent);
  worker.completionEvent = -1;
  worker.nextCompleted = undefined;
  if (worker.rate <= 0) return;
  // The calendar is asked only about cases within TIE_DAYS of the fewest working days left: a case
  // further off finishes strictly later, so the earliest time, and the first case taken among
  // those that tie on it, are the same as asking about every case.
  let fewest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < cases.length; i++) {
    const item = cases[i]!;
    const days = isActive(item) ? item.remainingHours / (worker.rate * weights[i]!) : Number.NaN;
    daysLeft[i] = days;
    if (days < fewest) fewest = days;
  }
  let first: CaseItem | undefined;
  let firstTime = Number.POSITIVE_INFINITY;
  const near = fewest + TIE_DAYS;
  for (let i = 0; i < cases.length; i++) {
    const days = daysLeft[i]!;
    if (!(days <= near)) continue;
    const time = ctx.calendar.addWorkingDays(now, days);
    if (time < firstTime) {
      firstTime = time;
      first = cases[i];
    }
  }
  if (first === undefined) return;
  worker.nextCompleted = first;
  worker.completionEvent = ctx.sim.scheduleAt(firstTime, ctx.transitions.workCompleted, worker.completion ??= { ctx, worker });
}

/** Pauses the work on a worker's cases until `until` (absence). */
export function pauseUntil(ctx: ModelContext, worker: Worker, until: number): void {
  settle(ctx, worker);
  worker.absentUntil = until;
  reschedule(ctx, worker);
}

/** Resumes the work on a worker's cases (back from absence). */
export function resume(ctx: ModelContext, worker: Worker): void {
  settle(ctx, worker);
  reschedule(ctx, worker);
}

/** The assessment reaches the point where its worker prioritises it over other work. */
export function deadlineApproaches(ev: CaseEvent): void {
  const { ctx, item } = ev;
  if (item.kind !== 'assessment' || item.focused) return;
  const worker = item.worker;
  if (worker) settle(ctx, worker);
  item.focused = true;
  if (worker) reschedule(ctx, worker);
}

/** Changes what a case needs of its worker (an assessment becomes a plan), sharing the worker's time afresh. */
export function changeKind(ctx: ModelContext, item: CaseItem, kind: CaseItem['kind']): void {
  if (item.worker) settle(ctx, item.worker);
  item.kind = kind;
  if (item.worker) reschedule(ctx, item.worker);
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
  if (item.seenEvent >= 0) ctx.sim.cancel(item.seenEvent);
  item.seenEvent = -1;
  item.worker = undefined;
  const journey = item.journey;
  if (journey.workerEnds.length < journey.workers.length) journey.workerEnds.push(ctx.sim.now);
  reschedule(ctx, worker);
}

/** Records the child as seen now if not already (an assessment cannot be completed without seeing the child). */
export function seenByNow(ctx: ModelContext, item: CaseItem): void {
  if (item.journey.seenTime !== undefined) return;
  item.journey.seenTime = ctx.sim.now;
  if (item.seenEvent >= 0) ctx.sim.cancel(item.seenEvent);
  item.seenEvent = -1;
}

function scheduleSeen(ctx: ModelContext, worker: Worker, item: CaseItem): void {
  const cw = ctx.scenario.casework.childSeenWorkingDays;
  const urgent = item.kind === 's47';
  const base = (urgent ? ctx.samplers.seenProtection : ctx.samplers.seenNeed)(item.draws.seenRng);
  const pressure = Math.pow(Math.max(1, worker.cases.length) / cw.referenceCaseload, cw.pressureElasticity);
  const from = Math.max(ctx.sim.now, worker.absentUntil);
  item.seenEvent = ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(from, base * pressure), childSeen, caseEvent(ctx, item));
}

function childSeen(ev: CaseEvent): void {
  const { ctx, item } = ev;
  item.seenEvent = -1;
  if (item.journey.seenTime !== undefined) return;
  item.journey.seenTime = ctx.sim.now;
  if (item.childState.traced) trace(ctx, item.childState, 'The social worker sees the child.');
}
