import { EVENT_PRIORITY } from './eventPriority.js';
import type { ModelContext } from './modelContext.js';
import type { SettlingSeries, TimeSeries } from './records.js';

/** Days between time-series snapshots. */
export const SNAPSHOT_DAYS = 7;

/** An empty weekly time series. */
export function emptySeries(): TimeSeries {
  return {
    time: [], unallocated: [], awaitingReallocation: [], inHandover: [], heldOnDuty: [], screeningQueue: [],
    permanent: [], agency: [], agencyCovering: [], vacancies: [], leavers: [], absent: [], caseloadMean: [], slotsUsed: [], caseloads: [],
  };
}

/** An empty settling series. */
export function emptySettling(): SettlingSeries {
  return { time: [], unallocated: [], caseloadMean: [] };
}

interface QueueCounts {
  /** New referrals that can be allocated and have never been. */
  first: number;
  /** Cases that can be allocated again after a change of worker. */
  reallocation: number;
  /** Cases still in a handover (not allocatable yet). */
  handover: number;
}

function queueCounts(ctx: ModelContext): QueueCounts {
  const now = ctx.sim.now;
  const n: QueueCounts = { first: 0, reallocation: 0, handover: 0 };
  for (const item of ctx.queue.items) {
    if (item.availableAt > now) n.handover++;
    else if (item.journey.allocationTime === undefined) n.first++;
    else n.reallocation++;
  }
  return n;
}

function caseloadMean(ctx: ModelContext): number {
  let cases = 0;
  for (const w of ctx.staff.live) cases += w.cases.length;
  return ctx.staff.live.length > 0 ? cases / ctx.staff.live.length : 0;
}

function snapshot(ev: { ctx: ModelContext; series: TimeSeries }): void {
  const { ctx, series } = ev;
  const now = ctx.sim.now;
  let permanent = 0;
  let agency = 0;
  let absent = 0;
  let cases = 0;
  let slots = 0;
  const row: (number | null)[] = new Array<number | null>(ctx.log.workers.length).fill(null);
  for (const w of ctx.staff.live) {
    if (w.record.kind === 'permanent') permanent++;
    else agency++;
    if (w.absentUntil > now) absent++;
    cases += w.cases.length;
    slots += w.cap;
    row[w.record.id] = w.cases.length;
  }
  let vacancies = 0;
  let covering = 0;
  for (const p of ctx.staff.posts) {
    if (!p.establishment || p.worker?.record.kind === 'permanent') continue;
    vacancies++;
    if (p.worker !== undefined) covering++;
  }
  const live = permanent + agency;
  const q = queueCounts(ctx);
  series.time.push(now);
  series.unallocated.push(q.first);
  series.awaitingReallocation.push(q.reallocation);
  series.inHandover.push(q.handover);
  series.heldOnDuty.push(ctx.queue.held);
  series.screeningQueue.push(ctx.frontDoor.screeners.queueLength);
  series.permanent.push(permanent);
  series.agency.push(agency);
  series.agencyCovering.push(covering);
  series.vacancies.push(vacancies);
  series.leavers.push(ctx.staff.leaversThisWeek);
  series.absent.push(absent);
  series.caseloadMean.push(live > 0 ? cases / live : 0);
  series.slotsUsed.push(slots > 0 ? cases / slots : 0);
  series.caseloads.push(row);
  ctx.staff.leaversThisWeek = 0;
  if (now + SNAPSHOT_DAYS <= ctx.end) ctx.sim.schedule(SNAPSHOT_DAYS, snapshot, ev, EVENT_PRIORITY.SNAPSHOT);
}

/** Starts weekly snapshots at the end of warm-up (vacancies count establishment posts without a permanent worker, as DfE does). */
export function startSeries(ctx: ModelContext, series: TimeSeries): void {
  ctx.sim.scheduleAt(ctx.warmupEnd, snapshot, { ctx, series }, EVENT_PRIORITY.SNAPSHOT);
}

function settlingSnapshot(ev: { ctx: ModelContext; settling: SettlingSeries }): void {
  const { ctx, settling } = ev;
  settling.time.push(ctx.sim.now);
  settling.unallocated.push(queueCounts(ctx).first);
  settling.caseloadMean.push(caseloadMean(ctx));
  if (ctx.sim.now + SNAPSHOT_DAYS <= ctx.end) ctx.sim.schedule(SNAPSHOT_DAYS, settlingSnapshot, ev, EVENT_PRIORITY.SNAPSHOT);
}

/** Starts weekly settling snapshots from time 0, warm-up included, for choosing the warm-up. */
export function startSettling(ctx: ModelContext, settling: SettlingSeries): void {
  ctx.sim.scheduleAt(0, settlingSnapshot, { ctx, settling }, EVENT_PRIORITY.SNAPSHOT);
}
