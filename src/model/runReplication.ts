import { Resource, Simulation } from '../engine/index.js';
import { createCalendar } from '../calendar/index.js';
import type { Calendar } from '../calendar/index.js';
import { createStream, samplerFor as samplerForSpec } from '../random/index.js';
import type { DistributionSpec, Sampler } from '../random/index.js';
import type { Distribution, Scenario } from '../scenario/schema.js';
import { horizonCalendar } from './horizonCalendar.js';
import type { ModelContext, Samplers, Streams } from './modelContext.js';
import { startArrivals } from './arrivals.js';
import { buildDayTable } from './dayTable.js';
import { EVENT_PRIORITY } from './eventPriority.js';
import { TRANSITIONS } from './pathway.js';
import { emptySeries, startSeries } from './series.js';
import type { ReplicationOutput, TimeSeries } from './records.js';
import { startWorkforce } from './workforce.js';

/** Options for one replication. */
export interface ReplicationOptions {
  seed: string;
  replication: number;
  /** Record a plain-language story for this child (by arrival order, from 0). */
  tracedChild?: number;
  /** Cap on stored contact and journey records; beyond it records are counted, not kept. */
  maxStoredRecords?: number;
  /** Runaway guard passed to the engine. */
  maxEvents?: number;
}

/** Default cap on stored records per replication (about 200 MB of journeys at most). */
export const DEFAULT_MAX_STORED_RECORDS = 500_000;

/** The named streams, one per source of variation that does not belong to a single child. */
export const STREAM_NAMES = ['arrivals', 'needs', 'turnover', 'recruitment', 'agency', 'absence', 'screenerAbsence', 'shock'] as const;

/** A sampler for a scenario distribution (an absent optional bound is dropped). */
export function samplerFor(d: Distribution): Sampler {
  if (d.type === 'normal' && d.min === undefined) return samplerForSpec({ type: 'normal', mean: d.mean, sd: d.sd });
  return samplerForSpec(d as DistributionSpec);
}

function buildSamplers(s: Scenario): Samplers {
  return {
    contactGapDays: samplerFor(s.demand.contactGapDays),
    screeningEffortHours: samplerFor(s.screening.effortHours),
    furtherInformationDelay: samplerFor(s.screening.furtherInformation.delayWorkingDays),
    strategyDelay: samplerFor(s.strategy.delayWorkingDays),
    s47EffortHours: samplerFor(s.strategy.s47EffortHours),
    conferenceScheduling: samplerFor(s.strategy.conferenceSchedulingWorkingDays),
    assessmentEffortHours: samplerFor(s.casework.assessmentEffortHours),
    seenProtection: samplerFor(s.casework.childSeenWorkingDays.protection),
    seenNeed: samplerFor(s.casework.childSeenWorkingDays.need),
    planChildInNeed: samplerFor(s.casework.planDurationDays.childInNeed),
    planChildProtection: samplerFor(s.casework.planDurationDays.childProtection),
    rereferralDelay: samplerFor(s.casework.rereferral.delayDays),
    permanentFill: samplerFor(s.workforce.permanent.fillWorkingDays),
    agencyCoverDelay: samplerFor(s.workforce.agency.coverDelayWorkingDays),
    agencyAssignmentWeeks: samplerFor(s.workforce.agency.assignmentWeeks),
    absenceEpisode: samplerFor(s.workforce.absence.episodeWorkingDays),
  };
}

function screenerAbsenceDay(ctx: ModelContext): void {
  const sc = ctx.scenario.screening;
  let present = 0;
  for (let i = 0; i < sc.screeners; i++) if (ctx.streams.screenerAbsence() >= sc.absenceRate) present++;
  // The pool keeps at least one screener: the engine's resources need capacity >= 1.
  ctx.frontDoor.screeners.setCapacity(Math.max(1, present));
  if (ctx.sim.now + 1 <= ctx.end) ctx.sim.schedule(1, screenerAbsenceDay, ctx, EVENT_PRIORITY.ROSTER);
}

/** Start and end of the measured window, in simulated days. */
export function runWindow(scenario: Scenario): { warmupEnd: number; end: number } {
  const warmupEnd = scenario.horizon.warmupDays;
  return { warmupEnd, end: warmupEnd + scenario.horizon.years * 365 };
}

/** The working-day calendar a scenario runs on, tabulated over its horizon. */
export function modelCalendar(scenario: Scenario): Calendar {
  const calendar = createCalendar({
    startDate: scenario.startDate, mode: scenario.calendar.mode, bankHolidays: scenario.calendar.bankHolidays,
  });
  return horizonCalendar(calendar, runWindow(scenario).end);
}

function meanOf(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Warnings for queues that grew throughout the run: the mean of the last tenth of the weekly
 * snapshots exceeds the first tenth's by more than the first tenth's own size (and by 50), in runs of
 * at least 26 weeks.
 */
export function backlogWarnings(series: TimeSeries): string[] {
  const warnings: string[] = [];
  const check = (values: number[], what: string, who: string) => {
    // Half a year of snapshots at least, so a seasonal dip (school holidays) is not read as a trend.
    if (values.length < 26) return;
    const k = Math.floor(values.length / 10);
    const first = meanOf(values.slice(0, k));
    const last = meanOf(values.slice(-k));
    if (last > first + Math.max(50, first)) {
      warnings.push(`The ${what} grew throughout the run (from about ${Math.round(first)} to ${Math.round(last)}): demand exceeds the capacity of the ${who}, so waits are dominated by a growing backlog.`);
    }
  };
  check(series.unallocated, 'unallocated queue', 'case-holding social workers');
  check(series.screeningQueue, 'screening queue', 'front-door screeners');
  return warnings;
}

/**
 * Runs one replication of a scenario and returns plain data. The pipeline:
 * 1. build the calendar, streams and samplers; 2. fill posts and give workers starting caseloads;
 * 3. start the arrival of children and the daily screener roster; 4. start weekly snapshots at the
 * end of warm-up; 5. run to the horizon.
 */
export function runReplication(scenario: Scenario, options: ReplicationOptions): ReplicationOutput {
  const { warmupEnd, end } = runWindow(scenario);
  const sim = new Simulation(options.maxEvents !== undefined ? { maxEvents: options.maxEvents } : {});
  const calendar = modelCalendar(scenario);
  const stream = (name: string) => createStream(options.seed, options.replication, name);
  const streams = Object.fromEntries(STREAM_NAMES.map((n) => [n, stream(n)])) as unknown as Streams;
  const ctx: ModelContext = {
    sim, calendar, scenario, samplers: buildSamplers(scenario), streams, warmupEnd, end,
    days: { weekdayFactor: new Float64Array(0), schoolHoliday: new Uint8Array(0) },
    frontDoor: {
      // The pool keeps at least one screener: the engine's resources need capacity >= 1.
      screeners: new Resource(sim, { capacity: Math.max(1, scenario.screening.screeners), name: 'screeners' }),
      nextChildId: 0,
    },
    queue: { items: [], held: 0, pending: new Set() },
    staff: {
      live: [], posts: [], roundRobin: 0, leaversThisWeek: 0,
      caseHoursPerDay: (scenario.casework.hoursPerWeek * scenario.casework.caseworkShare) / 5,
    },
    log: {
      contacts: [], journeys: [], workers: [], trace: [], tracedChild: options.tracedChild, warnings: [],
      maxStored: options.maxStoredRecords ?? DEFAULT_MAX_STORED_RECORDS, dropped: 0,
    },
    transitions: TRANSITIONS,
  };
  ctx.days = buildDayTable(ctx);
  // 1-2. Workforce and starting caseloads.
  startWorkforce(ctx);
  // 3. Demand and the screening pool.
  if (scenario.screening.absenceRate > 0 && !scenario.validation?.directToAllocation) {
    sim.scheduleAt(0, screenerAbsenceDay, ctx, EVENT_PRIORITY.ROSTER);
  }
  startArrivals(ctx);
  // 4. Snapshots.
  const series = emptySeries();
  startSeries(ctx, series);
  // 5. Run.
  const result = sim.run(end);
  const log = ctx.log;
  log.warnings.push(...backlogWarnings(series));
  if (log.dropped > 0) {
    log.warnings.push(`${log.dropped} records were counted but not stored (cap ${log.maxStored} per replication).`);
  }
  return {
    replication: options.replication, warmupEnd, end, contacts: log.contacts, journeys: log.journeys,
    workers: log.workers, series, trace: log.trace, events: result.eventsProcessed, warnings: log.warnings,
    droppedRecords: log.dropped,
  };
}
