import { describe, expect, it } from 'vitest';
import { startBudget } from '../../src/bench/startBench.js';

describe('startBudget', () => {
  it('splits a comparison into a fixed part and a part per replication (worked by hand)', () => {
    // 2 replications per scenario took 5 s, 30 took 33 s: 28 s for 56 more replications, 0.5 s each;
    // at none, 5 − 4 × 0.5 = 3 s, plus the 0.2 s build check. An 8 s target leaves 4.8 s for 60
    // replications, 0.08 s each: 0.5 / 0.08 = 6.25 times faster than now.
    const budget = startBudget({ replications: 2, seconds: 5 }, { replications: 30, seconds: 33 }, 0.2, 8);
    expect(budget['perReplicationSeconds']).toBeCloseTo(0.5, 12);
    expect(budget['fixedSeconds']).toBeCloseTo(3.2, 12);
    expect(budget['perReplicationSecondsForTarget']).toBeCloseTo(0.08, 12);
    expect(budget['modelSpeedUpForTarget']).toBeCloseTo(6.25, 12);
  });

  it('says no speed of the model meets the target when the fixed part alone exceeds it', () => {
    const budget = startBudget({ replications: 2, seconds: 9 }, { replications: 30, seconds: 12 }, 0.1, 8);
    expect(budget['fixedSeconds']).toBeGreaterThan(8);
    expect(budget['perReplicationSecondsForTarget']).toBeNull();
    expect(budget['modelSpeedUpForTarget']).toBeNull();
  });
});
