import type { ContactDecision, Outcome } from './records.js';

/** Plain words for the front door's decisions, for a traced child's story. */
export const DECISION_WORDS: Record<ContactDecision, string> = {
  noFurtherAction: 'no further action',
  earlyHelp: 'early help',
  referral: 'a referral for assessment',
  strategyDiscussion: 'a strategy discussion (suspected significant harm)',
  openCase: 'added to the open case',
  divertedToEarlyHelp: 'answered by an early-help family hub',
};

/** Plain words for a contact's source. */
export function sourceWords(source: string): string {
  const words: Record<string, string> = {
    police: 'the police', school: 'the school', health: 'health services', localAuthority: 'another council service',
    family: 'a family member', anonymous: 'an anonymous caller', other: 'another agency',
  };
  return words[source] ?? source;
}

/** Plain words for an outcome. */
export function outcomeWords(outcome: Outcome): string {
  const words: Record<Outcome, string> = {
    open: 'still open', noFurtherAction: 'no further action', closed: 'closed after assessment',
    earlyHelp: 'stepped down to early help', childInNeedPlan: 'child in need plan ended',
    childProtectionPlan: 'child protection plan ended',
  };
  return words[outcome];
}
