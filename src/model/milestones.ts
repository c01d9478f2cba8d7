import type { ContactRecord, Journey } from './types.js';

/** The delay milestones the model reports, each with its timescale in working days where one exists. */
export const MILESTONES = [
  { id: 'contactToDecision', label: 'Contact → screening decision', targetWorkingDays: 1, gridMaxWorkingDays: 30, source: 'Working Together 2018/2023: decision within 1 working day' },
  { id: 'referralToAllocation', label: 'Referral → allocation to a social worker', targetWorkingDays: undefined, gridMaxWorkingDays: 60, source: 'no statutory timescale' },
  { id: 'allocationToSeenProtection', label: 'Allocation → child seen (child protection)', targetWorkingDays: 1, gridMaxWorkingDays: 20, source: 'local standard: within 24 hours (e.g. Slough, Wokingham)' },
  { id: 'allocationToSeenNeed', label: 'Allocation → child seen (child in need)', targetWorkingDays: 5, gridMaxWorkingDays: 30, source: 'local standard: within 5 working days (e.g. Wokingham)' },
  { id: 'referralToAssessment', label: 'Referral → assessment complete', targetWorkingDays: 45, gridMaxWorkingDays: 120, source: 'Working Together 2018/2023: within 45 working days of referral' },
  { id: 'strategyToConference', label: 'Strategy discussion → initial child protection conference', targetWorkingDays: 15, gridMaxWorkingDays: 60, source: 'Working Together 2018/2023: within 15 working days of the strategy discussion' },
] as const;

/** Identifier of a delay milestone. */
export type MilestoneId = (typeof MILESTONES)[number]['id'];

/** A milestone's definition. */
export type Milestone = (typeof MILESTONES)[number];

/** A start and (if reached) end time of one delay, in simulated days. */
export interface Span {
  start: number;
  end: number | undefined;
}

const notNfa = (j: Journey) => j.outcome !== 'noFurtherAction';

/** Extracts the spans of a milestone from one replication's records; undefined ends are still waiting. */
export function spansOf(id: MilestoneId, contacts: readonly ContactRecord[], journeys: readonly Journey[]): Span[] {
  switch (id) {
    case 'contactToDecision':
      return contacts
        .filter((c) => c.decision !== 'divertedToEarlyHelp')
        .map((c) => ({ start: c.time, end: c.decisionTime }));
    case 'referralToAllocation':
      return journeys.filter(notNfa).map((j) => ({ start: j.referralTime, end: j.allocationTime }));
    case 'allocationToSeenProtection':
      return journeys
        .filter((j) => j.route === 'strategy' && j.allocationTime !== undefined)
        .map((j) => ({ start: j.allocationTime as number, end: j.seenTime }));
    case 'allocationToSeenNeed':
      return journeys
        .filter((j) => j.route === 'assessment' && j.allocationTime !== undefined)
        .map((j) => ({ start: j.allocationTime as number, end: j.seenTime }));
    case 'referralToAssessment':
      return journeys.filter(notNfa).map((j) => ({ start: j.referralTime, end: j.assessmentTime }));
    case 'strategyToConference':
      return journeys
        .filter((j) => j.strategyTime !== undefined && j.conferenceDue === true)
        .map((j) => ({ start: j.strategyTime as number, end: j.conferenceTime }));
  }
}
