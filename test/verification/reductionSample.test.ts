import { describe, expect, it } from 'vitest';
import type { Journey, ReplicationOutput } from '../../src/model/index.js';
import { newJourney } from '../../src/model/newRecords.js';
import { reductionSample } from '../../src/verification/index.js';

function journey(referralTime: number, changes: Partial<Journey>): Journey {
  const start = newJourney({
    child: 0, episode: 0, risk: 'medium', assessedRisk: 'medium', source: 'other', route: 'assessment', firstContactTime: referralTime,
    contactTime: referralTime, referralTime, outcome: 'open', rereferral: false, priorContacts: 0, unlinkedClosedPriorContacts: 0,
  });
  return { ...start, ...changes };
}

function output(journeys: Journey[]): ReplicationOutput {
  return { replication: 0, warmupEnd: 100, end: 400, journeys } as unknown as ReplicationOutput;
}

describe('reductionSample', () => {
  const journeys = [
    journey(90, { allocationTime: 95, assessmentTime: 99 }), // before the end of warm-up: not measured
    journey(100, { allocationTime: 101, assessmentTime: 104, workHours: 16 }),
    journey(200, { allocationTime: 200, assessmentTime: 203, workHours: 4 }),
    journey(300, { allocationTime: 390 }), // measured, still with its worker at the end
    journey(301, {}), // made inside the drain: not measured
  ];

  it('measures referrals from the end of warm-up to the drain, with wait, time in service and sojourn in days', () => {
    const s = reductionSample(output(journeys), 100, 8);
    expect(s.waits).toEqual([1, 0, 90]);
    expect(s.inService).toEqual([3, 3, 10]);
    expect(s.sojourns).toEqual([4, 3, 100]);
  });

  it('counts a measured referral still open at the end as unfinished, with its time so far', () => {
    expect(reductionSample(output(journeys), 100, 8).unfinished).toBe(1);
    expect(reductionSample(output(journeys.slice(0, 3)), 100, 8).unfinished).toBe(0);
  });

  it('turns recorded work hours into days of a whole worker, and records none when the journeys carry none', () => {
    expect(reductionSample(output(journeys.slice(0, 3)), 100, 8).workDays).toEqual([2, 0.5]);
    expect(reductionSample(output([journey(150, { allocationTime: 150, assessmentTime: 151 })]), 100, 8).workDays).toEqual([]);
  });

  it('leaves out the strategy route, which theory does not describe', () => {
    expect(reductionSample(output([journey(150, { route: 'strategy', allocationTime: 150, assessmentTime: 151 })]), 100, 8).waits).toEqual([]);
  });
});
