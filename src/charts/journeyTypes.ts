// Input of the journey timeline: one child's dated events and waits in several scenarios.
// Like every chart input: plain, JSON-serialisable, already aggregated across replications.
// Shares are fractions in [0, 1] (drawn as 0–100%); dates are ISO calendar dates 'YYYY-MM-DD';
// durations are working days. Scenario lists are in run order, which fixes each scenario's colour.

/** What happened at one point of a child's journey, for the timeline chart. */
export type JourneyEventKind =
  | 'notice'
  | 'contact'
  | 'information'
  | 'linked'
  | 'notLinked'
  | 'decision'
  | 'referral'
  | 'strategy'
  | 'heldOnDuty'
  | 'allocation'
  | 'workerChange'
  | 'workerLeaves'
  | 'transfer'
  | 'seen'
  | 'enquiry'
  | 'assessment'
  | 'conference'
  | 'plan'
  | 'closure'
  | 'other';

/** One dated event of a child's journey in one scenario. */
export interface JourneyEvent {
  readonly scenario: string;
  /** ISO date of the event. */
  readonly date: string;
  readonly kind: JourneyEventKind;
  /** Short plain-language label drawn beside the point, e.g. 'Contact: school' (about 30 characters at most). */
  readonly label: string;
  /** The full sentence of the story, shown as a tooltip. */
  readonly text: string;
}

/** A wait in a child's journey, e.g. referral → allocation, drawn as a bar so the delay is visible. */
export interface JourneyWait {
  readonly scenario: string;
  /** ISO dates the wait starts and ends (the end of the run if it never ended). */
  readonly start: string;
  readonly end: string;
  /** Plain-language label with its unit, e.g. 'Waiting for a social worker: 23 working days'. */
  readonly label: string;
  /** Whose step is awaited: the front door's (a strategy discussion) or a social worker's (the default). */
  readonly awaiting?: 'frontDoor' | 'socialWorker';
}

/** One child's journey in several scenarios (the same seed, so the same child with the same needs). */
export interface JourneyTimelineInput {
  /** The child's number, by order of arrival from 0. */
  readonly child: number;
  readonly scenarios: readonly string[];
  readonly events: readonly JourneyEvent[];
  readonly waits: readonly JourneyWait[];
  /** An extra subtitle line, e.g. a caveat; omitted when there is none. */
  readonly note?: string;
  /** Where each scenario's measured period begins (the end of its warm-up), drawn as a dashed line when it falls within the timeline. */
  readonly measuredFrom?: readonly { readonly scenario: string; readonly date: string }[];
}
