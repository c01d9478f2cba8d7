import { describe, expect, it } from 'vitest';
import { modelCalendar, replicationMetrics } from '../../src/model/index.js';
import { runChecked, scenarioFile } from './fixtures.js';

// One short replication, then the same replication with its referrals (or also its contacts) taken
// away: a share of no referrals has nothing to measure, so it is absent (no data), never 0.
const scenario = scenarioFile('validation/golden.yaml', ['horizon.years=0.5', 'horizon.warmupDays=60']);
const out = runChecked(scenario, { seed: 'no-data', replication: 0 });
const calendar = modelCalendar(scenario);

describe('replicationMetrics(out) with nothing to measure', () => {
  it('reports the shares of referrals as no data when no referral was made, and counts of them as 0', () => {
    expect(out.journeys.length).toBeGreaterThan(0);
    const m = replicationMetrics({ ...out, journeys: [] }, calendar);
    expect(m.scalars.referralsPerYear).toBe(0);
    expect(m.scalars.referralsPerContact).toBe(0);
    for (const id of ['strategyPerReferral', 'rereferralRate', 'heldOnDutyShare', 'closedEarlyShare', 'workerChangesMean', 'twoOrMoreChangesShare', 'openTwoOrMoreChangesShare'] as const) {
      expect(m.scalars[id], id).toBeUndefined();
      expect(id in m.scalars, id).toBe(false);
    }
    expect(m.workerChanges).toEqual([]);
  });

  it('reports referrals per contact as no data when there was no contact', () => {
    const m = replicationMetrics({ ...out, journeys: [], contacts: [] }, calendar);
    expect(m.scalars.contactsPerYear).toBe(0);
    expect(m.scalars.referralsPerContact).toBeUndefined();
  });

  it('reports the weekly averages and the staffing shares as no data without a weekly snapshot', () => {
    const series = Object.fromEntries(Object.entries(out.series).map(([k]) => [k, []])) as unknown as typeof out.series;
    const m = replicationMetrics({ ...out, series }, calendar);
    for (const id of ['unallocatedMean', 'unallocatedEnd', 'caseloadMean', 'agencyShare', 'vacancyRate', 'agencyCoverOfVacancies', 'permanentTurnoverRate', 'unallocatedOverwhelmed'] as const) {
      expect(m.scalars[id], id).toBeUndefined();
    }
  });

  it('keeps the shares of the full replication, which all have something to measure', () => {
    const m = replicationMetrics(out, calendar);
    expect(m.scalars.workerChangesMean).toBeGreaterThanOrEqual(0);
    expect(m.workerChanges).toHaveLength(5);
    expect(m.workerChanges.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

describe('replicationMetrics(out) delays with no completed wait', () => {
  it('gives no bin shares (no data) rather than shares of 0', () => {
    const m = replicationMetrics({ ...out, journeys: [] }, calendar);
    expect(m.delays.referralToAssessment.completed).toBe(0);
    expect(m.delays.referralToAssessment.bins).toEqual([]);
    expect(m.scalars['referralToAssessment.median']).toBeUndefined();
    expect(replicationMetrics(out, calendar).delays.contactToDecision.bins.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
