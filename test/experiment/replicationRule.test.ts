import { describe, expect, it } from 'vitest';
import { checkReplicationRule, decideReplications, lookAheadAt, runExperiment, runSequentialExperiment } from '../../src/experiment/index.js';
import type { ReplicationRecord, ReplicationRule } from '../../src/experiment/index.js';
import { SEED, scenarioPair } from './fixtures.js';

/** The metric the rule watches in these records. */
const X = 'unallocatedMean';

const RULE: ReplicationRule = { precision: 0.05, minReplications: 10, maxReplications: 40, lookAhead: 5 };

/** Records of one scenario whose metric X takes values[r] in replication r (only what the rule reads). */
function records(values: readonly number[], scenario = 'a'): ReplicationRecord[] {
  return values.map((x, replication) => ({ scenario, replication, metrics: { scalars: { [X]: x } } }) as unknown as ReplicationRecord);
}

/** 10, 11, 10, 11, …: mean 10.5, s about 0.5. */
const alternating = (n: number) => Array.from({ length: n }, (_, r) => 10 + (r % 2));

describe('decideReplications(records, available, rule)', () => {
  it('stops at the minimum plus the look-ahead when the precision holds throughout', () => {
    // At n = 10: t(0.975, 9)·s/√n = 2.262·0.527/3.162 = 0.377, which is 3.6% of 10.5 (< 5%); the
    // half-width only narrows as n grows, so n = 10 is the solution and 10 + 5 are kept.
    const outcome = decideReplications(records(alternating(40)), 40, RULE, [X]);
    expect(outcome).toMatchObject({ met: true, solution: 10, replications: 15 });
    expect(outcome?.widest?.relativeHalfWidth).toBeLessThanOrEqual(RULE.precision);
  });

  it('waits (undefined) until the look-ahead has run', () => {
    expect(decideReplications(records(alternating(12)), 12, RULE, [X])).toBeUndefined();
    expect(decideReplications(records(alternating(15)), 15, RULE, [X])).toMatchObject({ replications: 15 });
  });

  it('gives the same answer however many replications ran past it (batches and threads cannot change it)', () => {
    const few = decideReplications(records(alternating(15)), 15, RULE, [X]);
    const many = decideReplications(records(alternating(40)), 40, RULE, [X]);
    expect({ ...few, replicationsRun: 0 }).toEqual({ ...many, replicationsRun: 0 });
  });

  it('rejects a solution that the look-ahead overturns', () => {
    // Met at n = 10 and 11 (3.6%, 3.4%), but replication 11 (the 12th) is 14: the relative half-width
    // jumps to 6.7% at n = 12 and falls back under 5% only at n = 17 (5.1% at 16, 4.8% at 17), so 10
    // is no solution and 17 is, with 17 + 5 kept.
    const values = alternating(40);
    values[11] = 14;
    const outcome = decideReplications(records(values), 40, RULE, [X]);
    expect(outcome).toMatchObject({ met: true, solution: 17, replications: 22 });
  });

  it('respects the maximum when the precision is never reached', () => {
    // Mean about 0 with a spread far above what the floor allows (±5% of 10 children = 0.5).
    const values = Array.from({ length: 40 }, (_, r) => (r % 2 === 0 ? 20 : -20));
    expect(decideReplications(records(values), 39, RULE, [X])).toBeUndefined();
    const outcome = decideReplications(records(values), 40, RULE, [X]);
    expect(outcome).toMatchObject({ met: false, replications: RULE.maxReplications });
    expect(outcome?.solution).toBeUndefined();
  });

  it('needs every watched measure of every scenario to be precise', () => {
    const noisy = Array.from({ length: 40 }, (_, r) => (r % 2 === 0 ? 1 : 30));
    const outcome = decideReplications([...records(alternating(40), 'a'), ...records(noisy, 'b')], 40, RULE, [X]);
    expect(outcome?.widest?.scenario).toBe('b');
    expect(outcome?.replications).toBeGreaterThan(15);
  });

  it('judges a measure whose mean is below its unit\'s floor against the floor, not its mean', () => {
    // Children waiting alternate 0 and 0.4: mean 0.2, s about 0.21. At n = 10 the half-width is
    // 2.262 · 0.211 / 3.162 = 0.15 children: 75% of the mean, so a precision relative to the mean
    // is never reached, but within ±5% of the 10-children floor (0.5), so 10 is the solution.
    const small = Array.from({ length: 40 }, (_, r) => (r % 2 === 0 ? 0 : 0.4));
    const outcome = decideReplications(records(small), 40, RULE, [X]);
    expect(outcome).toMatchObject({ met: true, solution: 10, replications: 15 });
    // At the 15 kept the half-width is still about 60% of the mean.
    expect(outcome?.widest?.relativeHalfWidth).toBeGreaterThan(0.5);
    // A unit without a floor (referrals per year) is still judged against its mean.
    const referrals = small.map((x, replication) => ({ scenario: 'a', replication, metrics: { scalars: { referralsPerYear: x } } }) as unknown as ReplicationRecord);
    expect(decideReplications(referrals, 40, RULE, ['referralsPerYear'])).toMatchObject({ met: false, replications: 40 });
    // Missed chances a year (children per year) near 5 with a spread: ±6% of the mean, within ±5% of 10.
    const missed = Array.from({ length: 40 }, (_, r) => (r % 2 === 0 ? 5.2 : 6.2)).map((x, replication) => ({ scenario: 'a', replication, metrics: { scalars: { missedChancesPerYear: x } } }) as unknown as ReplicationRecord);
    const judged = decideReplications(missed, 40, RULE, ['missedChancesPerYear']);
    expect(judged).toMatchObject({ met: true, solution: 10, replications: 15 });
    // run.json's outcome says what was allowed: ±5% of 10 = 0.5 a year, against a half-width under it.
    expect(judged?.widest?.allowedHalfWidth).toBeCloseTo(0.5, 10);
    expect(judged?.widest?.halfWidth).toBeLessThan(0.5);
    expect(judged?.floors).toMatchObject({ 'children per year': 10 });
  });

  it('counts a measure with no spread as precise', () => {
    expect(decideReplications(records(new Array<number>(15).fill(0)), 15, RULE, [X])).toMatchObject({ met: true, replications: 15 });
  });
});

describe('lookAheadAt(rule, n) and checkReplicationRule(rule)', () => {
  it('grows the look-ahead in proportion above 100 replications', () => {
    expect(lookAheadAt(RULE, 100)).toBe(5);
    expect(lookAheadAt(RULE, 300)).toBe(15);
  });

  it('names the field of a bad rule', () => {
    expect(() => checkReplicationRule({ ...RULE, precision: 0 })).toThrow(/precision/);
    expect(() => checkReplicationRule({ ...RULE, maxReplications: 5 })).toThrow(/maxReplications/);
    expect(() => checkReplicationRule({ ...RULE, minReplications: 1 })).toThrow(/minReplications/);
  });
});

describe('runSequentialExperiment(scenarios, options, rule)', () => {
  const loose: ReplicationRule = { precision: 10, minReplications: 2, maxReplications: 6, lookAhead: 1 };

  it('stops, and returns exactly what a fixed run of that many replications returns', async () => {
    const auto = await runSequentialExperiment(scenarioPair(), { seed: SEED, jobs: 1 }, loose);
    expect(auto.replicationRule?.met).toBe(true);
    const n = auto.replications;
    expect(n).toBeLessThanOrEqual(loose.maxReplications);
    const fixed = await runExperiment(scenarioPair(), { seed: SEED, jobs: 1, replications: n });
    expect(auto.records).toEqual(fixed.records);
  });

  it('is deterministic: the same seed gives the same count and records', async () => {
    const rule: ReplicationRule = { precision: 0.2, minReplications: 2, maxReplications: 6, lookAhead: 1 };
    const first = await runSequentialExperiment(scenarioPair(), { seed: SEED, jobs: 1 }, rule);
    const second = await runSequentialExperiment(scenarioPair(), { seed: SEED, jobs: 1 }, rule);
    expect(second).toEqual(first);
  });

  it('respects the maximum when the precision is out of reach', async () => {
    const strict: ReplicationRule = { precision: 1e-9, minReplications: 2, maxReplications: 4, lookAhead: 1 };
    const raw = await runSequentialExperiment(scenarioPair().slice(0, 1), { seed: SEED, jobs: 1 }, strict);
    expect(raw.replicationRule).toMatchObject({ met: false, replications: 4 });
    expect(raw.records.map((r) => r.replication)).toEqual([0, 1, 2, 3]);
  });
});
