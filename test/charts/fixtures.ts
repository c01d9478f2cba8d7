// Small hand-made chart inputs shaped like the experiment layer's output. Curves follow simple closed
// forms (Weibull survival, logistic growth) so the charts look like real runs without a simulation.
import type {
  CaseloadCell,
  CaseloadHeatmapInput,
  DelayBin,
  DelayCurveInput,
  DelayHistogramInput,
  DifferenceInput,
  FanChartInput,
  FlowDiagramInput,
  Milestone,
  StaffingInput,
  SweepInput,
  WithinTargetInput,
  WorkerChangesInput,
} from '../../src/charts/index.js';

export const SCENARIOS = ['solihull-2022', 'solihull-2024'] as const;

export const ASSESSMENT: Milestone = {
  id: 'referral-to-assessment',
  label: 'Referral → assessment complete',
  timescales: [{ workingDays: 45, kind: 'statutory' }],
};

export const CHILD_SEEN: Milestone = {
  id: 'allocation-to-seen',
  label: 'Allocation → child seen',
  timescales: [
    { workingDays: 1, kind: 'local', appliesTo: 'child protection' },
    { workingDays: 5, kind: 'local', appliesTo: 'child in need' },
  ],
};

const round = (x: number): number => Math.round(x * 1000) / 1000;
const weibull = (t: number, scale: number, shape: number): number => Math.exp(-((t / scale) ** shape));

/** KM-like curves: 2022 waits longer (scale 40) than 2024 (scale 26); the band is widest mid-curve. */
export function delayCurveInput(milestone: Milestone = ASSESSMENT, scales: readonly [number, number] = [40, 26]): DelayCurveInput {
  return {
    milestone,
    scenarios: SCENARIOS,
    series: SCENARIOS.map((scenario, i) => ({
      scenario,
      points: Array.from({ length: 61 }, (_, t) => {
        const median = weibull(t, scales[i] ?? 30, 1.6);
        const spread = 0.08 * Math.sqrt(median * (1 - median));
        return { t, median: round(median), low: round(Math.max(0, median - spread)), high: round(Math.min(1, median + spread)) };
      }),
    })),
  };
}

/** Histogram bins of width 5 working days from the same Weibull shapes, then an open-ended bin for 70+ drawn 10 wide. */
export function delayHistogramInput(): DelayHistogramInput {
  return {
    milestone: ASSESSMENT,
    scenarios: SCENARIOS,
    series: SCENARIOS.map((scenario, i) => ({
      scenario,
      bins: Array.from({ length: 14 }, (_, b): DelayBin => {
        const scale = i === 0 ? 40 : 26;
        return { lower: b * 5, upper: b * 5 + 5, share: round(weibull(b * 5, scale, 1.6) - weibull(b * 5 + 5, scale, 1.6)) };
      }).concat([{ lower: 70, upper: 80, share: round(weibull(70, i === 0 ? 40 : 26, 1.6)), openEnded: true }]),
    })),
  };
}

export function withinTargetInput(scenarios: readonly string[] = SCENARIOS): WithinTargetInput {
  const milestones = [
    { milestone: 'contact-to-decision', label: 'Contact → screening decision', target: 1, shares: [0.62, 0.88] },
    { milestone: 'seen-cp', label: 'Allocation → child seen (child protection)', target: 1, shares: [0.71, 0.93] },
    { milestone: 'seen-cin', label: 'Allocation → child seen (child in need)', target: 5, shares: [0.55, 0.81] },
    { milestone: 'referral-to-assessment', label: 'Referral → assessment complete', target: 45, shares: [0.58, 0.84] },
    { milestone: 'strategy-to-icpc', label: 'Strategy discussion → initial child protection conference', target: 15, shares: [0.49, 0.79] },
  ];
  return {
    scenarios,
    rows: milestones.flatMap((m) =>
      scenarios.map((scenario, i) => {
        const mean = m.shares[i] ?? 0.7;
        return { milestone: m.milestone, label: m.label, scenario, mean, ciLow: round(mean - 0.04), ciHigh: round(mean + 0.035), targetWorkingDays: m.target };
      }),
    ),
  };
}

const isoDate = (start: string, days: number): string => new Date(Date.parse(start) + days * 86_400_000).toISOString().slice(0, 10);

/** Unallocated children over two years: 2022 builds a backlog, 2024 stays low; bands from a fixed spread. */
export function fanChartInput(): FanChartInput {
  return {
    title: 'Children waiting for allocation',
    yTitle: 'Children (count)',
    scenarios: SCENARIOS,
    series: SCENARIOS.map((scenario, i) => ({
      scenario,
      points: Array.from({ length: 53 }, (_, w) => {
        const level = i === 0 ? 120 / (1 + Math.exp(-(w - 20) / 6)) : 18 + 4 * Math.sin(w / 5);
        const spread = i === 0 ? 6 + w * 0.35 : 4;
        const q = (z: number): number => Math.max(0, Math.round((level + z * spread) * 10) / 10);
        // The mean above the median, as for a queue only some replications have.
        return { date: isoDate('2022-01-03', w * 14), mean: q(0.3), p05: q(-1.64), p25: q(-0.67), p50: q(0), p75: q(0.67), p95: q(1.64) };
      }),
    })),
  };
}

export function staffingInput(): StaffingInput {
  return {
    scenarios: SCENARIOS,
    series: SCENARIOS.map((scenario, i) => ({
      scenario,
      points: Array.from({ length: 25 }, (_, m) => ({
        date: isoDate('2022-01-03', m * 28),
        permanent: i === 0 ? 30 - Math.round(m / 3) : 34 + Math.round(m / 8),
        agency: i === 0 ? 8 + Math.round(m / 4) : 4,
        vacancies: i === 0 ? 6 + (m % 4) : 2 + (m % 2),
      })),
      leavers: Array.from({ length: 25 }, (_, m) => ({ date: isoDate('2022-01-03', m * 28), mean: i === 0 ? 2.4 + (m % 3) * 0.3 : 0.6 + (m % 2) * 0.2 })),
    })),
    leaverPeriodWeeks: 4,
  };
}

/** Eight workers over 20 weeks: one leaves (row ends), one agency worker starts later; caseloads cross the cap of 18. */
export function caseloadHeatmapInput(scenario: string = SCENARIOS[0]): CaseloadHeatmapInput {
  const workers = [
    { label: 'SW 001', from: 0, to: 20, base: 14 },
    { label: 'SW 002', from: 0, to: 9, base: 17 },
    { label: 'SW 003 (agency)', from: 3, to: 20, base: 12 },
    { label: 'SW 004', from: 0, to: 20, base: 19 },
    { label: 'SW 005', from: 12, to: 20, base: 6 },
    { label: 'SW 006 (agency)', from: 10, to: 16, base: 16 },
    { label: 'SW 007', from: 0, to: 20, base: 10 },
    { label: 'SW 008', from: 5, to: 20, base: 21 },
  ];
  const cells: CaseloadCell[] = workers.flatMap((w) =>
    Array.from({ length: 20 }, (_, week) => ({
      worker: w.label,
      weekStart: isoDate('2022-01-03', week * 7),
      caseload: week < w.from || week >= w.to ? null : w.base + ((week * 3 + w.base) % 5) - 2,
    })),
  );
  return { scenario, replication: 1, cap: 18, periodDays: 7, cells };
}

export function workerChangesInput(): WorkerChangesInput {
  const shares = [
    [0.42, 0.27, 0.16, 0.09, 0.06],
    [0.61, 0.24, 0.09, 0.04, 0.02],
  ];
  const counts = [0, 1, 2, 3, '4+'] as const;
  return {
    scenarios: SCENARIOS,
    rows: SCENARIOS.flatMap((scenario, i) =>
      counts.map((changes, c) => {
        const share = shares[i]?.[c] ?? 0;
        return { scenario, changes, share, low: round(Math.max(0, share - 0.02)), high: round(share + 0.02) };
      }),
    ),
  };
}

export function sweepInput(withSeries = true): SweepInput {
  const caps = withSeries ? ['18', '22'] : [undefined];
  return {
    parameterLabel: 'Social workers in post',
    metricLabel: 'Referral → allocation, 90th percentile',
    metricUnit: 'working days',
    seriesLabel: 'Caseload cap (children)',
    points: caps.flatMap((cap, c) =>
      Array.from({ length: 9 }, (_, k) => {
        const value = 28 + 2 * k;
        const mean = round(40 * Math.exp(-(value - 28) / (8 + 4 * c)) + 3);
        return { value, mean, ciLow: round(mean * 0.9), ciHigh: round(mean * 1.1), ...(cap === undefined ? {} : { series: cap }) };
      }),
    ),
  };
}

export function differenceInput(): DifferenceInput {
  return {
    baseline: SCENARIOS[0],
    comparisons: [SCENARIOS[1]],
    rows: [
      { comparison: SCENARIOS[1], label: 'Referral → allocation, median', unit: 'working days', mean: -6.1, ciLow: -7, ciHigh: -5.2, better: 'lower' },
      { comparison: SCENARIOS[1], label: 'Assessments within 45 working days', unit: 'percentage points', mean: 12.4, ciLow: 9.8, ciHigh: 15.1, better: 'higher' },
      { comparison: SCENARIOS[1], label: 'Children held on duty, mean', unit: 'children', mean: -1.2, ciLow: -3.9, ciHigh: 1.4, better: 'lower' },
      { comparison: SCENARIOS[1], label: 'Agency social workers, mean', unit: 'social workers', mean: 2.1, ciLow: 0.8, ciHigh: 3.3, better: 'lower' },
    ],
  };
}

/** One run per scenario: 1000 contacts, a quarter referred, split by route and outcome (the counts add up at every stage). */
export function flowDiagramInput(): FlowDiagramInput {
  return {
    scenarios: SCENARIOS,
    runs: SCENARIOS.map((scenario, i) => ({
      scenario,
      replication: 0,
      start: '2022-04-01',
      end: '2023-03-31',
      nodes: [
        { id: 'contacts', label: 'Contacts', count: 1000, column: 0 },
        { id: 'referred', label: 'Referred', count: 250, column: 1 },
        { id: 'notReferred', label: 'Not referred', count: 750, column: 1 },
        { id: 'assessment', label: 'Assessment', count: 200 - i * 20, column: 2 },
        { id: 'strategy', label: 'Strategy discussion', count: 50 + i * 20, column: 2 },
        { id: 'plan', label: 'Plan', count: 60, column: 3 },
        { id: 'closed', label: 'Closed', count: 190, column: 3 },
      ],
      links: [
        { from: 'contacts', to: 'referred', count: 250 },
        { from: 'contacts', to: 'notReferred', count: 750 },
        { from: 'referred', to: 'assessment', count: 200 - i * 20 },
        { from: 'referred', to: 'strategy', count: 50 + i * 20 },
        { from: 'assessment', to: 'plan', count: 30 },
        { from: 'assessment', to: 'closed', count: 170 - i * 20 },
        { from: 'strategy', to: 'plan', count: 30 },
        { from: 'strategy', to: 'closed', count: 20 + i * 20 },
      ],
      notes: ['Re-referrals within 12 months: 40 (16% of referrals).'],
    })),
  };
}
