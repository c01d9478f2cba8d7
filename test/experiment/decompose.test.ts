import { describe, expect, it } from 'vitest';
import { decompositionSubsets, runDecomposition, runExperiment, summarizeDecomposition, variantFor } from '../../src/experiment/index.js';
import type { DecompositionGroup, DecompositionPlan } from '../../src/experiment/index.js';
import { loadedSmall } from './smallScenario.js';

// Two groups of changes to the small front door: more posts, and a lower caseload cap with faster linking.
const groups: DecompositionGroup[] = [
  { name: 'posts', changes: [{ path: 'workforce.posts', value: 9 }] },
  { name: 'practice', changes: [{ path: 'workforce.caseloadCap', value: 14 }, { path: 'screening.linking.probability', value: 0.8 }] },
];
const from = loadedSmall('from');

function plan(shapley: boolean, order = [0, 1]): DecompositionPlan {
  const subsets = decompositionSubsets(groups.length, order, { each: false, shapley });
  return { from, groups, order, shapley, variants: subsets.map((subset) => ({ subset, scenario: variantFor(from.scenario, groups, subset) })) };
}

const METRIC = 'referralToAssessment.withinTarget';
const options = { seed: 'decompose-test', replications: 3, jobs: 1 };

describe('runDecomposition(plan) and summarizeDecomposition', () => {
  it('runs the first scenario exactly as a run of it alone would (the same seed and replication indices)', async () => {
    const p = plan(false);
    const raw = await runDecomposition(p, options);
    const alone = await runExperiment([from], { ...options, sampleReplications: 0 });
    expect(raw.records.get(0)?.map((r) => r.metrics.scalars[METRIC])).toEqual(alone.records.map((r) => r.metrics.scalars[METRIC]));
    const [result] = summarizeDecomposition(p, raw, [METRIC]);
    expect(result?.replications).toBe(3);
    // Without --each, no group gets an alone or all-but effect, even where the path passes through one.
    expect(result?.groups.map((g) => [g.alone, g.allBut])).toEqual([[undefined, undefined], [undefined, undefined]]);
    expect(result?.interaction).toBeUndefined();
  });

  it('has path steps and Shapley values that each add up to the total, per replication, so their means do too', async () => {
    const p = plan(true, [1, 0]);
    const [result] = summarizeDecomposition(p, await runDecomposition(p, options), [METRIC, 'unallocatedMean']);
    if (result?.total === undefined) throw new Error('no total');
    const steps = result.groups.reduce((sum, g) => sum + (g.step?.mean ?? NaN), 0);
    const shapley = result.groups.reduce((sum, g) => sum + (g.shapley?.mean ?? NaN), 0);
    // Sums of a few doubles below 1: 1e-12 is rounding, not an allowance for error.
    expect(Math.abs(steps - result.total.mean)).toBeLessThan(1e-12);
    expect(Math.abs(shapley - result.total.mean)).toBeLessThan(1e-12);
    // With two groups, the first step of the order [practice, posts] is practice alone, and the second is all but posts.
    expect(result.groups[1]?.step).toEqual(result.groups[1]?.alone);
    expect(result.groups[0]?.step).toEqual(result.groups[0]?.allBut);
    expect(result.path.map((s) => s.groups)).toEqual([[], ['practice'], ['practice', 'posts']]);
  });

  it('refuses an unknown metric id', async () => {
    const p = plan(false);
    const raw = await runDecomposition(p, { ...options, replications: 1 });
    // @ts-expect-error a misspelt metric id fails to compile; an id read from a file is still checked
    expect(() => summarizeDecomposition(p, raw, ['nope'])).toThrow(/unknown metric "nope"/);
  });
});
