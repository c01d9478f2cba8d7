import { describe, expect, it } from 'vitest';
import { MEASURED_PERIOD_BEGINS, explainStory } from '../../src/cli/explainStory.js';
import { milestoneDefinitions } from '../../src/experiment/index.js';
import type { ContactRecord, ScenarioClock } from '../../src/experiment/index.js';

// A clock where every day is a working day and day t is 2022-01-(t+1): waits are plain differences, so each expected number is read off the times below.
const clock: ScenarioClock = {
  calendar: {
    dateOf: (t: number) => `2022-01-${String(Math.floor(t) + 1).padStart(2, '0')}`,
    weekday: () => 0,
  } as unknown as ScenarioClock['calendar'],
  window: { warmupEnd: 5, end: 30 },
  workingDays: (a: number, b: number) => b - a,
};

function contact(time: number, source: ContactRecord['source'], decision: ContactRecord['decision'], decisionTime: number, linked = false): ContactRecord {
  return { child: 9, episode: 0, index: 0, time, source, risk: 'high', earlierInWindow: 1, linked, assessedRisk: 'high', decision, decisionTime };
}

describe('explainStory(trace, contacts, clock, milestones)', () => {
  it('ties each decision to the contact it decided, even when two are decided on the same day, with the wait against the 1-working-day timescale', () => {
    const contacts = [contact(1, 'school', 'earlyHelp', 4), contact(3, 'police', 'referral', 4, true)];
    const lines = explainStory([
      { time: 1, text: 'Contact from the school.' },
      { time: 3, text: 'Contact from the police.' },
      { time: 4, text: '1 earlier contact(s) about the child are not linked: the screener sees this one alone.' },
      { time: 4, text: 'Decision: early help.' },
      { time: 4, text: 'The screener links this to 1 earlier contact(s) about the child.' },
      { time: 4, text: 'Decision: a referral for assessment.' },
    ], contacts, clock, milestoneDefinitions()).map((l) => l.text);
    expect(lines[0]).toBe('Contact 1, from the school.');
    expect(lines[1]).toBe('Contact 2, from the police.');
    expect(lines[3]).toBe('Decision on contact 1 (the school, 2022-01-02): early help; 3 working days after the contact, over the 1 working day timescale.');
    expect(lines[5]).toBe('Decision on contact 2 (the police, 2022-01-04): a referral for assessment; 1 working day after the contact, within the 1 working day timescale.');
  });

  it('measures allocation from the referral and the assessment against 45 working days, and marks where the measured period begins', () => {
    const lines = explainStory([
      { time: 2, text: 'Contact from the police.' },
      { time: 2, text: 'Decision: a referral for assessment.' },
      { time: 9, text: 'Allocated to SW 004, who now holds 12 cases.' },
      { time: 60, text: 'Child and family assessment complete.' },
    ], [contact(2, 'police', 'referral', 2)], clock, milestoneDefinitions()).map((l) => l.text);
    expect(lines).toContain('Allocated to SW 004, who now holds 12 cases: 7 working days after the referral (no statutory timescale).');
    expect(lines).toContain('Child and family assessment complete, 58 working days after the referral, over the 45 working days timescale.');
    expect(lines.indexOf(MEASURED_PERIOD_BEGINS)).toBe(2);
  });
});
