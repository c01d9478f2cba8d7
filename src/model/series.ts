import { EVENT_PRIORITY } from './eventPriority.js';
import type { ModelContext } from './modelContext.js';
import type { TimeSeries } from './records.js';

/** Days between time-series snapshots. */
export const SNAPSHOT_DAYS = 7;

/** An empty weekly time series. */
export function emptySeries(): TimeSeries {
  return {
    time: [], unallocated: [], heldOnDuty: [], screeningQueue: [], permanent: [], agency: [],
    vacancies: [], leavers: [], absent: [], caseloadMean: [], caseloads: [],
  };
}

function snapshot(ev: { ctx: ModelContext; series: TimeSeries }): void {
  const { ctx, series } = ev;
  const now = ctx.sim.now;
  let permanent = 0;
  let agency = 0;
  let absent = 0;
  let cases = 0;
  const row: (number | null)[] = new Array<number | null>(ctx.log.workers.length).fill(null);
  for (const w of ctx.staff.live) {
    if (w.record.kind === 'permanent') permanent++;
    else agency++;
    if (w.absentUntil > now) absent++;
    cases += w.cases.length;
    row[w.record.id] = w.cases.length;
  }
  const live = permanent + agency;
  series.time.push(now);
  series.unallocated.push(ctx.queue.items.length);
  series.heldOnDuty.push(ctx.queue.held);
  series.screeningQueue.push(ctx.frontDoor.screeners.queueLength);
  series.permanent.push(permanent);
  series.agency.push(agency);
  series.vacancies.push(ctx.staff.posts.length - permanent);
  series.leavers.push(ctx.staff.leaversThisWeek);
  series.absent.push(absent);
  series.caseloadMean.push(live > 0 ? cases / live : 0);
  series.caseloads.push(row);
  ctx.staff.leaversThisWeek = 0;
  if (now + SNAPSHOT_DAYS <= ctx.end) ctx.sim.schedule(SNAPSHOT_DAYS, snapshot, ev, EVENT_PRIORITY.SNAPSHOT);
}

/** Starts weekly snapshots at the end of warm-up (vacancies count posts without a permanent worker, as DfE does). */
export function startSeries(ctx: ModelContext, series: TimeSeries): void {
  ctx.sim.scheduleAt(ctx.warmupEnd, snapshot, { ctx, series }, EVENT_PRIORITY.SNAPSHOT);
}
