import type { Resource, Simulation } from '../engine/index.js';
import type { Calendar } from '../calendar/index.js';
import type { Rng, Sampler } from '../random/index.js';
import type { Scenario } from '../scenario/schema.js';
import type { CaseItem, ChildState, CompletionArgs, Post, ScreeningEvent, Worker } from './entities.js';
import type { ContactDecision, ContactRecord, Journey, ResourceHours, TraceLine, WorkerRecord } from './records.js';

/** Samplers built once per replication from the scenario's distributions. */
export interface Samplers {
  contactGapDays: Sampler;
  screeningEffortHours: Sampler;
  furtherInformationDelay: Sampler;
  strategyDelay: Sampler;
  s47EffortHours: Sampler;
  conferenceScheduling: Sampler;
  assessmentEffortHours: Sampler;
  seenProtection: Sampler;
  seenNeed: Sampler;
  planChildInNeed: Sampler;
  planChildProtection: Sampler;
  returnDelay: Sampler;
  permanentFill: Sampler;
  agencyCoverDelay: Sampler;
  agencyAssignmentWeeks: Sampler;
  absenceEpisode: Sampler;
}

/** The named streams, one per source of variation that does not belong to a single child. */
export const STREAM_NAMES = ['arrivals', 'needs', 'posts', 'screeners', 'duty', 'history'] as const;

/** One of STREAM_NAMES. */
export type StreamName = (typeof STREAM_NAMES)[number];

/**
 * The named streams of a replication. `arrivals` times the arrival of children; the others hand
 * out keys in a fixed order (children, posts, screeners, duty workers), and every draw about one
 * of them comes from a stream keyed by its key, so it is the same in every scenario.
 */
export type Streams = Readonly<Record<StreamName, Rng>>;

/** Per-day tables over the run, built once. */
export interface DayTable {
  /** Relative contact rate on each day (weekday pattern, mean 1). */
  weekdayFactor: Float64Array;
  /** 1 on school-holiday days. */
  schoolHoliday: Uint8Array;
}

/** The front door: the screening pool and the children who have come to notice. */
export interface FrontDoor {
  screeners: Resource;
  /** Each screener's daily presence stream, keyed per screener. */
  screenerRosters: Rng[];
  /** The contact sources' running shares (sourceThresholds of the scenario's mix), for contactDraws. */
  sourceThresholds: Float64Array;
  /** The next id for a child coming to notice in the run (0, 1, …). */
  nextChildId: number;
  /** The next id for a child of a starting plan who comes back (from STARTING_CHILD_IDS). */
  nextStartingChildId: number;
}

/**
 * Children known from before the run are numbered in ranges of their own, so that the children
 * who come to notice in the run keep the same ids in two configurations with the same seed
 * (starting caseloads, and so their returns, depend on the number of posts).
 */
export const KNOWN_CHILD_IDS = 1_000_000;
export const STARTING_CHILD_IDS = 2_000_000;

/** The unallocated queue and the duty cover that holds some of its cases. */
export interface AllocationQueue {
  items: CaseItem[];
  /** Cases held on duty now. */
  held: number;
  /** Cases duty cover can hold today (duty workers present × cases each). */
  dutyCapacity: number;
  /** Each duty worker's daily presence stream, keyed per duty worker. */
  dutyRosters: Rng[];
  /** Times with an allocation pass already scheduled. */
  pending: Set<number>;
}

/** The case-holding workforce. */
export interface Staff {
  live: Worker[];
  posts: Post[];
  /** Where the round-robin allocation policy starts its next search. */
  roundRobin: number;
  leaversThisWeek: number;
  /** Hours of casework a worker can give per working day (after the duty rota's share). */
  caseHoursPerDay: number;
}


/** What a replication records for its output. */
export interface RecordLog {
  contacts: ContactRecord[];
  journeys: Journey[];
  workers: WorkerRecord[];
  trace: TraceLine[];
  tracedChild: number | undefined;
  warnings: string[];
  /** Cap on stored contacts and journeys; beyond it records are counted in `dropped`. */
  maxStored: number;
  dropped: number;
  /** Running totals of the hours each resource needed and had over the measured window. */
  utilisation: ResourceHours;
}

/**
 * The transitions of a referral's path from contact to closure, as the mechanisms (screening,
 * allocation, casework, workforce) see them. The mechanisms call these instead of each other, so
 * none of them imports another; `contacts.ts` and `pathway.ts` implement them.
 */
export interface Transitions {
  /** The front door has decided what to do with a contact. */
  contactDecided(ctx: ModelContext, ev: ScreeningEvent, decision: ContactDecision): void;
  /** A contact's decision starts a referral episode, by the route it takes. */
  referred(ctx: ModelContext, child: ChildState, record: ContactRecord, route: Journey['route']): void;
  /** An allocation pass gives a case to a worker with room. */
  allocated(ctx: ModelContext, item: CaseItem, worker: Worker): void;
  /** Event handler: the first of a worker's active cases has its current piece of work (enquiry or assessment) complete. */
  workCompleted(args: CompletionArgs): void;
  /** Room for a case may have opened at time `t` (a worker started, came back or finished a ramp). */
  roomMayHaveOpened(ctx: ModelContext, t: number): void;
  /** A worker is away until `until`: the work on their cases pauses. */
  workerAway(ctx: ModelContext, worker: Worker, until: number): void;
  /** A worker is back from absence: the work on their cases resumes. */
  workerBack(ctx: ModelContext, worker: Worker): void;
  /** A worker's cases go back for reallocation after a handover: the worker `why`s (leaves, is on long-term absence). */
  casesHandedBack(ctx: ModelContext, worker: Worker, why: string): void;
  /** A worker's cases changed without a transition (starting caseloads): share their time afresh. */
  workloadChanged(ctx: ModelContext, worker: Worker): void;
  /** A case leaves the front door without an outcome of its own (a starting-caseload plan ends). */
  caseEnds(ctx: ModelContext, item: CaseItem): void;
}

/** Everything a replication's handlers share, grouped by the entity each part holds. */
export interface ModelContext {
  sim: Simulation;
  calendar: Calendar;
  scenario: Scenario;
  samplers: Samplers;
  streams: Streams;
  /** End of warm-up and end of the run, in simulated days. */
  warmupEnd: number;
  end: number;
  days: DayTable;
  frontDoor: FrontDoor;
  queue: AllocationQueue;
  staff: Staff;
  log: RecordLog;
  transitions: Transitions;
}

/** Adds a line to the traced child's story (no-op for other children). */
export function trace(ctx: ModelContext, child: ChildState, text: string): void {
  if (child.traced) ctx.log.trace.push({ time: ctx.sim.now, text });
}
