// Golden numbers: change only with an explanation in the commit message.
//
// scenarios/validation/golden.yaml (the shared base with 1,000 children a year, 2 screeners and
// 10 social worker posts; 120 days of warm-up, then one measured year, days 120–485), seed
// 'golden', replication 0. Each pinned value was first checked by hand for plausibility:
//
// - children: 1,000 a year over 485 days ≈ 1,328 (Poisson sd ≈ 36); the run saw 1,351 with contacts.
// - contacts per measured year ≈ childrenPerYear × mean contacts per child
//   (0.62 × 1.2 + 0.30 × 1.6 + 0.08 × 2.5 = 1.424), less school contacts in school holidays
//   (school share 0.182 × 91 of 365 days × 0.7 dropped ≈ 3.2%), plus re-referral contacts
//   (≈ 280 referrals × 0.7 closed in the year × 0.28) ≈ 1,000 × 1.424 × 0.968 + 55 ≈ 1,430; pinned 1,416.
//   Stored contacts cover warm-up too: ≈ 1,416 × 485/365 ≈ 1,880; pinned 1,863.
// - referrals ≈ 20–23% of contacts (base.yaml is tuned to 23%) ≈ 280–330 a year; pinned 281,
//   364 journeys stored over the 485 days (281 × 485/365 ≈ 373).
// - referral → assessment median: mean assessment effort from the histogram ≈ 16.4 hours; a worker
//   gives 45.9 × 0.5 / 5 ≈ 4.6 casework hours a working day, shared by weight over about 2–3
//   assessments (weight 1) and 8 plans (weight 0.5), so ≈ 0.7 hours a day per assessment:
//   16.4 / 0.7 ≈ 23 working days, plus allocation and the strategy route; pinned 28.
// - referral → allocation p90: the strategy route waits a strategy discussion (lognormal median 3,
//   p90 8 working days) before it is queued, and about 40% of referrals take it; pinned 5.
// - events: ≈ 4 per contact (arrival, screening start and end, decision) × 1,863 + ≈ 8 per journey
//   × 364 + 485 screener rosters + 10 workers × 69 weekly turnover reviews + 53 snapshots ≈ 11,800;
//   pinned 10,957.
// - workers: 10 posts filled at the start, plus replacements for ≈ 2.5 permanent leavers
//   (turnover 0.25 a year) and agency assignments of ≈ 20 weeks (≈ 2 agency posts × 3.5); pinned 15.
import { beforeAll, describe, it, expect } from 'vitest';
import { modelCalendar, replicationMetrics } from '../../src/model/index.js';
import type { ReplicationMetrics, ReplicationOutput } from '../../src/model/index.js';
import { runChecked, scalar, scenarioFile } from './fixtures.js';

describe('the golden scenario (seed golden, replication 0)', () => {
  const scenario = scenarioFile('validation/golden.yaml');
  let out: ReplicationOutput;
  let metrics: ReplicationMetrics;
  beforeAll(() => {
    out = runChecked(scenario, { seed: 'golden', replication: 0 });
    metrics = replicationMetrics(out, modelCalendar(scenario));
  });

  it('runs one measured year after 120 days of warm-up without warnings', () => {
    expect([out.warmupEnd, out.end]).toEqual([120, 485]);
    expect(out.warnings).toEqual([]);
    expect(out.droppedRecords).toBe(0);
  });

  it('reproduces the pinned counts of contacts, journeys, workers and events', () => {
    expect(out.contacts.length).toBe(1863);
    expect(out.journeys.length).toBe(364);
    expect(out.workers.length).toBe(15);
    expect(out.events).toBe(10957);
  });

  it('reproduces the pinned headline metrics', () => {
    expect(scalar(metrics, 'contactsPerYear')).toBe(1416);
    expect(scalar(metrics, 'referralsPerYear')).toBe(281);
    expect(scalar(metrics, 'referralToAssessment.median')).toBe(28);
    expect(scalar(metrics, 'referralToAllocation.p90')).toBe(5);
    expect(scalar(metrics, 'workerChangesMean')).toBeCloseTo(80 / 270, 12);
    expect(scalar(metrics, 'unallocatedMean')).toBeCloseTo(116 / 53, 12);
  });

  it('stays close to the hand estimates above, so the pinned values are plausible', () => {
    expect(scalar(metrics, 'contactsPerYear')).toBeGreaterThan(1430 * 0.9);
    expect(scalar(metrics, 'contactsPerYear')).toBeLessThan(1430 * 1.1);
    expect(scalar(metrics, 'referralsPerContact')).toBeGreaterThan(0.17);
    expect(scalar(metrics, 'referralsPerContact')).toBeLessThan(0.26);
    expect(scalar(metrics, 'referralToAssessment.median')).toBeGreaterThan(15);
    expect(scalar(metrics, 'referralToAssessment.median')).toBeLessThan(40);
    expect(out.events).toBeGreaterThan(11_800 * 0.8);
    expect(out.events).toBeLessThan(11_800 * 1.2);
  });
});
