import { describe, expect, it } from 'vitest';
import { YOUR_SETTINGS, startingPointName, teachingChartSpec, teachingMilestone } from '../../src/teaching/index.js';
import type { TeachingRuns } from '../../src/teaching/index.js';
import { SCENARIO_PALETTE, compileChecked } from '../../src/charts/index.js';
import { backlogChartLiteSpec } from '../../src/teaching/backlogChartSpec.js';
import { compileInlineData } from '../../src/teaching/compileInlineData.js';
import { teachingChartLiteSpec } from '../../src/teaching/teachingChartSpec.js';

// Hand-made runs: a Weibull-like "still waiting" curve, slower for the second setting.
function runs(scale: number): TeachingRuns {
  const curve = (max: number) => {
    const t = Array.from({ length: 61 }, (_, i) => (max * i) / 60);
    return { t, runs: [0.9, 1, 1.1].map((f) => t.map((x) => Math.exp(-((x / (scale * f)) ** 1.5)))) };
  };
  return {
    curves: { referralToAllocation: curve(60), referralToAssessment: curve(120) },
    scalars: {
      unallocatedMean: [1, 2, 3], 'referralToAssessment.withinTarget': [0.5, 0.6, 0.7], missedChancesPerYear: [1, 1, 1], workerChangesMean: [0.3, 0.3, 0.3],
      caseworkUtilisation: [0.8, 0.9, 1], slotsUsed: [0.9, 0.95, 1], screenerUtilisation: [0.5, 0.6, 0.7],
    },
    warnings: [[], [], []],
    backlog: { weeks: [0, 1, 2], runs: [[10, 12, 14], [9, 11, 15], [11, 13, 16]].map((r) => r.map((v) => v * scale / 10)) },
    animation: { days: 28, contacts: [], cases: [] },
  };
}

describe('teachingMilestone(id)', () => {
  it('marks the 45-working-day assessment timescale as statutory and gives allocation none', () => {
    expect(teachingMilestone('referralToAssessment').timescales).toEqual([{ workingDays: 45, kind: 'statutory' }]);
    expect(teachingMilestone('referralToAllocation').timescales).toEqual([]);
  });
});

describe('teachingChartSpec(id, startLabel, start, yours)', () => {
  const spec = teachingChartSpec('referralToAssessment', 'Solihull 2022', runs(20), runs(40));
  const text = JSON.stringify(spec);

  it('draws the starting point and the slider settings in the first two scenario colours, with the timescale', () => {
    expect(startingPointName('Solihull 2022')).toBe('Solihull 2022 (starting point)');
    expect(text).toContain(JSON.stringify([startingPointName('Solihull 2022'), YOUR_SETTINGS]));
    expect(text).toContain(JSON.stringify(SCENARIO_PALETTE.slice(0, 2)));
    expect(text).toContain('Statutory timescale: 45 working days');
  });

  it('says in its subtitle that the band is the range of the runs, not a 95% interval', () => {
    expect(text).toContain('Line: middle of 3 simulated runs; band: lowest to highest run.');
    expect(text).not.toContain('middle 95%');
  });
});

describe('compileInlineData(spec)', () => {
  const charts = [
    ['the assessment wait', (a: TeachingRuns, b: TeachingRuns) => teachingChartLiteSpec('referralToAssessment', 'Solihull 2022', a, b)],
    ['the wait for a social worker', (a: TeachingRuns, b: TeachingRuns) => teachingChartLiteSpec('referralToAllocation', 'Solihull 2022', a, b)],
    ['the backlog', (a: TeachingRuns, b: TeachingRuns) => backlogChartLiteSpec('Solihull 2022', a, b)],
  ] as const;

  it.each(charts)('gives for %s of new data what compiling the whole spec gives, once the same chart of other data was compiled', (_, liteSpec) => {
    // Arrange: two settings whose charts differ only in their data.
    const before = liteSpec(runs(20), runs(40));
    const after = liteSpec(runs(20), runs(41));
    expect(JSON.stringify({ ...after, data: null })).toBe(JSON.stringify({ ...before, data: null }));
    expect(after).not.toEqual(before);

    // Act
    compileInlineData(before);
    const compiled = compileInlineData(after);

    // Assert
    expect(compiled).toEqual(compileChecked(after));
  });
});
