import { mser5 } from '../stats/index.js';
import type { MetricId, ReplicationRecord, RunawaySummary, SettlingSummary } from './types.js';

/** The series the warm-up analysis reads, with what each is. */
const SETTLING_MEASURES = [
  { id: 'unallocated', label: 'new referrals waiting for a first allocation' },
  { id: 'caseloadMean', label: 'average caseload per social worker' },
] as const;

/** How the warm-up is checked, in words for the run record. */
export const SETTLING_METHOD =
  'MSER-5 (White, Cobb and Spratt 2000) on the mean across replications of each weekly series from day 0, warm-up included: ' +
  'the truncation point that minimises the squared standard error of the mean of what remains, searched over the first half of the run. ' +
  'The configured warm-up is sufficient when it is at least every series\' truncation point.';

function meanAcross(series: readonly (readonly number[])[]): number[] {
  const n = Math.min(...series.map((s) => s.length));
  if (!Number.isFinite(n)) return [];
  return Array.from({ length: n }, (_, i) => series.reduce((sum, s) => sum + (s[i] as number), 0) / series.length);
}

/**
 * Whether the scenario's warm-up was long enough, by MSER-5 on each settling series (the mean of
 * the replications). `undefined` when no record carries a settling series.
 */
export function summarizeSettling(records: readonly ReplicationRecord[]): SettlingSummary | undefined {
  const first = records[0];
  if (first === undefined || first.settling.time.length === 0) return undefined;
  const time = first.settling.time;
  const warmupDays = first.window.warmupEnd;
  const measures = SETTLING_MEASURES.map((m) => {
    const mean = meanAcross(records.map((r) => r.settling[m.id]));
    const result = mser5(mean);
    const truncationDays = time[result.truncation] ?? time[time.length - 1] ?? 0;
    return { id: m.id, label: m.label, truncationDays, reliable: result.reliable };
  });
  return {
    method: SETTLING_METHOD,
    warmupDays,
    measures,
    sufficient: measures.every((m) => m.reliable && m.truncationDays <= warmupDays),
  };
}

/** How each replication is tested for a runaway, in words for the run record. */
export const TREND_METHOD =
  'Per replication, the weekly series of the measured window are read in batch means (quarters for runs of two years or more, ' +
  'four weeks otherwise, which tames week-to-week correlation and school holidays) and tested for an upward trend by a one-sided ' +
  'Mann–Kendall test at the 1% level; a series counts as rising when the test is significant and its Theil–Sen rise over the ' +
  'window is at least 10% of its mean and at least 5 children (queues) or half a case (caseloads). A queue of new referrals ' +
  'holding four weeks of arrivals or more on average counts as overwhelmed even when it no longer rises.';

/** How many of a scenario's replications ran away, by the per-replication trend tests. */
export function summarizeRunaway(records: readonly ReplicationRecord[]): RunawaySummary {
  const count = (id: MetricId) => records.filter((r) => r.metrics.scalars[id] === 1).length;
  return {
    replications: records.length,
    queueRising: count('unallocatedRising'),
    queueOverwhelmed: count('unallocatedOverwhelmed'),
    caseloadRising: count('caseloadMeanRising'),
    screeningRising: count('screeningQueueRising'),
  };
}
