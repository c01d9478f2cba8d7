import { describe, expect, it } from 'vitest';
import { survivalAt } from '../../src/stats/index.js';
import type { KaplanMeierStep } from '../../src/stats/index.js';

const curve: KaplanMeierStep[] = [
  { time: 2, survival: 0.75, atRisk: 4, events: 1, censored: 0 },
  { time: 5, survival: 0.75, atRisk: 3, events: 0, censored: 1 },
  { time: 7, survival: 0.375, atRisk: 2, events: 1, censored: 0 },
];

describe('survivalAt', () => {
  it('is 1 before the first step', () => {
    expect(survivalAt(curve, 1.99)).toBe(1);
    expect(survivalAt(curve, -10)).toBe(1);
  });

  it('takes the value of the last step at or before t (right-continuous)', () => {
    expect(survivalAt(curve, 2)).toBe(0.75);
    expect(survivalAt(curve, 6.9)).toBe(0.75);
    expect(survivalAt(curve, 7)).toBe(0.375);
    expect(survivalAt(curve, 1000)).toBe(0.375);
  });

  it('is 1 everywhere for an empty curve, and throws RangeError for NaN t', () => {
    expect(survivalAt([], 5)).toBe(1);
    expect(() => survivalAt(curve, Number.NaN)).toThrow(/t is NaN/);
  });
});
