import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kaplanMeier, kaplanMeierQuantile, survivalAt } from '../../src/stats/index.js';

// Freireich et al. (1963) leukaemia remission times in weeks, 6-MP group; * = censored.
const SIX_MP = '6 6 6 6* 7 9* 10 10* 11* 13 16 17* 19* 20* 22 23 25* 32* 32* 34* 35*'
  .split(' ')
  .map((s) => ({ duration: Number.parseFloat(s), observed: !s.endsWith('*') }));

describe('kaplanMeier', () => {
  it('reproduces the textbook 6-MP curve (product-limit by hand)', () => {
    const curve = kaplanMeier(SIX_MP);
    const eventSteps = curve.filter((s) => s.events > 0);
    // By hand: at each event time, S ← S·(atRisk − events)/atRisk.
    const byHand = [
      { time: 6, atRisk: 21, events: 3, survival: 18 / 21 },
      { time: 7, atRisk: 17, events: 1, survival: (18 / 21) * (16 / 17) },
      { time: 10, atRisk: 15, events: 1, survival: (18 / 21) * (16 / 17) * (14 / 15) },
      { time: 13, atRisk: 12, events: 1, survival: (18 / 21) * (16 / 17) * (14 / 15) * (11 / 12) },
      { time: 16, atRisk: 11, events: 1, survival: (18 / 21) * (16 / 17) * (14 / 15) * (11 / 12) * (10 / 11) },
      { time: 22, atRisk: 7, events: 1, survival: (18 / 21) * (16 / 17) * (14 / 15) * (11 / 12) * (10 / 11) * (6 / 7) },
      { time: 23, atRisk: 6, events: 1, survival: (18 / 21) * (16 / 17) * (14 / 15) * (11 / 12) * (10 / 11) * (6 / 7) * (5 / 6) },
    ];
    expect(eventSteps.map(({ time, atRisk, events }) => ({ time, atRisk, events }))).toEqual(
      byHand.map(({ time, atRisk, events }) => ({ time, atRisk, events })),
    );
    eventSteps.forEach((step, i) => expect(step.survival).toBeCloseTo(byHand[i]?.survival ?? NaN, 12));
    // The published 3-decimal values (e.g. Kleinbaum & Klein, Survival Analysis, ch. 2).
    expect(eventSteps.map((s) => Number(s.survival.toFixed(3)))).toEqual([0.857, 0.807, 0.753, 0.69, 0.627, 0.538, 0.448]);
  });

  it('lists censoring-only times as steps with unchanged survival', () => {
    const curve = kaplanMeier(SIX_MP);
    expect(curve.map((s) => s.time)).toEqual([6, 7, 9, 10, 11, 13, 16, 17, 19, 20, 22, 23, 25, 32, 34, 35]);
    const at9 = curve.find((s) => s.time === 9);
    expect(at9).toMatchObject({ atRisk: 16, events: 0, censored: 1 });
    expect(at9?.survival).toBeCloseTo((18 / 21) * (16 / 17), 12);
    expect(curve.at(-1)).toMatchObject({ time: 35, atRisk: 1, events: 0, censored: 1 });
  });

  it('has the well-known 6-MP median of 23 weeks and no 90th percentile (curve stops at 0.448)', () => {
    const curve = kaplanMeier(SIX_MP);
    expect(kaplanMeierQuantile(curve, 0.5)).toBe(23);
    expect(kaplanMeierQuantile(curve, 0.9)).toBeUndefined();
  });

  it('puts events before censorings at a tied time, so the censored item is still at risk', () => {
    // At t = 2 three are at risk (not two), so S(2) = 2/3 rather than 1/2.
    const curve = kaplanMeier([
      { duration: 2, observed: false },
      { duration: 2, observed: true },
      { duration: 3, observed: true },
    ]);
    expect(curve).toEqual([
      { time: 2, survival: 2 / 3, atRisk: 3, events: 1, censored: 1 },
      { time: 3, survival: 0, atRisk: 1, events: 1, censored: 0 },
    ]);
  });

  it('without censoring equals one minus the empirical CDF', () => {
    const curve = kaplanMeier([3, 1, 4, 1, 5].map((duration) => ({ duration, observed: true })));
    expect(curve.map((s) => [s.time, s.survival])).toEqual([
      [1, expect.closeTo(3 / 5, 12)],
      [3, expect.closeTo(2 / 5, 12)],
      [4, expect.closeTo(1 / 5, 12)],
      [5, 0],
    ]);
  });

  it('returns an empty curve for no observations', () => {
    expect(kaplanMeier([])).toEqual([]);
  });

  it('throws RangeError on a negative or non-finite duration', () => {
    expect(() => kaplanMeier([{ duration: -1, observed: true }])).toThrow(/obs\[0\]\.duration must be finite and >= 0, got -1/);
    expect(() => kaplanMeier([{ duration: Number.NaN, observed: true }])).toThrow(RangeError);
  });

  it('survival is nonincreasing and within [0, 1], and at-risk counts add up (property)', () => {
    const observation = fc.record({ duration: fc.integer({ min: 0, max: 30 }), observed: fc.boolean() });
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 60 }), (obs) => {
        const curve = kaplanMeier(obs);
        let previous = 1;
        let atRisk = obs.length;
        for (const step of curve) {
          expect(step.survival).toBeGreaterThanOrEqual(0);
          expect(step.survival).toBeLessThanOrEqual(previous);
          expect(step.atRisk).toBe(atRisk);
          atRisk -= step.events + step.censored;
          previous = step.survival;
        }
        expect(atRisk).toBe(0);
        // survivalAt agrees with the steps and is nonincreasing between them.
        for (let t = -1; t <= 31; t += 0.5) expect(survivalAt(curve, t + 0.5)).toBeLessThanOrEqual(survivalAt(curve, t));
      }),
      { seed: 424242, numRuns: 200 },
    );
  });
});
