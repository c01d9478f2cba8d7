import type { CaseEvent, CaseItem, Worker } from './entities.js';
import { caseEvent } from './newRecords.js';
import type { ModelContext } from './modelContext.js';
import { trace } from './modelContext.js';
import { EVENT_PRIORITY } from './eventPriority.js';

/**
 * The unallocated queue. Cases wait here for a case-holding social worker with headroom under
 * the caseload cap. A case that can be allocated (its handover over) and has waited long enough
 * is held on duty or by a manager while duty capacity lasts. Section 47 enquiries can be
 * allocated on the day, over the cap if need be; with a soft cap, a case that has waited long
 * enough can go to a worker above the cap. Allocation runs on working days, as an allocation
 * meeting would; a case given to a worker goes to the `allocated` transition.
 */

const RISK_RANK = { high: 0, medium: 1, low: 2 } as const;

/** Queue rank under risk-prioritised allocation: enquiries first, then by the front door's reading of risk (never the latent risk). */
function rank(item: CaseItem): number {
  return item.kind === 's47' ? -1 : RISK_RANK[item.journey.assessedRisk];
}

/** When the case could first be allocated in its current wait: queued, and its handover over. */
function allocatableSince(item: CaseItem): number {
  return Math.max(item.queuedAt, item.availableAt);
}

/** Working days the case has been waiting since it could be allocated (0 while in handover). */
function waitedWorkingDays(ctx: ModelContext, item: CaseItem): number {
  const since = allocatableSince(item);
  return ctx.sim.now <= since ? 0 : ctx.calendar.workingDaysBetween(since, ctx.sim.now);
}

/** Adds a case to the unallocated queue and asks for an allocation pass (and a later one when it may go over the cap). */
export function enqueue(ctx: ModelContext, item: CaseItem): void {
  item.queuedAt = ctx.sim.now;
  if (item.journey.queuedTime === undefined) item.journey.queuedTime = ctx.sim.now;
  ctx.queue.items.push(item);
  const since = allocatableSince(item);
  const a = ctx.scenario.allocation;
  ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(since, a.heldOnDuty.afterWorkingDays), considerHolding, caseEvent(ctx, item));
  requestAllocation(ctx, since);
  if (a.overCap) requestAllocation(ctx, ctx.calendar.addWorkingDays(since, a.overCap.afterWaitingWorkingDays));
}

function mayBeHeld(ctx: ModelContext, item: CaseItem): boolean {
  return item.worker === undefined && item.heldSince === undefined && item.availableAt <= ctx.sim.now
    && waitedWorkingDays(ctx, item) >= ctx.scenario.allocation.heldOnDuty.afterWorkingDays;
}

function considerHolding(ev: CaseEvent): void {
  const { ctx, item } = ev;
  if (!ctx.queue.items.includes(item) || !mayBeHeld(ctx, item)) return;
  if (ctx.queue.held >= ctx.queue.dutyCapacity) return;
  hold(ctx, item);
}

function hold(ctx: ModelContext, item: CaseItem): void {
  item.heldSince = ctx.sim.now;
  ctx.queue.held++;
  if (item.journey.heldOnDutyTime === undefined) item.journey.heldOnDutyTime = ctx.sim.now;
  if (item.childState.traced) trace(ctx, item.childState, 'No social worker has room: the case is held on duty by a manager.');
}

/** Ends the held-on-duty state, crediting the little progress duty cover makes. */
function unhold(ctx: ModelContext, item: CaseItem): void {
  if (item.heldSince === undefined) return;
  const d = ctx.scenario.allocation.heldOnDuty;
  const days = ctx.calendar.workingDaysBetween(item.heldSince, ctx.sim.now);
  item.journey.heldOnDutyDays += ctx.sim.now - item.heldSince;
  if (item.kind === 'assessment' || item.kind === 's47') {
    const baseRate = ctx.staff.caseHoursPerDay / ctx.scenario.casework.childSeenWorkingDays.referenceCaseload;
    item.remainingHours = Math.max(0, item.remainingHours - d.progressShare * baseRate * days);
  }
  item.heldSince = undefined;
  ctx.queue.held--;
  // Duty capacity freed: hold the longest-waiting eligible case not yet held.
  if (ctx.queue.held >= ctx.queue.dutyCapacity) return;
  for (const other of ctx.queue.items) {
    if (other !== item && mayBeHeld(ctx, other)) {
      hold(ctx, other);
      break;
    }
  }
}

/** Takes a case out of the unallocated queue if it is there (it closed while waiting). */
export function leaveQueue(ctx: ModelContext, item: CaseItem): void {
  const i = ctx.queue.items.indexOf(item);
  if (i >= 0) {
    ctx.queue.items.splice(i, 1);
    unhold(ctx, item);
  }
}

/** Schedules one allocation pass at the next working time at or after `t` (deduplicated). */
export function requestAllocation(ctx: ModelContext, t: number): void {
  const at = ctx.calendar.nextWorkingTime(t);
  if (ctx.queue.pending.has(at)) return;
  ctx.queue.pending.add(at);
  ctx.sim.scheduleAt(at, allocationPass, { ctx, at }, EVENT_PRIORITY.ALLOCATION);
}

/** Whether the worker can take a case now, with `extra` cases allowed above their cap. */
function hasRoom(worker: Worker, now: number, extra: number): boolean {
  return !worker.leaving && worker.absentUntil <= now && worker.cases.length < worker.cap + extra;
}

/** Cases above the cap a manager would allow for this case now: any number for a same-day enquiry, the soft cap's extra for a long wait, else none. */
function extraAllowed(ctx: ModelContext, item: CaseItem): number {
  const a = ctx.scenario.allocation;
  if (item.kind === 's47' && a.enquiries === 'same-day') return Number.POSITIVE_INFINITY;
  if (a.overCap && waitedWorkingDays(ctx, item) >= a.overCap.afterWaitingWorkingDays) return a.overCap.extraCases;
  return 0;
}

function chooseWorker(ctx: ModelContext, avoid: Worker | undefined, extra: number): Worker | undefined {
  const now = ctx.sim.now;
  const workers = ctx.staff.live;
  const policy = ctx.scenario.allocation.policy;
  if (policy === 'round-robin') {
    for (let k = 0; k < workers.length; k++) {
      const w = workers[(ctx.staff.roundRobin + k) % workers.length];
      if (w && w !== avoid && hasRoom(w, now, extra)) {
        ctx.staff.roundRobin = (ctx.staff.roundRobin + k + 1) % workers.length;
        return w;
      }
    }
    return undefined;
  }
  let best: Worker | undefined;
  for (const w of workers) {
    if (w === avoid || !hasRoom(w, now, extra)) continue;
    if (policy === 'first-available') return w;
    if (!best || w.cases.length < best.cases.length) best = w;
  }
  return best;
}

/** Removes the elements at `indices` (ascending) from `items` in place, keeping the order of the rest. */
function removeIndices<T>(items: T[], indices: readonly number[]): void {
  let write = 0;
  let k = 0;
  for (let read = 0; read < items.length; read++) {
    if (indices[k] === read) {
      k++;
      continue;
    }
    items[write++] = items[read] as T;
  }
  items.length = write;
}

function allocationPass(ev: { ctx: ModelContext; at: number }): void {
  const { ctx } = ev;
  ctx.queue.pending.delete(ev.at);
  const now = ctx.sim.now;
  if (ctx.scenario.allocation.queue === 'risk-prioritised') {
    ctx.queue.items.sort((a, b) => rank(a) - rank(b) || a.queuedAt - b.queuedAt);
  }
  // The queue is read in order and left in place while cases are given out (duty holds look at it),
  // then the allocated ones are taken out. Once no worker has room under the cap, only cases that
  // may go over it (same-day enquiries, long waits under a soft cap) can still be allocated.
  const queue = ctx.queue.items;
  let earliestBlocked = Number.POSITIVE_INFINITY;
  let allocated: number[] | undefined;
  let full = false;
  for (let i = 0; i < queue.length; i++) {
    const item = queue[i] as CaseItem;
    if (item.availableAt > now) {
      earliestBlocked = Math.min(earliestBlocked, item.availableAt);
      continue;
    }
    const extra = extraAllowed(ctx, item);
    if (full && extra === 0) continue;
    // A transfer goes to another worker when one has room; otherwise it stays where it was.
    const avoid = item.avoidWorker;
    const worker = chooseWorker(ctx, avoid, extra) ?? (avoid && hasRoom(avoid, now, extra) && ctx.staff.live.includes(avoid) ? avoid : undefined);
    if (!worker) {
      if (extra === 0) full = true;
      continue;
    }
    unhold(ctx, item);
    ctx.transitions.allocated(ctx, item, worker);
    (allocated ??= []).push(i);
  }
  if (allocated !== undefined) removeIndices(queue, allocated);
  if (earliestBlocked < Number.POSITIVE_INFINITY) requestAllocation(ctx, earliestBlocked);
}
