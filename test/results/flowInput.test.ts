import { describe, expect, it } from 'vitest';
import type { ExperimentRaw, ScenarioClock } from '../../src/experiment/index.js';
import { flowRun } from '../../src/results/flowInput.js';

const journey = (referralTime: number, route: string, outcome: string, extra: Record<string, unknown> = {}) =>
  ({ referralTime, route, outcome, assessmentTime: undefined, conferenceTime: undefined, rereferral: false, ...extra });

// One sample replication measured from day 100 to day 465 (one year) with 20 contacts a year; the
// referral on day 50 is in the warm-up and must not count.
const raw = {
  scenarios: [{ name: 'a' }],
  records: [{
    scenario: 'a', replication: 0, window: { warmupEnd: 100, end: 465 },
    metrics: { scalars: { contactsPerYear: 20 } },
    sample: {
      journeys: [
        journey(50, 'assessment', 'closed'),
        journey(120, 'assessment', 'childInNeedPlan', { assessmentTime: 150 }),
        journey(130, 'assessment', 'noFurtherAction', { assessmentTime: 160, rereferral: true }),
        journey(140, 'strategy', 'childProtectionPlan', { assessmentTime: 170, conferenceTime: 180 }),
        journey(460, 'strategy', 'open'),
      ],
    },
  }],
} as unknown as ExperimentRaw;
const clock = { calendar: { dateOf: (day: number) => `day ${day}` } } as unknown as ScenarioClock;

describe('flowRun(raw, scenario, clock)', () => {
  const run = flowRun(raw, 'a', clock);
  const count = (id: string) => run?.nodes.find((n) => n.id === id)?.count;

  it('counts contacts from the yearly rate and referrals inside the measured window only', () => {
    expect([count('contacts'), count('referred'), count('notReferred')]).toEqual([20, 4, 16]);
    expect([run?.start, run?.end]).toEqual(['day 100', 'day 465']);
  });

  it('splits referrals by route and by where they ended, and every link leaves its source whole', () => {
    expect([count('assessment'), count('strategy')]).toEqual([2, 2]);
    expect([count('cinPlan'), count('cpPlan'), count('closed'), count('open')]).toEqual([1, 1, 1, 1]);
    for (const node of run?.nodes ?? []) {
      const out = run?.links.filter((l) => l.from === node.id).reduce((a, l) => a + l.count, 0) ?? 0;
      if (out > 0) expect(out).toBe(node.count);
    }
  });

  it('notes assessments, conferences and re-referrals of the measured referrals', () => {
    expect(run?.notes[0]).toBe('Of 4 referrals: assessments completed 3, initial conferences 1, re-referrals within 12 months 1 (25%).');
  });

  it('is undefined for a scenario without a sample replication', () => {
    expect(flowRun({ ...raw, records: [] }, 'a', clock)).toBeUndefined();
  });
});
