import type { ContactSource } from '../scenario/schema.js';

/** A child's latent level of need or risk, which the front door does not see directly. */
export type Risk = 'low' | 'medium' | 'high';

/** What the front door decided about a contact. */
export type ContactDecision =
  | 'noFurtherAction'
  | 'earlyHelp'
  | 'referral'
  | 'strategyDiscussion'
  | 'openCase' // the child already has an open case: the contact is added to it
  | 'divertedToEarlyHelp'; // answered by a family hub before reaching the front door

/** Where a referral episode ended (or `open` if it had not ended by the end of the run). */
export type Outcome =
  | 'open'
  | 'noFurtherAction'
  | 'closed'
  | 'earlyHelp'
  | 'childInNeedPlan'
  | 'childProtectionPlan';

/** One contact about a child. Times are simulated days from the scenario start. */
export interface ContactRecord {
  child: number;
  /** The child's concern episode the contact belongs to (0 for the concern that brought the child to notice). */
  episode: number;
  index: number; // position within the concern's contacts, from 0
  time: number;
  source: ContactSource;
  risk: Risk;
  /** Earlier contacts about the child inside the linking window. */
  earlierInWindow: number;
  /** Whether the screener linked it to at least one earlier contact. */
  linked: boolean;
  /** The front door's reading of the child's risk (a family hub's for a diverted contact); undefined until screened. */
  assessedRisk: Risk | undefined;
  decision: ContactDecision | undefined;
  decisionTime: number | undefined;
}

/**
 * One referral episode of a child: the journey from referral to closure. Times not reached yet are
 * undefined; every field exists from the start, so all journeys share one object shape.
 */
export interface Journey {
  child: number;
  episode: number;
  risk: Risk;
  /** The front door's reading of the child's risk when it referred them (what risk-prioritised allocation sees). */
  assessedRisk: Risk;
  source: ContactSource;
  route: 'assessment' | 'strategy';
  firstContactTime: number;
  contactTime: number;
  referralTime: number;
  strategyTime: number | undefined;
  /** Whether this enquiry is one that goes on to an initial child protection conference (decided at the strategy discussion). */
  conferenceDue: boolean | undefined;
  queuedTime: number | undefined;
  allocationTime: number | undefined;
  heldOnDutyTime: number | undefined;
  heldOnDutyDays: number;
  seenTime: number | undefined;
  assessmentTime: number | undefined;
  conferenceTime: number | undefined;
  closedTime: number | undefined;
  outcome: Outcome;
  /** Changes of social worker after the first allocation. */
  workerChanges: number;
  /** The social workers who held the case, in order (ids as in WorkerRecord). */
  workers: number[];
  /** When each of `workers` took the case. */
  workerStarts: number[];
  /** When each of `workers` stopped holding it (handover or closure); shorter than `workers` while a worker holds it. */
  workerEnds: number[];
  /** Earlier referral of the same child within 365 days of this one. */
  rereferral: boolean;
  /** Closed under caseload pressure: the assessment completed or the plan started while its worker was at or above the cap. */
  closedEarly: boolean;
  /** Contacts before the referring one, and how many of those were screened unlinked and closed. */
  priorContacts: number;
  unlinkedClosedPriorContacts: number;
  /** Hours of work the assessment needed when referred; recorded only under the scenario's `validation.recordWorkHours`, else undefined. */
  workHours: number | undefined;
}

/** A named social worker. */
export interface WorkerRecord {
  id: number;
  label: string;
  kind: 'permanent' | 'agency';
  post: number;
  start: number;
  end?: number;
  reason?: 'left' | 'assignment-ended' | 'replaced' | 'shock';
}

/** Weekly snapshots from the end of warm-up. `caseloads[w][k]` is worker k's caseload at week w (workers indexed as in `workers`), null when not in post. */
export interface TimeSeries {
  time: number[];
  /** New referrals waiting for their first allocation (allocatable, never allocated). */
  unallocated: number[];
  /** Cases waiting to be allocated again after a change of worker (their handover over). */
  awaitingReallocation: number[];
  /** Cases in a handover after a change of worker (not yet allocatable). */
  inHandover: number[];
  heldOnDuty: number[];
  screeningQueue: number[];
  permanent: number[];
  agency: number[];
  /** Agency workers covering a vacancy (on an establishment post), as opposed to beyond the establishment. */
  agencyCovering: number[];
  vacancies: number[];
  leavers: number[];
  absent: number[];
  caseloadMean: number[];
  /** Cases held ÷ caseload slots of the workers in post (each worker's cap, new starters at their reduced cap). */
  slotsUsed: number[];
  caseloads: (number | null)[][];
}

/** Weekly snapshots from time 0, warm-up included: what the warm-up analysis reads. */
export interface SettlingSeries {
  time: number[];
  unallocated: number[];
  caseloadMean: number[];
}

/** Hours each resource needed and had over the measured window. */
export interface ResourceHours {
  screeningHoursNeeded: number;
  screenerHoursPresent: number;
  caseworkHoursNeeded: number;
  caseworkHoursPresent: number;
}

/** A line of a traced child's story, for `explain`. */
export interface TraceLine {
  time: number;
  text: string;
}

/** Everything one replication produces: plain data, no behaviour. */
export interface ReplicationOutput {
  replication: number;
  warmupEnd: number;
  end: number;
  contacts: ContactRecord[];
  journeys: Journey[];
  workers: WorkerRecord[];
  series: TimeSeries;
  settling: SettlingSeries;
  hours: ResourceHours;
  trace: TraceLine[];
  events: number;
  warnings: string[];
  /** Journeys not stored because the cap on stored journeys was reached. */
  droppedRecords: number;
}
