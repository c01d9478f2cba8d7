import { describe, expect, it } from 'vitest';
import { TEACHING_MILESTONES, runTeachingJob, withTeachingHorizon } from '../../src/teaching/index.js';
import { MILESTONES, SURVIVAL_GRID_POINTS } from '../../src/model/index.js';
import { shippedScenario } from './solihullScenarios.js';

// A short run keeps the test quick; the page's own run length is exercised by the browser test.
const SHORT = { warmupDays: 30, years: 0.25, replications: 2 };
const s2024 = shippedScenario('solihull-2024.yaml');

describe('withTeachingHorizon(scenario, run)', () => {
  it('changes only the horizon', () => {
    const shortened = withTeachingHorizon(s2024, SHORT);
    expect(shortened.horizon).toEqual({ warmupDays: 30, years: 0.25 });
    expect({ ...shortened, horizon: s2024.horizon }).toEqual(s2024);
  });
});

describe('runTeachingJob(scenario, seed, run)', () => {
  const progress: number[] = [];
  const runs = runTeachingJob(s2024, 'job-test', SHORT, (done) => progress.push(done));

  it('reports progress after each run', () => {
    expect(progress).toEqual([1, 2]);
  });

  it('gives the same results for the same seed (so the starting point and the sliders share random numbers) and other results for another seed', () => {
    expect(runTeachingJob(s2024, 'job-test', SHORT)).toEqual(runs);
    expect(runTeachingJob(s2024, 'job-test-2', SHORT).scalars).not.toEqual(runs.scalars);
  });

  it('keeps, per run, a non-increasing share still waiting in [0, 1] on each milestone\'s grid, from 0 to its maximum', () => {
    for (const id of TEACHING_MILESTONES) {
      const gridMax = MILESTONES.find((m) => m.id === id)?.gridMaxWorkingDays;
      const curve = runs.curves[id];
      expect(curve.t).toHaveLength(SURVIVAL_GRID_POINTS);
      expect([curve.t[0], curve.t[curve.t.length - 1]]).toEqual([0, gridMax]);
      expect(curve.runs).toHaveLength(SHORT.replications);
      for (const run of curve.runs) {
        expect(run).toHaveLength(SURVIVAL_GRID_POINTS);
        run.forEach((share, i) => {
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
          if (i > 0) expect(share).toBeLessThanOrEqual(run[i - 1] as number);
        });
      }
    }
  });

  it('keeps each headline metric for each run, and the warnings of each run', () => {
    for (const values of Object.values(runs.scalars)) expect(values).toHaveLength(SHORT.replications);
    expect(runs.warnings).toHaveLength(SHORT.replications);
  });
});
