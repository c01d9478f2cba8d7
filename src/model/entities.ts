import type { Rng } from '../random/index.js';
import type { ModelContext } from './modelContext.js';
import type { JourneyDraws } from './randomKeys.js';
import type { ContactRecord, Journey, Risk, WorkerRecord } from './records.js';

/** The state of one child across episodes. */
export interface ChildState {
  id: number;
  key: number;
  risk: Risk;
  /** Referral episodes so far. */
  referrals: number;
  /** Concern episodes so far (each brings one or more contacts). */
  concerns: number;
  /** Contacts of the current concern not yet decided (or dropped). */
  pendingContacts: number;
  contacts: ContactRecord[];
  open: boolean;
  lastReferralTime: number;
  lastClosedTime: number;
  current?: Journey | undefined;
  traced: boolean;
}

/**
 * A contact on its way through the front door: whose it is, its place in the child's concern
 * episode, and once it has arrived its record and whether further information was sought. One
 * object is made per contact when its concern is scheduled and carries it from arrival through
 * screening to the decision; the draws that decide it are asked for again where they are needed
 * (contactDraws).
 */
export interface ContactEvent {
  ctx: ModelContext;
  child: ChildState;
  /** The concern episode. */
  episode: number;
  index: number;
  /** The contact's record, from its arrival (undefined before). */
  record: ContactRecord | undefined;
  /** Further information was sought before the decision. */
  visited: boolean;
}

/** A contact with the front door once it has arrived (its record made). */
export interface ScreeningEvent extends ContactEvent {
  record: ContactRecord;
}

/** A piece of work a social worker holds: an enquiry, an assessment or a plan. Made by newCaseItem, with every field present. */
export interface CaseItem {
  journey: Journey;
  childState: ChildState;
  kind: 's47' | 'assessment' | 'plan' | 'awaitingConference';
  /** Hours of work still needed (enquiries and assessments only). */
  remainingHours: number;
  totalHours: number;
  worker: Worker | undefined;
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
  /** The payload of the case's own events, made on first use (see caseEvent). */
  event: CaseEvent | undefined;
}

/** What a case's events carry: made once per case and never changed, so every one of its events can share it. */
export interface CaseEvent {
  readonly ctx: ModelContext;
  readonly item: CaseItem;
}

/** What a worker's completion event carries (made once per worker). */
export interface CompletionArgs {
  ctx: ModelContext;
  worker: Worker;
}

/** A social worker in post: one spell of one worker on one post. */
export interface Worker {
  record: WorkerRecord;
  post: Post;
  cases: CaseItem[];
  cap: number;
  absentUntil: number;
  leaving: boolean;
  lastUpdate: number;
  rate: number; // hours per working day per unit of work weight
  /** The pending event for the first of the worker's active cases to be complete (-1 if none), and that case. */
  completionEvent: number;
  nextCompleted: CaseItem | undefined;
  /** The payload of the completion event, made once. */
  completion: CompletionArgs | undefined;
  rampEvent: number;
  /** The spell's own streams (keyed by post and spell): turnover reviews, agency assignment lengths, absence. */
  turnoverRng: Rng;
  assignmentRng: Rng;
  absenceRng: Rng;
}

/** A case-holding post: held by a worker or vacant. */
export interface Post {
  id: number;
  /** Key of the post's streams (see POST_PURPOSE). */
  key: number;
  /** An establishment post, or an agency post beyond the establishment (never vacant, never filled permanently). */
  establishment: boolean;
  worker: Worker | undefined;
  /** Workers started on the post so far. */
  spells: number;
  /** Vacancy episodes so far. */
  vacancies: number;
  /** The current vacancy's stream (time to fill, cover decision, cover delays). */
  vacancyRng: Rng | undefined;
  /** Whether the current vacancy is covered by agency workers: decided once per vacancy. */
  agencyCover: boolean;
  permanentRecruitEvent: number;
  agencyCoverEvent: number;
}
