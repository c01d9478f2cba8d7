import type { ContactRecord, Journey } from './records.js';

/** The delay milestones the model reports, each with its timescale in working days where one exists. */
export const MILESTONES = [
  { id: 'contactToDecision', label: 'Contact → screening decision', targetWorkingDays: 1, gridMaxWorkingDays: 30, source: 'Working Together 2018/2023: decision within 1 working day' },
  { id: 'referralToAllocation', label: 'Referral → allocation (assessments)', targetWorkingDays: undefined, gridMaxWorkingDays: 60, source: 'no statutory timescale' },
  { id: 'strategyToAllocation', label: 'Strategy discussion → allocation (enquiries)', targetWorkingDays: undefined, gridMaxWorkingDays: 20, source: 'no statutory timescale; a section 47 enquiry is led by a social worker from the strategy discussion (Working Together 2018/2023)' },
  { id: 'allocationToSeenProtection', label: 'Allocation → child seen (child protection)', targetWorkingDays: 1, gridMaxWorkingDays: 20, source: 'local standard: within 24 hours (e.g. Slough, Wokingham)' },
  { id: 'allocationToSeenNeed', label: 'Allocation → child seen (child in need)', targetWorkingDays: 5, gridMaxWorkingDays: 30, source: 'local standard: within 5 working days (e.g. Wokingham)' },
  { id: 'referralToAssessment', label: 'Referral → assessment complete', targetWorkingDays: 45, gridMaxWorkingDays: 120, source: 'Working Together 2018/2023: within 45 working days of referral' },
  { id: 'strategyToConference', label: 'Strategy discussion → initial child protection conference', targetWorkingDays: 15, gridMaxWorkingDays: 60, source: 'Working Together 2018/2023: within 15 working days of the strategy discussion' },
] as const;

/** Identifier of a delay milestone. */
export type MilestoneId = (typeof MILESTONES)[number]['id'];

/** An entry of MILESTONES: a milestone's definition. */
export type MilestoneEntry = (typeof MILESTONES)[number];

const notNfa = (j: Journey) => j.outcome !== 'noFurtherAction';

/** Receives one span of a milestone: its start and, if reached, its end. */
export type SpanVisitor = (start: number, end: number | undefined) => void;

/**
 * Calls `visit` with each span of a milestone in one replication's records, in record order;
 * an undefined end is still waiting. Builds nothing, so a replication's metrics can read every
 * milestone without intermediate arrays.
 */
export function forEachSpan(id: MilestoneId, contacts: readonly ContactRecord[], journeys: readonly Journey[], visit: SpanVisitor): void {
  switch (id) {
    case 'contactToDecision':
      for (const c of contacts) if (c.decision !== 'divertedToEarlyHelp') visit(c.time, c.decisionTime);
      return;
    case 'referralToAllocation':
      for (const j of journeys) if (j.route === 'assessment' && notNfa(j)) visit(j.referralTime, j.allocationTime);
      return;
    case 'strategyToAllocation':
      for (const j of journeys) if (j.strategyTime !== undefined) visit(j.strategyTime, j.allocationTime);
      return;
    case 'allocationToSeenProtection':
      for (const j of journeys) if (j.route === 'strategy' && j.allocationTime !== undefined) visit(j.allocationTime, j.seenTime);
      return;
    case 'allocationToSeenNeed':
      for (const j of journeys) if (j.route === 'assessment' && j.allocationTime !== undefined) visit(j.allocationTime, j.seenTime);
      return;
    case 'referralToAssessment':
      for (const j of journeys) if (notNfa(j)) visit(j.referralTime, j.assessmentTime);
      return;
    case 'strategyToConference':
      for (const j of journeys) if (j.strategyTime !== undefined && j.conferenceDue === true) visit(j.strategyTime, j.conferenceTime);
      return;
  }
}
