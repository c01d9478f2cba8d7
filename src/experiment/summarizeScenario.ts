import { DELAY_BIN_EDGES, METRICS, MILESTONES, survivalGrid } from '../model/index.js';
import type { MilestoneId } from '../model/index.js';
import type { Scenario } from '../scenario/schema.js';
import { quantileBands, summarizeReplications } from '../stats/index.js';
import type { Interval, SummarizeOptions } from '../stats/index.js';
import { metricValues } from './metricValues.js';
import { summarizeRunaway, summarizeSettling } from './summarizeSettling.js';
import { scenarioFacts } from './scenarioFacts.js';
import type { BandPoint, CompactSeries, FanSeries, MetricSummary, ReplicationRecord, ScenarioSummary } from './types.js';

const FAN_PROBS = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
const BAND_PROBS = [0.5, 0.025, 0.975] as const;

/** Row i of quantile band k, NaN where missing. */
const at = (bands: number[][], k: number, i: number): number => bands[k]?.[i] ?? NaN;

/**
 * Shares get the logit-scale interval, which stays within 0–100%; every other metric (a count, a rate,
 * working days, or a 'share' above 1) cannot be negative, so its Student-t interval is cut at 0. Values
 * from elsewhere (a shard given to merge) that break these bounds keep the plain Student-t interval.
 */
function shareOptions(unit: string, values: readonly number[]): SummarizeOptions {
  if (values.some((v) => v < 0)) return {};
  return unit === 'share' && values.every((v) => v <= 1) ? { bounds: [0, 1] } : { nonNegative: true };
}

function metrics(records: readonly ReplicationRecord[]): MetricSummary[] {
  const out: MetricSummary[] = [];
  for (const m of METRICS) {
    const values = [...metricValues(records, m.id).values()];
    const interval = summarizeReplications(values, shareOptions(m.unit, values));
    if (interval !== undefined) out.push({ id: m.id, label: m.label, unit: m.unit, interval });
  }
  return out;
}

function delays(records: readonly ReplicationRecord[]): ScenarioSummary['delays'] {
  const out = {} as ScenarioSummary['delays'];
  for (const m of MILESTONES) {
    const id: MilestoneId = m.id;
    const results = records.map((r) => r.metrics.delays[id]);
    const bands = quantileBands(results.map((d) => d.survival), BAND_PROBS);
    const survival: BandPoint[] = records.length === 0 ? [] : survivalGrid(m.gridMaxWorkingDays).map((x, i) => ({
      x, median: at(bands, 0, i), low: at(bands, 1, i), high: at(bands, 2, i),
    }));
    // Replications without a completed wait have no distribution of waits, so they do not count here.
    // With no completed wait in any replication there are no shares to show: no bins (no data).
    const withWaits = results.filter((d) => d.completed > 0);
    const bins = withWaits.length === 0 ? [] : DELAY_BIN_EDGES.slice(0, -1).map((lower, b) => ({
      lower,
      upper: DELAY_BIN_EDGES[b + 1] as number,
      share: withWaits.reduce((sum, d) => sum + (d.bins[b] ?? 0), 0) / withWaits.length,
    }));
    out[id] = { survival, bins };
  }
  return out;
}

function weekly(records: readonly ReplicationRecord[], key: keyof CompactSeries, probs: readonly number[]): { x: number[]; bands: number[][] } {
  return { x: records[0]?.series.time ?? [], bands: quantileBands(records.map((r) => r.series[key]), probs) };
}

function fans(records: readonly ReplicationRecord[]): ScenarioSummary['fans'] {
  const fan = (key: FanSeries) => {
    const { x, bands } = weekly(records, key, FAN_PROBS);
    return x.map((day, i) => ({
      x: day, p05: at(bands, 0, i), p25: at(bands, 1, i), p50: at(bands, 2, i), p75: at(bands, 3, i), p95: at(bands, 4, i),
    }));
  };
  return {
    unallocated: fan('unallocated'), awaitingReallocation: fan('awaitingReallocation'), inHandover: fan('inHandover'), heldOnDuty: fan('heldOnDuty'),
  };
}

function staffing(records: readonly ReplicationRecord[]): ScenarioSummary['staffing'] {
  const median = (key: keyof CompactSeries) => weekly(records, key, [0.5]).bands[0] ?? [];
  const [permanent, agency, vacancies, leavers] = (['permanent', 'agency', 'vacancies', 'leavers'] as const).map(median);
  return (records[0]?.series.time ?? []).map((x, i) => ({
    x, permanent: permanent?.[i] ?? NaN, agency: agency?.[i] ?? NaN, vacancies: vacancies?.[i] ?? NaN, leavers: leavers?.[i] ?? NaN,
  }));
}

/** Per bucket of changes, an interval over the replications that allocated a referral (the others have no shares). */
function workerChanges(records: readonly ReplicationRecord[]): Interval[] {
  let buckets = 0;
  for (const r of records) buckets = Math.max(buckets, r.metrics.workerChanges.length);
  const out: Interval[] = [];
  for (let k = 0; k < buckets; k++) {
    const values = records.flatMap((r) => r.metrics.workerChanges[k] ?? []);
    const interval = summarizeReplications(values, shareOptions('share', values));
    if (interval !== undefined) out.push(interval);
  }
  return out;
}

/**
 * Summarises one scenario's replications (records of that scenario, in replication order): each
 * METRICS id across the replications that report it (metrics no replication reports are left out;
 * `interval.n` says how many did), delay survival bands and bin shares, weekly fans, staffing
 * medians and worker-change intervals, and the scenario's facts (dates, caseload cap) for readers.
 * Series are assumed to share one weekly grid (one horizon).
 */
export function summarizeScenario(name: string, records: readonly ReplicationRecord[], scenario: Scenario): ScenarioSummary {
  const settling = summarizeSettling(records);
  return {
    name,
    metrics: metrics(records),
    delays: delays(records),
    fans: fans(records),
    staffing: staffing(records),
    workerChanges: workerChanges(records),
    ...(settling === undefined ? {} : { settling }),
    runaway: summarizeRunaway(records),
    facts: scenarioFacts(scenario, records[0]?.series.time ?? []),
  };
}
