import { describe, expect, it } from 'vitest';
import type { Comparison, ExperimentRaw, ExperimentSummary } from '../../src/experiment/index.js';
import type { Scenario } from '../../src/scenario/index.js';
import { differenceInput, dutyCapacityLimits, fanChartInput, leaversPerPeriod, monthlyFanPoints, sweepInputs, sweptDescription, weeklyMeans } from '../../src/results/chartInputs.js';
import type { SweepDesign } from '../../src/results/sweepDesign.js';

const band = (x: number, p50: number) => ({ x, p05: p50 - 2, p25: p50 - 1, p50, p75: p50 + 1, p95: p50 + 2 });

// Hand-made summary: two weekly snapshots dated by the scenario's facts, and two metric definitions.
const summary = {
  seed: '1', replications: 2, comparisons: [],
  scenarios: [{ name: 'a', fans: { unallocated: [band(60, 5), band(67, 6)], heldOnDuty: [] }, facts: { weekDates: ['2022-03-04', '2022-03-11'] } }],
  definitions: {
    metrics: [
      { id: 'unallocatedMean', label: 'Waiting', unit: 'children', better: 'lower', headline: true },
      { id: 'rereferralRate', label: 'Re-referred', unit: 'share', better: 'lower', headline: true },
    ],
    milestones: [],
  },
} as unknown as ExperimentSummary;

describe('chartInputs', () => {
  // Three replications of scenario a: two with no queue, one with a queue (weekly means 5 and 1); b's record is not a's.
  const raw = {
    records: [[0, 0], [0, 0], [15, 3]].map((unallocated) => ({ scenario: 'a', series: { unallocated, heldOnDuty: [0, 0] } }))
      .concat([{ scenario: 'b', series: { unallocated: [90, 90], heldOnDuty: [0, 0] } }]),
  } as unknown as ExperimentRaw;

  it('fanChartInput groups the weekly points by the calendar month of their dates, each quantile the mean of its weeks', () => {
    const input = fanChartInput(summary, raw, 'unallocated');
    expect(input.series[0]?.points.map((p) => [p.date, p.p50, p.p95])).toEqual([['2022-03-01', 5.5, 7.5]]);
    expect(input.periodNote).toMatch(/calendar month/);
  });

  it('fanChartInput gives each point the mean across the scenario\'s replications (the line), not the median', () => {
    const input = fanChartInput(summary, raw, 'unallocated');
    // Weekly means (0 + 0 + 15) / 3 = 5 and (0 + 0 + 3) / 3 = 1; the month's mean of them is 3.
    expect(input.series[0]?.points.map((p) => [p.date, p.mean])).toEqual([['2022-03-01', 3]]);
  });

  it('weeklyMeans averages a weekly series across the scenario\'s replications, week by week', () => {
    expect(weeklyMeans(raw, 'a', 'unallocated')).toEqual([5, 1]);
    expect(weeklyMeans(raw, 'c', 'unallocated')).toEqual([]);
  });

  it('monthlyFanPoints starts a new point at each new month', () => {
    const week = (date: string, p50: number) => ({ date, mean: p50, p05: p50, p25: p50, p50, p75: p50, p95: p50 });
    expect(monthlyFanPoints([week('2022-01-24', 2), week('2022-01-31', 4), week('2022-02-07', 9)]).map((p) => [p.date, p.p50])).toEqual([['2022-01-01', 3], ['2022-02-01', 9]]);
  });

  it('leaversPerPeriod sums whole periods of weekly leavers per replication and takes the mean across replications', () => {
    const record = (leavers: number[]) => ({ scenario: 'a', series: { leavers } });
    const raw = { records: [record([1, 0, 0, 1, 2, 0, 0, 0, 1]), record([0, 0, 0, 0, 1, 1, 0, 0, 1]), { scenario: 'b', series: { leavers: [9, 9, 9, 9] } }] } as unknown as ExperimentRaw;
    const dates = Array.from({ length: 9 }, (_, w) => `d${w}`);
    // Replication sums: weeks 0-3 → 2 and 0; weeks 4-7 → 2 and 2; week 8 is a part period and left out.
    expect(leaversPerPeriod(raw, 'a', dates, 4)).toEqual([{ date: 'd0', mean: 1 }, { date: 'd4', mean: 2 }]);
  });

  it('dutyCapacityLimits multiplies duty workers by the cases each holds', () => {
    const scenario = { allocation: { heldOnDuty: { dutyWorkers: 4, casesPerDutyWorker: 15 } } } as unknown as Scenario;
    expect(dutyCapacityLimits([{ name: 'a', resolved: scenario }])).toEqual([{ scenario: 'a', value: 60, label: 'a: duty capacity 60 (4 × 15)' }]);
  });

  it('differenceInput labels rows from the given definitions and turns shares into percentage points', () => {
    const interval = (mean: number) => ({ n: 2, mean, sd: 1, ciLow: mean - 0.01, ciHigh: mean + 0.01, ciAvailable: true, ciMethod: 'student-t' as const, p05: mean, p95: mean, min: mean, max: mean });
    const comparison: Comparison = {
      baseline: 'a', comparison: 'b',
      differences: [{ id: 'rereferralRate', label: 'x', unit: 'share', interval: interval(-0.03) }, { id: 'unallocatedMean', label: 'y', unit: 'children', interval: interval(-4) }],
    };
    const rows = differenceInput([comparison], summary.definitions.metrics).rows;
    expect(rows.map((r) => [r.label, r.unit, Math.round(r.mean * 100) / 100])).toEqual([['Waiting', 'children', -4], ['Re-referred', 'percentage points', -3]]);
  });

  it('sweepInputs describes the swept setting with the scenario schema\'s words, and keeps the path as its label', () => {
    const interval = (mean: number) => ({ mean, ciLow: mean - 1, ciHigh: mean + 1 });
    const swept = {
      ...summary,
      scenarios: [60, 70].map((posts) => ({ name: `p${posts}`, metrics: [{ id: 'unallocatedMean', interval: interval(posts / 10) }] })),
    } as unknown as ExperimentSummary;
    const sweep = (path: string): SweepDesign => ({
      base: 'x.yaml', axes: [{ path, values: [60, 70] }],
      points: [60, 70].map((v) => ({ name: `p${v}`, label: `${path}=${v}`, overrides: [`${path}=${v}`] })),
    });
    const [posts] = sweepInputs(swept, sweep('workforce.posts'));
    expect(posts?.input.parameterLabel).toBe('workforce.posts');
    expect(posts?.input.parameterDescription).toMatch(/social worker posts/);
    expect(posts?.input.points.map((p) => p.value)).toEqual([60, 70]);
    // A key described only by its mapping says so, with its own key after the mapping's words.
    expect(sweptDescription('screening.effortHours.cv')).toMatch(/^Screening effort per contact, hours: cv$/i);
    expect(sweptDescription('workforce.posts')).toMatch(/^case-holding social worker posts/);
    // A key the schema does not describe keeps the path alone.
    expect(sweepInputs(swept, sweep('no.such.key'))[0]?.input.parameterDescription).toBeUndefined();
  });
});
