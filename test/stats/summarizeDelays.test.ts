import { describe, expect, it } from 'vitest';
import { kaplanMeier, summarizeDelays } from '../../src/stats/index.js';
import type { DelayObservation } from '../../src/stats/index.js';

const done = (duration: number, eligibleForTarget = true): DelayObservation => ({ duration, observed: true, eligibleForTarget });
const waiting = (duration: number, eligibleForTarget = true): DelayObservation => ({ duration, observed: false, eligibleForTarget });

describe('summarizeDelays', () => {
  // Completed waits 2, 4, 6, 8, 10; still waiting at the end: 5, 5, 12, 12, 12.
  const obs = [done(2), done(4), waiting(5), waiting(5), done(6), done(8), done(10), waiting(12), waiting(12), waiting(12)];

  it('counts censored waits, so the median is later than the completed-only median', () => {
    // Kaplan–Meier by hand: S = 9/10 at 2, ·8/9 = 0.8 at 4, (5: two censored), ·5/6 = 0.667 at 6,
    // ·4/5 = 0.533 at 8, ·3/4 = 0.4 at 10, so the median is 10; S never reaches 0.1 or 0.05.
    const withCensoring = summarizeDelays(obs);
    expect(withCensoring).toEqual({ n: 10, completed: 5, censored: 5, median: 10, mean: 6, withinTargetN: 10 });
    // Completed waits alone: S = 0.8, 0.6, 0.4 at 2, 4, 6, so the median is 6.
    const completedOnly = summarizeDelays(obs.filter((o) => o.observed));
    expect(completedOnly.median).toBe(6);
    expect(withCensoring.median ?? NaN).toBeGreaterThan(completedOnly.median ?? NaN);
  });

  it('gives p90 and p95 from the Kaplan–Meier curve when it gets low enough', () => {
    // 20 completed waits 1..20: S(t) = 1 − t/20, so S ≤ 0.1 first at 18 and S ≤ 0.05 first at 19.
    const s = summarizeDelays(Array.from({ length: 20 }, (_, i) => done(i + 1)));
    expect(s).toMatchObject({ median: 10, p90: 18, p95: 19, mean: 10.5 });
  });

  it('mean is over completed waits only', () => {
    expect(summarizeDelays([done(2), done(4), waiting(100)]).mean).toBe(3);
    expect(summarizeDelays([waiting(100)]).mean).toBeUndefined();
  });

  it('computes withinTarget on the eligible cohort only, a censored eligible wait counting as not within', () => {
    const cohort = [
      done(1), done(3), done(7), waiting(6), // eligible: 1 and 3 are within 5 days, 7 is late, 6 still waiting
      waiting(3), // eligible and censored: counts as not within even though 3 <= 5
      done(2, false), done(1, false), done(0.5, false), // target window not closed: excluded
    ];
    const s = summarizeDelays(cohort, 5);
    expect(s.withinTargetN).toBe(5);
    expect(s.withinTarget).toBeCloseTo(2 / 5, 12);
  });

  it('counts a wait equal to the target as within target', () => {
    expect(summarizeDelays([done(5), done(5.5)], 5).withinTarget).toBe(0.5);
  });

  it('leaves withinTarget absent without a target or without eligible items', () => {
    expect('withinTarget' in summarizeDelays([done(1)])).toBe(false);
    const none = summarizeDelays([done(1, false)], 5);
    expect(none.withinTargetN).toBe(0);
    expect('withinTarget' in none).toBe(false);
  });

  it('reads the quantiles from a curve passed in, so a caller that has one need not sort again', () => {
    expect(summarizeDelays(obs, 5, kaplanMeier(obs))).toEqual(summarizeDelays(obs, 5));
    // The quantiles come from the curve given: a curve that falls to 0 at 3 days gives median 3.
    const steep = kaplanMeier([done(3), done(3)]);
    expect(summarizeDelays(obs, 5, steep)).toMatchObject({ median: 3, p90: 3, p95: 3, mean: 6, n: 10 });
  });

  it('summarizes no observations as zero counts with no estimates', () => {
    expect(summarizeDelays([], 5)).toEqual({ n: 0, completed: 0, censored: 0, withinTargetN: 0 });
  });

  it('throws RangeError for a negative target or duration', () => {
    expect(() => summarizeDelays([done(1)], -1)).toThrow(/targetWorkingDays must be finite and >= 0, got -1/);
    expect(() => summarizeDelays([done(-2)])).toThrow(RangeError);
  });
});
