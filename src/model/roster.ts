import { EVENT_PRIORITY } from './eventPriority.js';
import type { ModelContext } from './modelContext.js';
import { nextKey, rosterStream } from './randomKeys.js';

/**
 * The daily roster, set before anything else each day: which screeners and duty workers are in
 * (each absent with the scenario's absence rate, drawn from their own keyed stream), and the
 * hours each resource has that day, for its utilisation over the measured window.
 */

/** Makes the screeners' and duty workers' presence streams (keys drawn in roster order) and starts the daily roster. */
export function startRoster(ctx: ModelContext): void {
  const screeners = ctx.scenario.screening.screeners;
  for (let k = 0; k < screeners; k++) ctx.frontDoor.screenerRosters.push(rosterStream(nextKey(ctx.streams.screeners)));
  const duty = ctx.scenario.allocation.heldOnDuty.dutyWorkers;
  for (let k = 0; k < duty; k++) ctx.queue.dutyRosters.push(rosterStream(nextKey(ctx.streams.duty)));
  ctx.sim.scheduleAt(0, rosterDay, ctx, EVENT_PRIORITY.ROSTER);
}

function present(rosters: readonly (() => number)[], absenceRate: number): number {
  let n = 0;
  for (const rng of rosters) if (rng() >= absenceRate) n++;
  return n;
}

function rosterDay(ctx: ModelContext): void {
  const s = ctx.scenario;
  const now = ctx.sim.now;
  const screeners = present(ctx.frontDoor.screenerRosters, s.screening.absenceRate);
  // The pool keeps at least one screener: the engine's resources need capacity >= 1.
  ctx.frontDoor.screeners.setCapacity(Math.max(1, screeners));
  const duty = s.allocation.heldOnDuty;
  ctx.queue.dutyCapacity = present(ctx.queue.dutyRosters, s.workforce.absence.rate) * duty.casesPerDutyWorker;
  if (now >= ctx.warmupEnd && now < ctx.end && ctx.calendar.isWorkingDay(now)) {
    const u = ctx.log.utilisation;
    u.screenerHoursPresent += screeners * s.screening.hoursPerDay;
    let workers = 0;
    for (const w of ctx.staff.live) if (w.absentUntil <= now) workers++;
    u.caseworkHoursPresent += workers * ctx.staff.caseHoursPerDay;
  }
  if (now + 1 <= ctx.end) ctx.sim.schedule(1, rosterDay, ctx, EVENT_PRIORITY.ROSTER);
}
