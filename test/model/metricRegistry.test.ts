import { describe, expect, expectTypeOf, it } from 'vitest';
import { METRICS, METRIC_IDS, isMetricId } from '../../src/model/index.js';
import type { DelayMetricId, MetricDefinition, MetricId, ReplicationMetrics } from '../../src/model/index.js';

describe('METRICS', () => {
  it('gives each metric id once, in the order of METRIC_IDS', () => {
    expect(new Set(METRIC_IDS).size).toBe(METRICS.length);
    expect(METRICS.map((m) => m.id)).toEqual(METRIC_IDS);
  });
});

describe('isMetricId(id)', () => {
  it('accepts a registered id and refuses a misspelt one', () => {
    expect(isMetricId('unallocatedMean')).toBe(true);
    expect(isMetricId('referralToAssessment.withinTarget')).toBe(true);
    expect(isMetricId('unalocatedMean')).toBe(false);
    // referralToAllocation has no timescale, so no share within it.
    expect(isMetricId('referralToAllocation.withinTarget')).toBe(false);
  });
});

// Checked by `npm run typecheck`: the ids are a closed set, so a misspelt id fails to compile.
describe('MetricId', () => {
  it('is a closed set of ids, not any string', () => {
    expectTypeOf<string>().not.toExtend<MetricId>();
    expectTypeOf<MetricDefinition['id']>().toEqualTypeOf<MetricId>();
    expectTypeOf<'referralToAssessment.p90'>().toExtend<DelayMetricId>();
    expectTypeOf<'referralToAllocation.withinTarget'>().not.toExtend<MetricId>();
  });

  it('keys the scalars of a replication', () => {
    expectTypeOf<keyof ReplicationMetrics['scalars']>().toEqualTypeOf<MetricId>();
    expectTypeOf<ReplicationMetrics['scalars']['unallocatedMean']>().toEqualTypeOf<number | undefined>();
    const scalars: ReplicationMetrics['scalars'] = { unallocatedMean: 1 };
    // @ts-expect-error a misspelt metric id is not a key of the scalars
    expect(scalars.unalocatedMean).toBeUndefined();
    // @ts-expect-error a misspelt metric id is not a MetricId
    const misspelt: MetricId = 'unalocatedMean';
    expect(isMetricId(misspelt)).toBe(false);
  });
});
