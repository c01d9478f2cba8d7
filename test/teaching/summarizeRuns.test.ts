import { describe, expect, it } from 'vitest';
import { curvePoints, runSummary, warningSummary } from '../../src/teaching/index.js';

describe('curvePoints(curve)', () => {
  it('takes the median run as the line and the lowest and highest runs as the band, at each grid point', () => {
    const points = curvePoints({ t: [0, 10], runs: [[1, 0.5], [0.9, 0.2], [0.8, 0.4]] });
    expect(points).toEqual([
      { t: 0, median: 0.9, low: 0.8, high: 1 },
      { t: 10, median: 0.4, low: 0.2, high: 0.5 },
    ]);
  });

  it('averages the middle two runs when the number of runs is even', () => {
    expect(curvePoints({ t: [0], runs: [[0.2], [0.6], [0.4], [1]] })[0]?.median).toBeCloseTo(0.5, 12);
  });

  it('throws on a curve without runs or with a run off the grid', () => {
    expect(() => curvePoints({ t: [0, 1], runs: [] })).toThrow(/no runs/);
    expect(() => curvePoints({ t: [0, 1], runs: [[1]] })).toThrow(/1 points, the grid 2/);
  });
});

describe('runSummary(values)', () => {
  it('gives the mean, lowest and highest run, ignoring runs without a value', () => {
    expect(runSummary([3, Number.NaN, 6, 9])).toEqual({ mean: 6, min: 3, max: 9 });
  });

  it('is NaN throughout when no run has a value', () => {
    expect(runSummary([Number.NaN])).toEqual({ mean: Number.NaN, min: Number.NaN, max: Number.NaN });
  });
});

describe('warningSummary(perRun)', () => {
  it('counts warnings that differ only in their numbers as one kind, with the first run\'s text', () => {
    const grew = (a: number, b: number) => `The unallocated queue grew throughout the run (from about ${a} to ${b}).`;
    const summary = warningSummary([[grew(12, 85), 'Other.'], [grew(14, 90)], []]);
    expect(summary).toEqual([{ text: grew(12, 85), runs: 2 }, { text: 'Other.', runs: 1 }]);
  });
});
