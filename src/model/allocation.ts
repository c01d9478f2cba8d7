import type { CaseItem, Worker } from './entities.js';
import type { ModelContext } from './modelContext.js';
import { trace } from './modelContext.js';
import { EVENT_PRIORITY } from './eventPriority.js';

/**
 * The unallocated queue. Cases wait here for a case-holding social worker with headroom under
 * the caseload cap; a case waiting long enough is held on duty or by a manager while duty
 * capacity lasts. Allocation runs on working days, as an allocation meeting would; a case given
 * to a worker goes to the `allocated` transition.
 */

const RISK_RANK = { high: 0, medium: 1, low: 2 } as const;

function rank(item: CaseItem): number {
  return item.kind === 's47' ? -1 : RISK_RANK[item.journey.risk];
}

function dutyCapacity(ctx: ModelContext): number {
  const d = ctx.scenario.allocation.heldOnDuty;
  return d.dutyWorkers * d.casesPerDutyWorker;
}

/** Adds a case to the unallocated queue and asks for an allocation pass. */
export function enqueue(ctx: ModelContext, item: CaseItem): void {
  item.queuedAt = ctx.sim.now;
  if (item.journey.queuedTime === undefined) item.journey.queuedTime = ctx.sim.now;
  ctx.queue.items.push(item);
  const after = ctx.scenario.allocation.heldOnDuty.afterWorkingDays;
  ctx.sim.scheduleAt(ctx.calendar.addWorkingDays(ctx.sim.now, after), considerHolding, { ctx, item });
  requestAllocation(ctx, Math.max(ctx.sim.now, item.availableAt));
}

function considerHolding(ev: { ctx: ModelContext; item: CaseItem }): void {
  const { ctx, item } = ev;
  if (item.worker || item.heldSince !== undefined || !ctx.queue.items.includes(item)) return;
  if (ctx.queue.held >= dutyCapacity(ctx)) return;
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
  const after = d.afterWorkingDays;
  for (const other of ctx.queue.items) {
    if (other.heldSince === undefined && other !== item && other.worker === undefined
        && ctx.calendar.workingDaysBetween(other.queuedAt, ctx.sim.now) >= after) {
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

function hasRoom(worker: Worker, now: number): boolean {
  return !worker.leaving && worker.absentUntil <= now && worker.cases.length < worker.cap;
}

function chooseWorker(ctx: ModelContext, avoid: Worker | undefined): Worker | undefined {
  const now = ctx.sim.now;
  const workers = ctx.staff.live;
  const policy = ctx.scenario.allocation.policy;
  if (policy === 'round-robin') {
    for (let k = 0; k < workers.length; k++) {
      const w = workers[(ctx.staff.roundRobin + k) % workers.length];
      if (w && w !== avoid && hasRoom(w, now)) {
        ctx.staff.roundRobin = (ctx.staff.roundRobin + k + 1) % workers.length;
        return w;
      }
    }
    return undefined;
  }
  let best: Worker | undefined;
  for (const w of workers) {
    if (w === avoid || !hasRoom(w, now)) continue;
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
  // then the allocated ones are taken out; once no worker has room the rest simply waits.
  const queue = ctx.queue.items;
  let earliestBlocked = Number.POSITIVE_INFINITY;
  let allocated: number[] | undefined;
  for (let i = 0; i < queue.length; i++) {
    const item = queue[i] as CaseItem;
    if (item.availableAt > now) {
      earliestBlocked = Math.min(earliestBlocked, item.availableAt);
      continue;
    }
    // A transfer goes to another worker when one has room; otherwise it stays where it was.
    const avoid = item.avoidWorker;
    const worker = chooseWorker(ctx, avoid) ?? (avoid && hasRoom(avoid, now) && ctx.staff.live.includes(avoid) ? avoid : undefined);
    if (!worker) break;
    unhold(ctx, item);
    ctx.transitions.allocated(ctx, item, worker);
    (allocated ??= []).push(i);
  }
  if (allocated !== undefined) removeIndices(queue, allocated);
  if (earliestBlocked < Number.POSITIVE_INFINITY) requestAllocation(ctx, earliestBlocked);
}
