import type {
  CaseloadHeatmapInput, DelayCurveInput, DelayHistogramInput, DifferenceInput, FanChartInput, FanLimit, FanPoint, LeaversPoint, Milestone, StaffingInput, SweepInput,
  Timescale, WithinTargetInput, WorkerChangeCount, WorkerChangesInput,
} from '../charts/index.js';
import type {
  Calendar, Comparison, ExperimentRaw, ExperimentSummary, MetricDefinition, MilestoneId, ScenarioSummary,
} from '../experiment/index.js';
import { ScenarioSchema, schemaDescriptionAt } from '../scenario/index.js';
import type { Scenario } from '../scenario/index.js';
import { pointValue } from './sweepDesign.js';
import type { SweepDesign } from './sweepDesign.js';

// Adapters from experiment results to the chart layer's inputs. Shares stay fractions for the
// share charts (they draw 0–100%); differences and sweeps of shares are turned into percentage points.

const WORKER_CHANGE_COUNTS: readonly WorkerChangeCount[] = [0, 1, 2, 3, '4+'];

/** Which children a milestone's timescale applies to, when not all. */
const APPLIES_TO: Partial<Record<MilestoneId, string>> = {
  allocationToSeenProtection: 'child protection',
  allocationToSeenNeed: 'child in need',
};

/** A milestone of the summary as the charts describe it: statutory when its source is Working Together, else a local standard. */
export function chartMilestone(summary: ExperimentSummary, id: MilestoneId): Milestone {
  const m = summary.definitions.milestones.find((x) => x.id === id);
  if (m === undefined) throw new RangeError(`chartMilestone: unknown milestone ${id}`);
  const timescales: Timescale[] = m.targetWorkingDays === undefined ? [] : [{
    workingDays: m.targetWorkingDays,
    kind: m.source.startsWith('Working Together') ? 'statutory' : 'local',
    ...(APPLIES_TO[id] === undefined ? {} : { appliesTo: APPLIES_TO[id] }),
  }];
  return { id, label: m.label, timescales };
}

/** What every per-milestone chart input starts with: the milestone and the scenarios, in run order. */
function milestoneHeader(summary: ExperimentSummary, id: MilestoneId): { milestone: Milestone; scenarios: string[] } {
  return { milestone: chartMilestone(summary, id), scenarios: summary.scenarios.map((s) => s.name) };
}

/** "Share still waiting" bands per scenario for one milestone. */
export function delayCurveInput(summary: ExperimentSummary, id: MilestoneId): DelayCurveInput {
  return {
    ...milestoneHeader(summary, id),
    series: summary.scenarios.map((s) => ({
      scenario: s.name,
      points: s.delays[id].survival.map((p) => ({ t: p.x, median: p.median, low: p.low, high: p.high })),
    })),
  };
}

/** How wide, in working days, the open last bin (61+ working days) is drawn. */
const OPEN_BIN_BAR_DAYS = 10;

/** Mean bin shares of completed waits per scenario; the open last bin (61+ working days) is drawn OPEN_BIN_BAR_DAYS wide and marked open-ended. */
export function delayHistogramInput(summary: ExperimentSummary, id: MilestoneId): DelayHistogramInput {
  return {
    ...milestoneHeader(summary, id),
    series: summary.scenarios.map((s) => ({
      scenario: s.name,
      bins: s.delays[id].bins.map((b) => (b.upper > b.lower + OPEN_BIN_BAR_DAYS
        ? { lower: b.lower, upper: b.lower + OPEN_BIN_BAR_DAYS, share: b.share, openEnded: true }
        : { lower: b.lower, upper: b.upper, share: b.share })),
    })),
  };
}

/** Share within timescale per milestone that has one, per scenario, with its 95% CI. */
export function withinTargetInput(summary: ExperimentSummary): WithinTargetInput {
  const rows = summary.definitions.milestones.flatMap((m) => {
    const target = m.targetWorkingDays;
    if (target === undefined) return [];
    return summary.scenarios.flatMap((s) => {
      const found = s.metrics.find((x) => x.id === `${m.id}.withinTarget`);
      if (found === undefined) return [];
      return [{ milestone: m.id, label: m.label, scenario: s.name, mean: found.interval.mean, ciLow: found.interval.ciLow, ciHigh: found.interval.ciHigh, targetWorkingDays: target }];
    });
  });
  return { scenarios: summary.scenarios.map((s) => s.name), rows };
}

/** Weekly fan points grouped by calendar month: the mean and each quantile the mean of the month's weekly values, dated the month's first day. */
export function monthlyFanPoints(points: readonly FanPoint[]): FanPoint[] {
  const months = new Map<string, FanPoint[]>();
  for (const p of points) {
    const month = `${p.date.slice(0, 7)}-01`;
    months.set(month, [...(months.get(month) ?? []), p]);
  }
  const mean = (xs: readonly FanPoint[], k: 'mean' | 'p05' | 'p25' | 'p50' | 'p75' | 'p95') => xs.reduce((a, p) => a + p[k], 0) / xs.length;
  return [...months].map(([date, xs]) => ({
    date, mean: mean(xs, 'mean'), p05: mean(xs, 'p05'), p25: mean(xs, 'p25'), p50: mean(xs, 'p50'), p75: mean(xs, 'p75'), p95: mean(xs, 'p95'),
  }));
}

/**
 * The mean across a scenario's replications in `raw` of a weekly series, week by week (the summary's
 * fans carry quantiles only); NaN for a week no replication reached.
 */
export function weeklyMeans(raw: ExperimentRaw, scenario: string, key: 'unallocated' | 'heldOnDuty'): number[] {
  const series = raw.records.filter((r) => r.scenario === scenario).map((r) => r.series[key]);
  const weeks = Math.max(0, ...series.map((x) => x.length));
  return Array.from({ length: weeks }, (_, week) => {
    const values = series.flatMap((x) => x[week] ?? []);
    return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
  });
}

/**
 * Fan of a count (children waiting for allocation, or held on duty) by calendar month, dated by each
 * scenario's weekly snapshot dates: the mean across the replications in `raw` (so the line averages
 * to the tables' mean) with the summary's quantile bands; `limits` are ceilings of the model to mark
 * (the duty capacity).
 */
export function fanChartInput(summary: ExperimentSummary, raw: ExperimentRaw, key: 'unallocated' | 'heldOnDuty', limits: readonly FanLimit[] = []): FanChartInput {
  return {
    title: key === 'unallocated' ? 'Children waiting for allocation' : 'Children held on duty or by a manager',
    yTitle: 'Children (count)',
    scenarios: summary.scenarios.map((s) => s.name),
    series: summary.scenarios.map((s) => {
      const means = weeklyMeans(raw, s.name, key);
      return {
        scenario: s.name,
        points: monthlyFanPoints(s.fans[key].map(({ x: _x, ...q }, week) => ({ date: s.facts.weekDates[week] ?? '', mean: means[week] ?? Number.NaN, ...q }))),
      };
    }),
    periodNote: 'Each point: a calendar month, the mean of its weekly counts.',
    ...(limits.length === 0 ? {} : { limits }),
  };
}

/** The duty capacity of each scenario with every duty worker present (duty workers × cases each): held-on-duty counts stop there. */
export function dutyCapacityLimits(scenarios: readonly { name: string; resolved: Scenario }[]): FanLimit[] {
  return scenarios.map((s) => {
    const duty = s.resolved.allocation.heldOnDuty;
    const value = duty.dutyWorkers * duty.casesPerDutyWorker;
    return { scenario: s.name, value, label: `${s.name}: duty capacity ${value} (${duty.dutyWorkers} × ${duty.casesPerDutyWorker})` };
  });
}

/** Weeks in a leavers period of the staffing chart: four, so every period is equally long (calendar months are not). */
export const LEAVER_PERIOD_WEEKS = 4;

/**
 * Leavers of a scenario per whole period of `weeks` weekly snapshots, mean across its replications in
 * `raw`; a period is dated by its first snapshot and a part period at the end is left out.
 */
export function leaversPerPeriod(raw: ExperimentRaw, scenario: string, weekDates: readonly string[], weeks: number): LeaversPoint[] {
  const records = raw.records.filter((r) => r.scenario === scenario);
  const length = Math.min(...records.map((r) => r.series.leavers.length));
  if (records.length === 0) return [];
  const points: LeaversPoint[] = [];
  for (let start = 0; start + weeks <= length; start += weeks) {
    const total = records.reduce((sum, r) => sum + r.series.leavers.slice(start, start + weeks).reduce((a, b) => a + b, 0), 0);
    points.push({ date: weekDates[start] ?? '', mean: total / records.length });
  }
  return points;
}

/** Weekly medians of staffing per scenario, dated by its weekly snapshot dates, and its leavers per LEAVER_PERIOD_WEEKS (mean across replications). */
export function staffingInput(summary: ExperimentSummary, raw: ExperimentRaw): StaffingInput {
  return {
    scenarios: summary.scenarios.map((s) => s.name),
    series: summary.scenarios.map((s) => ({
      scenario: s.name,
      points: s.staffing.map(({ x: _x, leavers: _leavers, ...counts }, week) => ({ date: s.facts.weekDates[week] ?? '', ...counts })),
      leavers: leaversPerPeriod(raw, s.name, s.facts.weekDates, LEAVER_PERIOD_WEEKS),
    })),
    leaverPeriodWeeks: LEAVER_PERIOD_WEEKS,
  };
}

/**
 * Caseload per social worker, fortnightly, for the first sample replication of a scenario; workers
 * never in post during the measured weeks are left out. Undefined when no replication was kept in full.
 */
export function caseloadHeatmapInput(raw: ExperimentRaw, scenario: string, cap: number, calendar: Calendar): CaseloadHeatmapInput | undefined {
  const record = raw.records.find((r) => r.scenario === scenario && r.sample !== undefined);
  const sample = record?.sample;
  if (record === undefined || sample === undefined) return undefined;
  const weeks = record.series.time.map((time, week) => ({ time, week })).filter(({ week }) => week % 2 === 0);
  const inPost = sample.workers.map((_, k) => weeks.some(({ week }) => (sample.caseloads[week]?.[k] ?? null) !== null));
  const cells = sample.workers.flatMap((worker, k) => (!inPost[k] ? [] : weeks.map(({ time, week }) => ({
    worker: worker.label,
    weekStart: calendar.dateOf(time),
    caseload: sample.caseloads[week]?.[k] ?? null,
  }))));
  return { scenario, replication: record.replication, cap, periodDays: 14, cells };
}

/** Share of allocated referrals by changes of social worker (0–3, 4+), per scenario, with 95% CIs. */
export function workerChangesInput(summary: ExperimentSummary): WorkerChangesInput {
  const rows = summary.scenarios.flatMap((s: ScenarioSummary) => s.workerChanges.flatMap((interval, k) => {
    const changes = WORKER_CHANGE_COUNTS[k];
    return changes === undefined ? [] : [{ scenario: s.name, changes, share: interval.mean, low: interval.ciLow, high: interval.ciHigh }];
  }));
  return { scenarios: summary.scenarios.map((s) => s.name), rows };
}

/** A value in a chart's unit: shares as percentages. */
function scaled(value: number, unit: string): number {
  return unit === 'share' ? value * 100 : value;
}

/** Paired differences of the headline metrics (of `metrics`) that have a better direction, for every comparison with the baseline; shares in percentage points. */
export function differenceInput(comparisons: readonly Comparison[], metrics: readonly MetricDefinition[]): DifferenceInput {
  const baseline = comparisons[0]?.baseline;
  if (baseline === undefined) throw new RangeError('differenceInput: no comparison to draw');
  const rows = metrics.filter((m) => m.headline && m.better !== 'neither').flatMap((m) => comparisons.flatMap((comparison) => {
    const d = comparison.differences.find((x) => x.id === m.id);
    if (d === undefined || m.better === 'neither') return [];
    return [{
      comparison: comparison.comparison,
      label: m.label,
      unit: m.unit === 'share' ? 'percentage points' : m.unit,
      mean: scaled(d.interval.mean, m.unit),
      ciLow: scaled(d.interval.ciLow, m.unit),
      ciHigh: scaled(d.interval.ciHigh, m.unit),
      better: m.better,
    }];
  }));
  return { baseline, comparisons: comparisons.map((c) => c.comparison), rows };
}

/**
 * The swept setting in words, from the scenario schema: its own description, or, for a key the
 * schema describes only as part of its mapping (a distribution's `cv`, a risk level), the mapping's
 * first clause with the key after it ('Screening effort per contact, hours: cv'), so the mapping's
 * unit is not read as the key's. Undefined when nothing on its path is described.
 */
export function sweptDescription(path: string): string | undefined {
  const keys = path.split('.');
  const own = schemaDescriptionAt(ScenarioSchema, keys);
  if (own === undefined || keys.length < 2 || own !== schemaDescriptionAt(ScenarioSchema, keys.slice(0, -1))) return own;
  return `${own.split(';')[0]?.trim() ?? own}: ${keys.at(-1) ?? ''}`;
}

/**
 * One sweep chart per headline metric: the first axis on x (its values must be numbers), and the
 * other axes' values as series. Undefined when the first axis is not numeric.
 */
export function sweepInputs(summary: ExperimentSummary, sweep: SweepDesign): { id: string; input: SweepInput }[] {
  const [first, ...rest] = sweep.axes;
  if (first === undefined || !first.values.every((v) => typeof v === 'number')) return [];
  const description = sweptDescription(first.path);
  return summary.definitions.metrics.filter((m) => m.headline).map((m) => {
    const points = sweep.points.flatMap((point) => {
      const found = summary.scenarios.find((s) => s.name === point.name)?.metrics.find((x) => x.id === m.id);
      const value = pointValue(point, first.path);
      if (found === undefined || typeof value !== 'number') return [];
      const series = rest.map((axis) => `${axis.path}=${String(pointValue(point, axis.path))}`).join(', ');
      return [{
        value,
        mean: scaled(found.interval.mean, m.unit),
        ciLow: scaled(found.interval.ciLow, m.unit),
        ciHigh: scaled(found.interval.ciHigh, m.unit),
        ...(series === '' ? {} : { series }),
      }];
    });
    const input: SweepInput = {
      parameterLabel: first.path,
      ...(description === undefined ? {} : { parameterDescription: description }),
      metricLabel: m.label,
      metricUnit: m.unit === 'share' ? '%' : m.unit,
      ...(rest.length === 0 ? {} : { seriesLabel: rest.map((a) => a.path).join(', ') }),
      points,
    };
    return { id: `sweep-${m.id.replace(/[^A-Za-z0-9]+/g, '-')}`, input };
  });
}
