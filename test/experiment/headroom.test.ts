import { describe, expect, it } from 'vitest';
import { searchDemand, searchPosts } from '../../src/experiment/index.js';
import type { HeadroomProbe } from '../../src/experiment/index.js';

/** A probe that settles exactly when `settles(value)`, counting how often it was asked. */
function fakeProbe(settles: (value: number) => boolean) {
  const asked: number[] = [];
  const probe = async (value: number): Promise<HeadroomProbe> => {
    asked.push(value);
    const ok = settles(value);
    return { value, runaway: ok ? 0 : 5, replications: 10, settles: ok };
  };
  return { probe, asked };
}

describe('searchPosts', () => {
  it('finds the fewest posts that settle below a settling establishment', async () => {
    const { probe, asked } = fakeProbe((posts) => posts >= 63);
    const result = await searchPosts(probe, 84);
    expect(result).toMatchObject({ current: 84, currentSettles: true, limit: 63 });
    // Bisection, not a walk: far fewer probes than the 21 posts between.
    expect(asked.length).toBeLessThan(10);
    expect(result.probes.map((p) => p.value)).toEqual([...result.probes.map((p) => p.value)].sort((a, b) => a - b));
  });

  it('searches upwards when the establishment does not settle', async () => {
    const { probe } = fakeProbe((posts) => posts >= 91);
    const result = await searchPosts(probe, 77);
    expect(result).toMatchObject({ current: 77, currentSettles: false, limit: 91 });
  });

  it('gives no limit when even three times the establishment does not settle', async () => {
    const { probe } = fakeProbe(() => false);
    expect((await searchPosts(probe, 10)).limit).toBeUndefined();
  });
});

describe('searchDemand', () => {
  it('finds the largest increase in whole percent that settles', async () => {
    const { probe } = fakeProbe((percent) => percent <= 37);
    expect(await searchDemand(probe)).toMatchObject({ currentSettles: true, limit: 37 });
  });

  it('stops at +100% and says so when everything settles', async () => {
    const { probe } = fakeProbe(() => true);
    expect((await searchDemand(probe)).limit).toBe(100);
  });

  it('reports that the current demand does not settle', async () => {
    const { probe } = fakeProbe((percent) => percent < 0);
    expect(await searchDemand(probe)).toMatchObject({ currentSettles: false, limit: undefined });
  });
});
