import type { ModelContext } from './context.js';
import type { TimeSeries } from './types.js';

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
  const row: (number | null)[] = new Array<number | null>(ctx.workers.length).fill(null);
  for (const w of ctx.liveWorkers) {
    if (w.record.kind === 'permanent') permanent++;
    else agency++;
    if (w.absentUntil > now) absent++;
    cases += w.cases.length;
    row[w.record.id] = w.cases.length;
  }
  const live = permanent + agency;
  series.time.push(now);
  series.unallocated.push(ctx.queue.length);
  series.heldOnDuty.push(ctx.held);
  series.screeningQueue.push(ctx.screeners.queueLength);
  series.permanent.push(permanent);
  series.agency.push(agency);
  series.vacancies.push(ctx.posts.length - permanent);
  series.leavers.push(ctx.leaversThisWeek);
  series.absent.push(absent);
  series.caseloadMean.push(live > 0 ? cases / live : 0);
  series.caseloads.push(row);
  ctx.leaversThisWeek = 0;
  if (now + SNAPSHOT_DAYS <= ctx.end) ctx.sim.schedule(SNAPSHOT_DAYS, snapshot, ev, 2);
}

/** Starts weekly snapshots at the end of warm-up (vacancies count posts without a permanent worker, as DfE does). */
export function startSeries(ctx: ModelContext, series: TimeSeries): void {
  ctx.sim.scheduleAt(ctx.warmupEnd, snapshot, { ctx, series }, 2);
}
