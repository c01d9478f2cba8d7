import { describe, expect, it } from 'vitest';
import { erlangC, mm1MeanWait, mmcMeanWait, mmcWaitTail } from '../../src/verification/index.js';

describe('mm1MeanWait', () => {
  it('mm1MeanWait(0.8, 1) is 4, from Wq = ρ / (μ − λ) = 0.8 / 0.2', () => {
    expect(mm1MeanWait(0.8, 1)).toBeCloseTo(4, 12);
  });

  it('mm1MeanWait throws a RangeError naming an unstable arrival rate', () => {
    expect(() => mm1MeanWait(1, 1)).toThrow(/mm1MeanWait: the queue is unstable/);
    expect(() => mm1MeanWait(-0.5, 1)).toThrow(/mm1MeanWait: arrivalRate must be a finite number > 0, got -0\.5/);
  });
});

describe('mmcMeanWait', () => {
  it('mmcMeanWait(4, 1, 5) is 0.5541, Erlang C over cμ − λ = 1', () => {
    expect(mmcMeanWait(4, 1, 5)).toBeCloseTo(0.5541, 4);
  });

  it('mmcMeanWait with one server equals the M/M/1 mean wait', () => {
    expect(mmcMeanWait(0.3, 0.5, 1)).toBeCloseTo(mm1MeanWait(0.3, 0.5), 12);
  });

  it('mmcMeanWait throws a RangeError naming a zero service rate', () => {
    expect(() => mmcMeanWait(1, 0, 2)).toThrow(/mmcMeanWait: serviceRate must be a finite number > 0, got 0/);
  });
});

describe('mmcWaitTail', () => {
  it('mmcWaitTail at t = 0 is the Erlang C probability of waiting', () => {
    expect(mmcWaitTail(4, 1, 5, 0)).toBeCloseTo(erlangC(5, 4), 14);
  });

  it('mmcWaitTail for one server is ρ·exp(−(μ − λ)t), the M/M/1 waiting-time tail', () => {
    expect(mmcWaitTail(0.8, 1, 1, 3)).toBeCloseTo(0.8 * Math.exp(-0.2 * 3), 14);
  });

  it('mmcWaitTail integrates over t to mmcMeanWait (E[Wq] = ∫ P(Wq > t) dt)', () => {
    // Trapezoid rule on [0, 40] with step 0.001; the tail beyond 40 is below 1e-17 here.
    const step = 0.001;
    let integral = 0;
    for (let t = 0; t < 40; t += step) integral += ((mmcWaitTail(4, 1, 5, t) + mmcWaitTail(4, 1, 5, t + step)) / 2) * step;
    expect(integral).toBeCloseTo(mmcMeanWait(4, 1, 5), 6);
  });

  it('mmcWaitTail throws a RangeError naming a negative t', () => {
    expect(() => mmcWaitTail(4, 1, 5, -1)).toThrow(/mmcWaitTail: t must be a finite number >= 0, got -1/);
  });
});
