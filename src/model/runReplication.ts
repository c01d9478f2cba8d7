import { Resource, Simulation } from '../engine/index.js';
import { createCalendar } from '../calendar/index.js';
import type { Calendar } from '../calendar/index.js';
import { createStream, samplerFor } from '../random/index.js';
import { trendTest } from '../stats/index.js';
import type { Scenario } from '../scenario/schema.js';
import { horizonCalendar } from './horizonCalendar.js';
import { OVERWHELMED_WEEKS, TREND_MIN_RISE } from './metrics.js';
import type { ModelContext, Samplers, StreamName, Streams } from './modelContext.js';
import { STARTING_CHILD_IDS, STREAM_NAMES } from './modelContext.js';
import { startArrivals, startKnownReturns } from './arrivals.js';
import { buildDayTable } from './dayTable.js';
import { TRANSITIONS } from './pathway.js';
import { startRoster } from './roster.js';
import { emptySeries, emptySettling, startSeries, startSettling } from './series.js';
import type { ReplicationOutput, TimeSeries } from './records.js';
import { startWorkforce } from './workforce.js';
import { sourceThresholds } from './randomKeys.js';

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
    returnDelay: samplerFor(s.demand.returns.delayDays),
    permanentFill: samplerFor(s.workforce.permanent.fillWorkingDays),
    agencyCoverDelay: samplerFor(s.workforce.agency.coverDelayWorkingDays),
    agencyAssignmentWeeks: samplerFor(s.workforce.agency.assignmentWeeks),
    absenceEpisode: samplerFor(s.workforce.absence.episodeWorkingDays),
  };
}

/**
 * Hours of casework a case-holding worker gives per working day: their casework share of the
 * hours worked, less the duty rota's share, which the case-holding posts staff between them.
 */
export function caseHoursPerDay(scenario: Scenario): number {
  const c = scenario.casework;
  const posts = scenario.workforce.posts;
  const dutyShare = posts > 0 ? Math.min(1, scenario.allocation.heldOnDuty.dutyWorkers / posts) : 0;
  return (c.hoursPerWeek * c.caseworkShare / 5) * (1 - dutyShare);
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

/** The weekly series the queue warnings test, with what each holds and who serves it. */
const QUEUES = [
  { key: 'unallocated', what: 'queue of new referrals waiting for a first allocation', who: 'case-holding social workers', unit: 'children' },
  { key: 'screeningQueue', what: 'queue of contacts waiting for screening', who: 'front-door screeners', unit: 'contacts' },
] as const;

/**
 * Warnings for queues that kept rising through the measured window, by the trend test the metrics
 * use (see TREND_MIN_RISE): what rose, from and to what level, and by how much a week demand
 * outruns the capacity serving it (the rise per week, against the arrivals per week).
 */
export function backlogWarnings(series: TimeSeries, arrivalsPerWeek: Readonly<Record<'unallocated' | 'screeningQueue', number>>): string[] {
  const warnings: string[] = [];
  for (const q of QUEUES) {
    const values = series[q.key];
    const arrivals = arrivalsPerWeek[q.key];
    const trend = trendTest(values, { minRise: TREND_MIN_RISE[q.key] });
    const mean = values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
    if (!trend.rising && arrivals > 0 && mean >= OVERWHELMED_WEEKS * arrivals) {
      warnings.push(
        `The ${q.what} held about ${Math.round(mean)} ${q.unit} on average, ${(mean / arrivals).toFixed(1)} weeks of arrivals at ${Math.round(arrivals)} a week ` +
        `(by Little's law, an average wait of about ${(mean / arrivals).toFixed(1)} weeks): the ${q.who} are overwhelmed, and the queue stays that long only because work is cut short or taken above the cap.`,
      );
      continue;
    }
    if (!trend.rising || trend.slopePerWeek === undefined) continue;
    const k = Math.max(1, Math.floor(values.length / 10));
    const first = Math.round(values.slice(0, k).reduce((a, b) => a + b, 0) / k);
    const last = Math.round(values.slice(-k).reduce((a, b) => a + b, 0) / k);
    const perWeek = trend.slopePerWeek;
    const share = arrivals > 0 ? ` (${Math.round((100 * perWeek) / arrivals)}% of the ${Math.round(arrivals)} a week arriving)` : '';
    warnings.push(
      `The ${q.what} kept rising through the measured period (from about ${first} to ${last} ${q.unit}; trend test p < 0.01): ` +
      `demand outruns the ${q.who} by about ${perWeek >= 1 ? Math.round(perWeek) : perWeek.toFixed(1)} ${q.unit} a week${share}, so waits are dominated by a growing backlog.`,
    );
  }
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
  const stream = (name: StreamName) => createStream(options.seed, options.replication, name);
  const streams = Object.fromEntries(STREAM_NAMES.map((n) => [n, stream(n)])) as Streams;
  const ctx: ModelContext = {
    sim, calendar, scenario, samplers: buildSamplers(scenario), streams, warmupEnd, end,
    days: { weekdayFactor: new Float64Array(0), schoolHoliday: new Uint8Array(0) },
    frontDoor: {
      // The pool keeps at least one screener: the engine's resources need capacity >= 1.
      screeners: new Resource(sim, { capacity: Math.max(1, scenario.screening.screeners), name: 'screeners' }),
      screenerRosters: [],
      sourceThresholds: sourceThresholds(scenario.demand.sourceMix),
      nextChildId: 0,
      nextStartingChildId: STARTING_CHILD_IDS,
    },
    queue: { items: [], held: 0, dutyCapacity: 0, dutyRosters: [], pending: new Set() },
    staff: { live: [], posts: [], roundRobin: 0, leaversThisWeek: 0, caseHoursPerDay: caseHoursPerDay(scenario) },
    log: {
      contacts: [], journeys: [], workers: [], trace: [], tracedChild: options.tracedChild, warnings: [],
      maxStored: options.maxStoredRecords ?? DEFAULT_MAX_STORED_RECORDS, dropped: 0,
      utilisation: { screeningHoursNeeded: 0, screenerHoursPresent: 0, caseworkHoursNeeded: 0, caseworkHoursPresent: 0 },
    },
    transitions: TRANSITIONS,
  };
  ctx.days = buildDayTable(ctx);
  // 1-2. Workforce and starting caseloads.
  startWorkforce(ctx);
  // 3. The daily roster of screeners and duty workers, and demand.
  startRoster(ctx);
  startArrivals(ctx);
  startKnownReturns(ctx);
  // 4. Snapshots.
  const series = emptySeries();
  startSeries(ctx, series);
  const settling = emptySettling();
  startSettling(ctx, settling);
  // 5. Run.
  const result = sim.run(end);
  const log = ctx.log;
  const weeks = Math.max(1, (end - warmupEnd) / 7);
  const screened = log.contacts.filter((c) => c.time >= warmupEnd && c.decision !== 'divertedToEarlyHelp').length;
  const queued = log.journeys.filter((j) => j.queuedTime !== undefined && j.queuedTime >= warmupEnd).length;
  log.warnings.push(...backlogWarnings(series, { unallocated: queued / weeks, screeningQueue: screened / weeks }));
  if (log.dropped > 0) {
    log.warnings.push(`${log.dropped} records were counted but not stored (cap ${log.maxStored} per replication).`);
  }
  return {
    replication: options.replication, warmupEnd, end, contacts: log.contacts, journeys: log.journeys,
    workers: log.workers, series, settling, hours: { ...log.utilisation }, trace: log.trace, events: result.eventsProcessed, warnings: log.warnings,
    droppedRecords: log.dropped,
  };
}
