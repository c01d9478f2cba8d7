import { beforeAll, describe, expect, it } from 'vitest';
import { runExperiment, summarizeExperiment } from '../../src/experiment/index.js';
import type { ExperimentRaw, ExperimentSummary, MetricId, ReplicationRecord } from '../../src/experiment/index.js';
import { DELAY_BIN_EDGES, METRICS, MILESTONES, survivalGrid } from '../../src/model/index.js';
import { pairedDifference, quantile, summarizeReplications } from '../../src/stats/index.js';
import { REPLICATIONS, SEED, scenarioPair } from './fixtures.js';
import { loadedSmall } from './smallScenario.js';

let raw: ExperimentRaw;
let summary: ExperimentSummary;

const recordsOf = (r: ExperimentRaw, name: string): ReplicationRecord[] => r.records.filter((x) => x.scenario === name);
const copy = (r: ExperimentRaw): ExperimentRaw => structuredClone(r);

beforeAll(async () => {
  raw = await runExperiment(scenarioPair(), { seed: SEED, replications: REPLICATIONS, jobs: 1 });
  summary = summarizeExperiment(raw, scenarioPair());
});

describe('summarizeExperiment', () => {
  it('summarises each metric with summarizeReplications over the replications', () => {
    const values = recordsOf(raw, 'baseline').map((r) => r.metrics.scalars.unallocatedMean as number);
    const metric = summary.scenarios[0]?.metrics.find((m) => m.id === 'unallocatedMean');
    expect(metric).toMatchObject({ id: 'unallocatedMean', label: 'New referrals waiting for a first allocation (average)', unit: 'children' });
    expect(metric?.interval).toEqual(summarizeReplications(values, { nonNegative: true }));
    expect(metric?.interval.n).toBe(REPLICATIONS);
    expect(summary.seed).toBe(SEED);
    expect(summary.replications).toBe(REPLICATIONS);
  });

  it('never gives a metric an interval below 0 (none can be negative), cutting only where the t-interval reaches below it', () => {
    const scenario = summary.scenarios[0]!;
    let cut = 0;
    for (const metric of scenario.metrics) {
      expect(metric.interval.ciLow, metric.id).toBeGreaterThanOrEqual(0);
      if (metric.interval.ciMethod !== 'student-t-nonnegative') continue;
      const values = recordsOf(raw, 'baseline').map((r) => r.metrics.scalars[metric.id]).filter((v) => v !== undefined);
      const plain = summarizeReplications(values)!;
      expect(metric.interval.ciHigh, metric.id).toBe(plain.ciHigh);
      expect(metric.interval.ciLow, metric.id).toBe(Math.max(0, plain.ciLow));
      if (plain.ciLow < 0) cut++;
    }
    // The small scenario has metrics near 0 (e.g. agency-end changes), so the cut is exercised here.
    expect(cut).toBeGreaterThan(0);
  });

  it('gives a metric with a negative value from elsewhere (a foreign shard) the plain interval instead of failing', () => {
    const odd = copy(raw);
    odd.records[0]!.metrics.scalars.caseloadMean = -1;
    const metric = summarizeExperiment(odd, scenarioPair()).scenarios[0]?.metrics.find((m) => m.id === 'caseloadMean');
    const values = recordsOf(odd, 'baseline').map((r) => r.metrics.scalars.caseloadMean as number);
    expect(metric?.interval).toEqual(summarizeReplications(values));
    expect(metric?.interval.ciMethod).toBe('student-t');
  });

  it('lists metrics in METRICS order and reports n when some replications lack a metric', () => {
    const ids = summary.scenarios[0]!.metrics.map((m) => m.id);
    expect(ids).toEqual(METRICS.map((m) => m.id).filter((id) => ids.includes(id)));
    const gappy = copy(raw);
    delete gappy.records[2]!.metrics.scalars.caseloadMean;
    const metric = summarizeExperiment(gappy, scenarioPair()).scenarios[0]?.metrics.find((m) => m.id === 'caseloadMean');
    const kept = recordsOf(gappy, 'baseline').filter((r) => r.replication !== 2).map((r) => r.metrics.scalars.caseloadMean as number);
    expect(metric?.interval).toEqual(summarizeReplications(kept, { nonNegative: true }));
    expect(metric?.interval.n).toBe(REPLICATIONS - 1);
  });

  it('leaves a replication that allocated no referral out of the worker-change shares, and leaves the metric out when none did', () => {
    const noAllocation = copy(raw);
    noAllocation.records[0]!.metrics.workerChanges = [];
    const kept = recordsOf(noAllocation, 'baseline').slice(1).map((r) => r.metrics.workerChanges[0] as number);
    const changes = summarizeExperiment(noAllocation, scenarioPair()).scenarios[0]!.workerChanges;
    expect(changes).toHaveLength(5);
    expect(changes[0]?.n).toBe(REPLICATIONS - 1);
    expect(changes[0]?.mean).toBeCloseTo(kept.reduce((a, b) => a + b, 0) / kept.length, 12);
    const none = copy(raw);
    for (const r of recordsOf(none, 'baseline')) {
      r.metrics.workerChanges = [];
      delete r.metrics.scalars.workerChangesMean;
    }
    const scenario = summarizeExperiment(none, scenarioPair()).scenarios[0]!;
    expect(scenario.workerChanges).toEqual([]);
    expect(scenario.metrics.find((m) => m.id === 'workerChangesMean')).toBeUndefined();
  });

  it('gives survival bands on the milestone grid as pointwise quantiles across replications', () => {
    const id = 'contactToDecision';
    const m = MILESTONES.find((x) => x.id === id)!;
    const band = summary.scenarios[0]!.delays[id].survival;
    expect(band.map((p) => p.x)).toEqual(survivalGrid(m.gridMaxWorkingDays));
    const curves = recordsOf(raw, 'baseline').map((r) => r.metrics.delays[id].survival);
    for (const i of [0, 1, 10, 60]) {
      const column = curves.map((c) => c[i] as number);
      expect(band[i]?.median).toBe(quantile(column, 0.5));
      expect(band[i]?.low).toBe(quantile(column, 0.025));
      expect(band[i]?.high).toBe(quantile(column, 0.975));
    }
  });

  it('gives mean bin shares on DELAY_BIN_EDGES that sum to 1 where waits completed', () => {
    for (const m of MILESTONES) {
      const bins = summary.scenarios[0]!.delays[m.id].bins;
      expect(bins.map((b) => b.lower)).toEqual(DELAY_BIN_EDGES.slice(0, -1));
      expect(bins.map((b) => b.upper)).toEqual(DELAY_BIN_EDGES.slice(1));
      const completed = recordsOf(raw, 'baseline').some((r) => r.metrics.delays[m.id].completed > 0);
      // A mean of distributions that each sum to 1; tolerance covers floating-point rounding only.
      expect(bins.reduce((s, b) => s + b.share, 0)).toBeCloseTo(completed ? 1 : 0, 9);
    }
    const shares = recordsOf(raw, 'baseline').map((r) => r.metrics.delays.contactToDecision.bins[0] as number);
    expect(summary.scenarios[0]!.delays.contactToDecision.bins[0]?.share).toBeCloseTo(shares.reduce((a, b) => a + b, 0) / shares.length, 12);
  });

  it('gives ordered weekly fans and staffing medians on the snapshot days', () => {
    const records = recordsOf(raw, 'baseline');
    const s = summary.scenarios[0]!;
    for (const fan of [s.fans.unallocated, s.fans.heldOnDuty]) {
      expect(fan.map((p) => p.x)).toEqual(records[0]?.series.time);
      for (const p of fan) expect(p.p05 <= p.p25 && p.p25 <= p.p50 && p.p50 <= p.p75 && p.p75 <= p.p95).toBe(true);
    }
    const week = 3;
    expect(s.fans.unallocated[week]?.p95).toBe(quantile(records.map((r) => r.series.unallocated[week] as number), 0.95));
    expect(s.staffing[week]).toEqual({
      x: records[0]?.series.time[week],
      permanent: quantile(records.map((r) => r.series.permanent[week] as number), 0.5),
      agency: quantile(records.map((r) => r.series.agency[week] as number), 0.5),
      vacancies: quantile(records.map((r) => r.series.vacancies[week] as number), 0.5),
      leavers: quantile(records.map((r) => r.series.leavers[week] as number), 0.5),
    });
  });

  it('summarises the share of referrals with 0..4+ changes of social worker per bucket', () => {
    const records = recordsOf(raw, 'baseline');
    const changes = summary.scenarios[0]!.workerChanges;
    expect(changes).toHaveLength(5);
    // Shares, so their intervals are bounded to [0, 1].
    changes.forEach((interval, k) => expect(interval).toEqual(summarizeReplications(records.map((r) => r.metrics.workerChanges[k] as number), { bounds: [0, 1] })));
    expect(changes.reduce((sum, c) => sum + c.mean, 0)).toBeCloseTo(1, 9);
  });

  it('compares every later scenario with the first by paired differences over replications', () => {
    expect(summary.comparisons.map((c) => [c.baseline, c.comparison])).toEqual([['baseline', 'more-posts']]);
    const diffs = summary.comparisons[0]!.differences;
    const value = (name: string, id: MetricId) => recordsOf(raw, name).map((r) => r.metrics.scalars[id] as number);
    const d = diffs.find((x) => x.id === 'unallocatedMean');
    expect(d?.interval).toEqual(pairedDifference(value('baseline', 'unallocatedMean'), value('more-posts', 'unallocatedMean')));
    // Same arrivals under common random numbers: no difference at all in contacts.
    const contacts = diffs.find((x) => x.id === 'contactsPerYear')?.interval;
    expect([contacts?.mean, contacts?.sd, contacts?.n]).toEqual([0, 0, REPLICATIONS]);
  });

  it('pairs by replication index, using only replications both scenarios have', () => {
    const gappy = copy(raw);
    gappy.records = gappy.records.filter((r) => !(r.scenario === 'more-posts' && r.replication === 1)).reverse();
    const d = summarizeExperiment(gappy, scenarioPair()).comparisons[0]!.differences.find((x) => x.id === 'caseloadMean')!;
    const by = (name: string) => new Map(recordsOf(raw, name).map((r) => [r.replication, r.metrics.scalars.caseloadMean as number]));
    const a = by('baseline');
    const b = by('more-posts');
    const kept = [0, 2, 3, 4];
    expect(d.interval).toEqual(pairedDifference(kept.map((r) => a.get(r)!), kept.map((r) => b.get(r)!)));
  });

  it('makes one comparison per later scenario, each against the first', async () => {
    const third = loadedSmall('fewer-posts', (s) => {
      s.demand.returns.afterReferral = 0;
      s.demand.returns.afterContact = 0;
      s.workforce.posts = 4;
    });
    const three = await runExperiment([...scenarioPair(), third], { seed: SEED, replications: 2, jobs: 1 });
    const result = summarizeExperiment(three, [...scenarioPair(), third]);
    expect(result.comparisons.map((c) => `${c.comparison} vs ${c.baseline}`)).toEqual(['more-posts vs baseline', 'fewer-posts vs baseline']);
    expect(result.scenarios.map((s) => s.name)).toEqual(['baseline', 'more-posts', 'fewer-posts']);
  });

  it('summarises a scenario without records as empty', () => {
    const empty = summarizeExperiment({ ...raw, records: [] }, scenarioPair());
    const s = empty.scenarios[0]!;
    expect([s.metrics, s.fans.unallocated, s.staffing, s.workerChanges, s.delays.contactToDecision.survival]).toEqual([[], [], [], [], []]);
    expect(empty.comparisons[0]?.differences).toEqual([]);
  });

  it('carries the measured window of each scenario as dates, its weekly snapshot dates and its caseload cap', () => {
    // The small scenario starts on Monday 2022-01-03 with a 60-day warm-up and one measured year (365 days).
    const facts = summary.scenarios[0]!.facts;
    expect(facts).toMatchObject({ startDate: '2022-01-03', measuredStartDate: '2022-03-04', measuredEndDate: '2023-03-04', warmupEndDay: 60, endDay: 425 });
    expect(facts.caseloadCap).toBe(scenarioPair()[0]!.scenario.workforce.caseloadCap);
    expect(facts.weekDates).toHaveLength(summary.scenarios[0]!.fans.unallocated.length);
    expect(facts.weekDates[0]).toBe('2022-03-04');
    const days = facts.weekDates.map((d) => Date.parse(`${d}T00:00:00Z`) / 86_400_000);
    expect(days.slice(1).map((d, i) => d - days[i]!)).toEqual(days.slice(1).map(() => 7));
  });

  it('defines every metric in METRICS order and each milestone with its timescale and source', () => {
    expect(summary.definitions.metrics.map((m) => m.id)).toEqual(METRICS.map((m) => m.id));
    expect(summary.definitions.metrics.find((m) => m.id === 'unallocatedMean')).toMatchObject({ unit: 'children', better: 'lower', headline: true });
    const assessment = summary.definitions.milestones.find((m) => m.id === 'referralToAssessment');
    expect(assessment?.targetWorkingDays).toBe(45);
    expect(assessment?.source).toMatch(/^Working Together/);
    expect(summary.definitions.milestones.find((m) => m.id === 'referralToAllocation')?.targetWorkingDays).toBeUndefined();
  });

  it('throws naming the scenario when its resolved scenario is not given', () => {
    expect(() => summarizeExperiment(raw, scenarioPair().slice(0, 1))).toThrow(/more-posts/);
  });
});
