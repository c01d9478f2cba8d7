import { describe, expect, it } from 'vitest';
import { md1MeanWait, mg1MeanWait, mm1MeanWait } from '../../src/verification/index.js';

describe('md1MeanWait', () => {
  it('md1MeanWait(0.8, 1) is 2, from ρ / (2μ(1 − ρ)) = 0.8 / 0.4', () => {
    expect(md1MeanWait(0.8, 1)).toBeCloseTo(2, 12);
  });

  it('md1MeanWait is half the M/M/1 mean wait at the same rates', () => {
    for (const [lambda, mu] of [[0.5, 1], [0.9, 1], [2, 3]] as const) {
      expect(md1MeanWait(lambda, mu)).toBeCloseTo(mm1MeanWait(lambda, mu) / 2, 12);
    }
  });

  it('md1MeanWait throws a RangeError when λ/μ is not below 1', () => {
    expect(() => md1MeanWait(2, 1)).toThrow(/mg1MeanWait: the queue is unstable, utilisation .* = 2 must be < 1/);
  });
});

describe('mg1MeanWait', () => {
  it('mg1MeanWait with exponential service (E[S²] = 2/μ²) equals the M/M/1 mean wait', () => {
    expect(mg1MeanWait(0.6, 1 / 0.9, 2 / 0.81)).toBeCloseTo(mm1MeanWait(0.6, 0.9), 12);
  });

  it('mg1MeanWait throws a RangeError naming a second moment below the squared mean', () => {
    expect(() => mg1MeanWait(0.5, 1, 0.5)).toThrow(/mg1MeanWait: serviceSecondMoment must be >= serviceMean² = 1, got 0\.5/);
  });
});
