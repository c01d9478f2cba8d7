import type { MetricId, ReplicationRecord } from './types.js';

/** A metric's finite values by replication index, skipping replications where it is missing (e.g. no completed waits). */
export function metricValues(records: readonly ReplicationRecord[], id: MetricId): Map<number, number> {
  const values = new Map<number, number>();
  for (const record of records) {
    const v = record.metrics.scalars[id];
    if (v !== undefined && Number.isFinite(v)) values.set(record.replication, v);
  }
  return values;
}
