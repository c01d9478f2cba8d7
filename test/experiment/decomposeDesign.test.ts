import { describe, expect, it } from 'vitest';
import { cumulativePath, decompositionSubsets, fullSubset, groupsIn, shapleyValue, shapleyWeight } from '../../src/experiment/index.js';

/** A seeded linear congruential generator, so the random games below repeat exactly. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('decompositionSubsets(groupCount, order, design)', () => {
  it('runs by default the two scenarios and the cumulative path in the order given: 7 configurations for 6 groups', () => {
    expect(decompositionSubsets(6, [5, 4, 3, 2, 1, 0], { each: false, shapley: false })).toEqual([0, 63, 32, 48, 56, 60, 62]);
  });

  it('with each also runs each group alone and all but each, every configuration once: 17 for 6 groups', () => {
    const subsets = decompositionSubsets(6, [0, 1, 2, 3, 4, 5], { each: true, shapley: false });
    expect(new Set(subsets).size).toBe(subsets.length);
    expect(subsets.slice(0, 2)).toEqual([0, 63]);
    for (let g = 0; g < 6; g++) {
      expect(subsets).toContain(1 << g);
      expect(subsets).toContain(63 & ~(1 << g));
    }
    for (const s of cumulativePath([0, 1, 2, 3, 4, 5])) expect(subsets).toContain(s);
    expect(subsets).toHaveLength(17);
  });

  it('with shapley runs every subset, and refuses more than 6 groups', () => {
    expect([...decompositionSubsets(4, [3, 1, 0, 2], { each: false, shapley: true })].sort((a, b) => a - b)).toEqual([...Array(16).keys()]);
    expect(() => decompositionSubsets(7, [0, 1, 2, 3, 4, 5, 6], { each: false, shapley: true })).toThrow(/at most 6 groups/);
  });

  it('refuses an order that does not name each group once', () => {
    expect(() => decompositionSubsets(3, [0, 1, 1], { each: false, shapley: false })).toThrow(/each group index/);
    expect(() => decompositionSubsets(3, [0, 1], { each: false, shapley: false })).toThrow(/each group index/);
  });
});

describe('cumulativePath(order) and groupsIn(subset)', () => {
  it('adds the groups one at a time in the order given, from none to all', () => {
    const path = cumulativePath([2, 0, 1]);
    expect(path.map((s) => groupsIn(s, 3))).toEqual([[], [2], [0, 2], [0, 1, 2]]);
    expect(path.at(-1)).toBe(fullSubset(3));
  });
});

describe('shapleyValue(g, n, v)', () => {
  it('gives each group its own effect when the effects add up (no interaction)', () => {
    const effects = [3, -1.5, 0, 7];
    const v = (s: number) => groupsIn(s, 4).reduce((sum, g) => sum + (effects[g] ?? 0), 10);
    effects.forEach((effect, g) => expect(shapleyValue(g, 4, v)).toBeCloseTo(effect, 12));
  });

  it('splits a pure interaction equally between the two groups that must both be present', () => {
    const v = (s: number) => ((s & 0b011) === 0b011 ? 6 : 0);
    expect([0, 1, 2].map((g) => shapleyValue(g, 3, v))).toEqual([3, 3, 0]);
  });

  it('adds up to v(all) − v(none) for random games on 1 to 6 groups (seeded)', () => {
    const random = seeded(13);
    for (let n = 1; n <= 6; n++) {
      const table = Array.from({ length: 2 ** n }, () => random() * 100 - 50);
      const v = (s: number) => table[s] ?? NaN;
      const sum = [...Array(n).keys()].reduce((acc, g) => acc + shapleyValue(g, n, v), 0);
      // Floating-point sums of 64 terms of size ≤ 100: 1e-9 is far above rounding and far below any real error.
      expect(Math.abs(sum - (v(fullSubset(n)) - v(0)))).toBeLessThan(1e-9);
    }
  });

  it('weights the subsets without a group so that they sum to 1', () => {
    const n = 5;
    let total = 0;
    for (let s = 0; s < 2 ** (n - 1); s++) total += shapleyWeight(groupsIn(s, n - 1).length, n);
    expect(total).toBeCloseTo(1, 12);
  });
});
