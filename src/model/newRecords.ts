import type { CaseEvent, CaseItem, ChildState, Worker } from './entities.js';
import type { ModelContext } from './modelContext.js';
import type { JourneyDraws } from './randomKeys.js';
import type { Journey } from './records.js';

/** What a journey knows when it starts; every other field starts empty. */
export type JourneyStart = Pick<Journey,
  'child' | 'episode' | 'risk' | 'assessedRisk' | 'source' | 'route' | 'firstContactTime' | 'contactTime' | 'referralTime'
  | 'outcome' | 'rereferral' | 'priorContacts' | 'unlinkedClosedPriorContacts'>;

/**
 * A new journey, built in this one place with every field present (times not reached yet are
 * undefined), so that all journeys share one object shape and the code reading them stays fast.
 */
export function newJourney(start: JourneyStart): Journey {
  return {
    child: start.child, episode: start.episode, risk: start.risk, assessedRisk: start.assessedRisk, source: start.source, route: start.route,
    firstContactTime: start.firstContactTime, contactTime: start.contactTime, referralTime: start.referralTime,
    strategyTime: undefined, conferenceDue: undefined, queuedTime: undefined, allocationTime: undefined, heldOnDutyTime: undefined,
    seenTime: undefined, assessmentTime: undefined, conferenceTime: undefined, closedTime: undefined,
    heldOnDutyDays: 0, outcome: start.outcome, workerChanges: 0, workers: [], workerStarts: [], workerEnds: [],
    rereferral: start.rereferral, closedEarly: false, priorContacts: start.priorContacts, unlinkedClosedPriorContacts: start.unlinkedClosedPriorContacts,
    workHours: undefined,
  };
}

/** What a case item knows when it is made; every other field starts empty. */
export interface CaseItemStart {
  journey: Journey;
  childState: ChildState;
  kind: CaseItem['kind'];
  /** The worker holding it from the start, if any. */
  worker: Worker | undefined;
  /** When it becomes allocatable, which is also when it counts as queued. */
  availableAt: number;
  draws: JourneyDraws;
}

/** A new case item, built in this one place with every field present, for the same reason as newJourney. */
export function newCaseItem(start: CaseItemStart): CaseItem {
  return {
    journey: start.journey, childState: start.childState, kind: start.kind, remainingHours: 0, totalHours: 0,
    worker: start.worker, seenEvent: -1,
    availableAt: start.availableAt, queuedAt: start.availableAt, heldSince: undefined, planEndEvent: -1, draws: start.draws,
    avoidWorker: undefined, focused: false, event: undefined,
  };
}

/** The case's event payload, made the first time one of its events is scheduled. */
export function caseEvent(ctx: ModelContext, item: CaseItem): CaseEvent {
  return (item.event ??= { ctx, item });
}
