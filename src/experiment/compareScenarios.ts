import { METRICS } from '../model/index.js';
import { pairedDifference } from '../stats/index.js';
import { metricValues } from './metricValues.js';
import type { Comparison, MetricSummary, ReplicationRecord } from './types.js';

/**
 * Paired differences (comparison − baseline) per METRICS id under common random numbers, paired by
 * replication index over the replications where both scenarios report the metric; metrics with no
 * such pair are left out (`interval.n` gives the number of pairs).
 */
export function compareScenarios(
  baseline: { name: string; records: readonly ReplicationRecord[] },
  comparison: { name: string; records: readonly ReplicationRecord[] },
): Comparison {
  const differences: MetricSummary[] = [];
  for (const m of METRICS) {
    const a = metricValues(baseline.records, m.id);
    const b = metricValues(comparison.records, m.id);
    const paired = [...a.keys()].filter((r) => b.has(r)).sort((x, y) => x - y);
    const interval = pairedDifference(paired.map((r) => a.get(r) as number), paired.map((r) => b.get(r) as number));
    if (interval !== undefined) differences.push({ id: m.id, label: m.label, unit: m.unit, interval });
  }
  return { baseline: baseline.name, comparison: comparison.name, differences };
}
