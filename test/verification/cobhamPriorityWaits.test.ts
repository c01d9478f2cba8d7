import { describe, expect, it } from 'vitest';
import { cobhamPriorityWaits, mm1MeanWait } from '../../src/verification/index.js';

describe('cobhamPriorityWaits', () => {
  it('gives 8/7 and 40/7 for λ1 = 0.3, λ2 = 0.5, μ = 1 (W0 = 0.8; 0.8/0.7; 0.8/(0.7·0.2))', () => {
    const waits = cobhamPriorityWaits(0.3, 0.5, 1);
    expect(waits.highPriorityWait).toBeCloseTo(8 / 7, 12);
    expect(waits.lowPriorityWait).toBeCloseTo(40 / 7, 12);
  });

  it('keeps the arrival-weighted mean wait equal to FIFO M/M/1 (Kleinrock conservation law)', () => {
    for (const [high, low, mu] of [[0.3, 0.5, 1], [0.1, 0.2, 0.5], [1, 1, 4]] as const) {
      const waits = cobhamPriorityWaits(high, low, mu);
      const mean = (high * waits.highPriorityWait + low * waits.lowPriorityWait) / (high + low);
      expect(mean).toBeCloseTo(mm1MeanWait(high + low, mu), 12);
    }
  });

  it('gives the M/M/1 mean wait to the low class when the high class is empty', () => {
    expect(cobhamPriorityWaits(0, 0.7, 1).lowPriorityWait).toBeCloseTo(mm1MeanWait(0.7, 1), 12);
  });

  it('throws a RangeError when the total load is not below 1 or a rate is negative', () => {
    expect(() => cobhamPriorityWaits(0.5, 0.5, 1)).toThrow(/cobhamPriorityWaits: the queue is unstable/);
    expect(() => cobhamPriorityWaits(-0.1, 0.5, 1)).toThrow(/highArrivalRate must be a finite number >= 0, got -0\.1/);
    expect(() => cobhamPriorityWaits(0, 0, 1)).toThrow(/highArrivalRate \+ lowArrivalRate must be a finite number > 0, got 0/);
  });
});
