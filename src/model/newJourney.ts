import type { Journey } from './types.js';

/** What a journey knows when it starts; every other field starts empty. */
export type JourneyStart = Pick<Journey,
  'child' | 'episode' | 'risk' | 'source' | 'route' | 'firstContactTime' | 'contactTime' | 'referralTime'
  | 'outcome' | 'rereferral' | 'priorContacts' | 'unlinkedClosedPriorContacts'>;

/**
 * A new journey, built in this one place with every field present (times not reached yet are
 * undefined), so that all journeys share one object shape and the code reading them stays fast.
 */
export function newJourney(start: JourneyStart): Journey {
  return {
    child: start.child, episode: start.episode, risk: start.risk, source: start.source, route: start.route,
    firstContactTime: start.firstContactTime, contactTime: start.contactTime, referralTime: start.referralTime,
    strategyTime: undefined, conferenceDue: undefined, queuedTime: undefined, allocationTime: undefined, heldOnDutyTime: undefined,
    seenTime: undefined, assessmentTime: undefined, conferenceTime: undefined, closedTime: undefined,
    heldOnDutyDays: 0, outcome: start.outcome, workerChanges: 0, workers: [], workerStarts: [], workerEnds: [],
    rereferral: start.rereferral, priorContacts: start.priorContacts, unlinkedClosedPriorContacts: start.unlinkedClosedPriorContacts,
  };
}
