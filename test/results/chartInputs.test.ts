import { describe, expect, it } from 'vitest';
import type { ExperimentSummary } from '../../src/experiment/index.js';
import { differenceInput, fanChartInput } from '../../src/results/chartInputs.js';

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
  it('fanChartInput dates each weekly point with the scenario facts', () => {
    const input = fanChartInput(summary, 'unallocated');
    expect(input.series[0]?.points.map((p) => [p.date, p.p50])).toEqual([['2022-03-04', 5], ['2022-03-11', 6]]);
  });

  it('differenceInput labels rows from the given definitions and turns shares into percentage points', () => {
    const interval = (mean: number) => ({ n: 2, mean, sd: 1, ciLow: mean - 0.01, ciHigh: mean + 0.01, ciAvailable: true, p05: mean, p95: mean, min: mean, max: mean });
    const comparison = {
      baseline: 'a', comparison: 'b',
      differences: [{ id: 'rereferralRate', label: 'x', unit: 'share', interval: interval(-0.03) }, { id: 'unallocatedMean', label: 'y', unit: 'children', interval: interval(-4) }],
    };
    const rows = differenceInput([comparison], summary.definitions.metrics).rows;
    expect(rows.map((r) => [r.label, r.unit, Math.round(r.mean * 100) / 100])).toEqual([['Waiting', 'children', -4], ['Re-referred', 'percentage points', -3]]);
  });
});
