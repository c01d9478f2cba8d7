import type { Resource, Simulation } from '../engine/index.js';
import type { Calendar } from '../calendar/index.js';
import type { Rng, Sampler } from '../random/index.js';
import type { Scenario } from '../scenario/schema.js';
import type { ContactRecord, Journey, Risk, TraceLine, WorkerRecord } from './types.js';
import type { JourneyDraws } from './referral.js';

/** A piece of work a social worker holds: an enquiry, an assessment or a plan. Made by newCaseItem, with every field present. */
export interface CaseItem {
  journey: Journey;
  childState: ChildState;
  kind: 's47' | 'assessment' | 'plan' | 'awaitingConference';
  /** Hours of work still needed (enquiries and assessments only). */
  remainingHours: number;
  totalHours: number;
  worker: Worker | undefined;
  completionEvent: number;
  /** The payload of the completion event, reused while the case stays with the same worker. */
  completionArgs: CompletionArgs | undefined;
  seenEvent: number;
  /** Not allocatable before this time (handover delay after a change of worker). */
  availableAt: number;
  queuedAt: number;
  heldSince: number | undefined;
  planEndEvent: number;
  draws: JourneyDraws;
  /** A transfer to a long-term team should go to a worker other than this one. */
  avoidWorker: Worker | undefined;
  /** The assessment is near its timescale and gets more of the worker's time. */
  focused: boolean;
}

/** What a case's completion event carries. */
export interface CompletionArgs {
  ctx: ModelContext;
  item: CaseItem;
  worker: Worker;
}

/** A social worker in post. */
export interface Worker {
  record: WorkerRecord;
  cases: CaseItem[];
  cap: number;
  absentUntil: number;
  leaving: boolean;
  lastUpdate: number;
  rate: number; // hours per working day per unit of work weight
  rampEvent: number;
}

/** A case-holding post: held by a worker or vacant. */
export interface Post {
  id: number;
  worker?: Worker | undefined;
  permanentRecruitEvent: number;
  agencyCoverEvent: number;
}

/** The state of one child across episodes. */
export interface ChildState {
  id: number;
  key: number;
  risk: Risk;
  /** Referral episodes so far. */
  referrals: number;
  contacts: ContactRecord[];
  open: boolean;
  lastReferralTime: number;
  lastClosedTime: number;
  current?: Journey | undefined;
  traced: boolean;
}

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
  rereferralDelay: Sampler;
  permanentFill: Sampler;
  agencyCoverDelay: Sampler;
  agencyAssignmentWeeks: Sampler;
  absenceEpisode: Sampler;
}

/** Named streams for variation that does not belong to one child. */
export interface Streams {
  arrivals: Rng;
  needs: Rng;
  turnover: Rng;
  recruitment: Rng;
  agency: Rng;
  absence: Rng;
  screenerAbsence: Rng;
  shock: Rng;
}

/** Everything a replication's handlers share. */
export interface ModelContext {
  sim: Simulation;
  calendar: Calendar;
  scenario: Scenario;
  samplers: Samplers;
  streams: Streams;
  /** The front-door screening pool. */
  screeners: Resource;
  warmupEnd: number;
  end: number;
  contacts: ContactRecord[];
  journeys: Journey[];
  workers: WorkerRecord[];
  liveWorkers: Worker[];
  posts: Post[];
  queue: CaseItem[];
  held: number;
  leaversThisWeek: number;
  trace: TraceLine[];
  tracedChild: number | undefined;
  warnings: string[];
  maxStoredRecords: number;
  droppedRecords: number;
  allocationPending: Set<number>;
  roundRobin: number;
  nextChildId: number;
  /** Per-day tables over the run (weekday contact factor, school holiday flag). */
  dayTable: { weekdayFactor: Float64Array; schoolHoliday: Uint8Array };
  /** Hours of casework a worker can give per working day. */
  caseHoursPerDay: number;
}

/** Adds a line to the traced child's story (no-op for other children). */
export function trace(ctx: ModelContext, child: ChildState, text: string): void {
  if (child.traced) ctx.trace.push({ time: ctx.sim.now, text });
}
