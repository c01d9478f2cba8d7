import { describe, expect, it } from 'vitest';
import { headlineTable, scenarioHeads } from '../../src/cli/headlineTable.js';
import { shortLabel } from '../../src/cli/shortLabels.js';
import { createStyler } from '../../src/cli/styler.js';
import type { ExperimentSummary, MetricId, MetricSummary } from '../../src/experiment/index.js';
import { METRICS, MILESTONES } from '../../src/model/index.js';

const interval = (mean: number, ciLow: number, ciHigh: number, n = 30) => ({
  n, mean, sd: 1, ciLow, ciHigh, ciAvailable: n >= 2, ciMethod: 'student-t' as const, p05: ciLow, p95: ciHigh, min: ciLow, max: ciHigh,
});
const metric = (id: MetricId, unit: string, i: ReturnType<typeof interval>): MetricSummary => ({ id, label: id, unit, interval: i });
const definitions = {
  metrics: [...METRICS],
  milestones: MILESTONES.map(({ id, label, targetWorkingDays, source }) => ({ id, label, targetWorkingDays, source })),
};
const plain = createStyler(false);
const runaway = { replications: 30, queueRising: 0, queueOverwhelmed: 0, caseloadRising: 0, screeningRising: 0 };

// Every headline metric with a value as wide as real runs print: 63.5 (62.3 to 64.6) % or 1234 (1188 to 1280).
function fullSummary(names: readonly string[], replications = 30): ExperimentSummary {
  const headline = METRICS.filter((m) => m.headline);
  const value = (unit: string) => (unit === 'share' ? interval(0.635, 0.623, 0.646, replications) : interval(1234, 1188, 1280, replications));
  const change = (unit: string) => (unit === 'share' ? interval(-0.253, -0.288, -0.218, replications) : interval(-15.2, -28.8, -1.2, replications));
  const scenarios = names.map((name) => ({ name, metrics: headline.map((m) => metric(m.id, m.unit, value(m.unit))), runaway })) as unknown as ExperimentSummary['scenarios'];
  const [baseline = '', ...others] = names;
  return {
    seed: '1', replications, scenarios, definitions,
    comparisons: others.map((comparison) => ({ baseline, comparison, differences: headline.map((m) => metric(m.id, m.unit, change(m.unit))) })),
  };
}

// Hand-made summary: referrals per year (better: neither), the unallocated mean (lower is better) and the
// share of contact decisions within 1 working day (higher is better), as in METRICS.
function summary(differences: MetricSummary[]): ExperimentSummary {
  const scenario = (name: string) => ({
    name,
    metrics: [
      metric('referralsPerYear', 'referrals', interval(2100, 2000, 2200)),
      metric('unallocatedMean', 'children', interval(17.2, 4.9, 29.5)),
      metric('contactToDecision.withinTarget', 'share', interval(0.635, 0.623, 0.646)),
    ],
    runaway,
  }) as unknown as ExperimentSummary['scenarios'][number];
  return { seed: '1', replications: 30, scenarios: [scenario('a'), scenario('b')], comparisons: [{ baseline: 'a', comparison: 'b', differences }], definitions };
}

const widthOf = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length));

describe('headlineTable', () => {
  it('says better, worse or no clear change from the CI and the metric direction, with ▲/▼ by the sign', () => {
    const text = headlineTable(summary([
      metric('unallocatedMean', 'children', interval(-15, -28.8, -1.2)),
      metric('contactToDecision.withinTarget', 'share', interval(-0.05, -0.08, -0.02)),
      metric('referralsPerYear', 'referrals', interval(204, 125, 283)),
    ]), plain);
    const line = (label: string) => text.split('\n').find((l) => l.startsWith(label)) ?? '';
    expect(line('New referrals waiting for a first allocation (average)')).toMatch(/▼ −15\.0 \(−28\.8 to −1\.2\) better$/);
    expect(line('Contact → screening decision: share within 1 working day')).toMatch(/%\s+63\.5 \(62\.3 to 64\.6\).*▼ −5\.0 \(−8\.0 to −2\.0\) worse$/);
    // Referrals per year have no better direction: the change is shown without a verdict.
    expect(line('Referrals per year')).toMatch(/▲ \+204 \(\+125 to \+283\)$/);
  });

  it('an interval touching zero is "no clear change"; one replication shows no CI', () => {
    const text = headlineTable(summary([metric('unallocatedMean', 'children', interval(-2, -5, 0.5))]), plain);
    expect(text).toMatch(/▼ −2\.00 \(−5\.00 to \+0\.50\) no clear change/);
    const single = summary([]);
    single.scenarios[0]?.metrics.splice(0, 1, metric('referralsPerYear', 'referrals', interval(2100, 2100, 2100, 1)));
    expect(headlineTable(single, plain)).toContain('2100 (no CI: 1 replication)');
  });

  it('says "all replications: 7" where every replication gave the same value, not "7.00 (7.00 to 7.00)"', () => {
    const s = summary([metric('contactToDecision.p90', 'working days', interval(-6, -6, -6))]);
    for (const scenario of s.scenarios) scenario.metrics.push(metric('contactToDecision.p90', 'working days', interval(7, 7, 7)));
    const text = headlineTable(s, plain);
    expect(text).toContain('all replications: 7 ');
    expect(text).toContain('▼ all replications: −6 better');
    expect(text).not.toContain('7.00');
  });

  it('fits 80 and 120 columns with two scenarios, showing every scenario CI at 120 and the CI of each change at 80', () => {
    const s = fullSummary(['solihull-2022', 'solihull-2024']);
    const at120 = headlineTable(s, plain, 120);
    expect(widthOf(at120)).toBeLessThanOrEqual(120);
    expect(at120).toContain('solihull-2022 vs solihull-2024: mean of 30 replications (95% CI)');
    expect(at120).toMatch(/Assessment done ≤45 wd \(%\)\s+63\.5 \(62\.3 to 64\.6\)\s+63\.5 \(62\.3 to 64\.6\)\s+▼ −25\.3 \(−28\.8 to −21\.8\) worse/);
    const at80 = headlineTable(s, plain, 80);
    expect(widthOf(at80)).toBeLessThanOrEqual(80);
    expect(at80).toMatch(/Assessment done ≤45 wd \(%\)\s+63\.5\s+63\.5\s+▼ −25\.3 \(−28\.8 to −21\.8\) worse/);
    expect(at80).toContain('Measure'); // one row per metric, not one block per metric
    expect(at80.split('\n').length).toBeLessThan(45);
  });

  it('with three scenarios too wide for one table, prints one table per comparison; below that, one block per metric', () => {
    const s = fullSummary(['solihull-2022', 'solihull-2024', 'teaching-recruitment-drive']);
    const at80 = headlineTable(s, plain, 80);
    expect(widthOf(at80)).toBeLessThanOrEqual(80);
    expect(at80).toContain('solihull-2022 vs solihull-2024: mean of 30 replications');
    expect(at80).toContain('A solihull-2022 vs B teaching-recruitment-drive: mean of 30 replications');
    expect(at80.match(/^Referrals per year\s+1234\s+1234\s+▼ −15\.2/gm)).toHaveLength(2);
    const at120 = headlineTable(s, plain, 120);
    expect(widthOf(at120)).toBeLessThanOrEqual(120);
    expect(at120.match(/^Referrals per year /gm)).toHaveLength(1);
    const at50 = headlineTable(fullSummary(['solihull-2022', 'solihull-2024']), plain, 50);
    expect(at50).toContain('Assessment done ≤45 wd (%)\n  solihull-2022                  63.5 (62.3 to 64.6)');
  });

  it('prints n/a for a headline metric no replication could measure, and says how many replications a figure rests on when fewer than all', () => {
    const base = summary([]);
    const [a, b] = base.scenarios;
    const gappy: ExperimentSummary = {
      ...base,
      comparisons: [],
      scenarios: [
        { ...a!, metrics: [...a!.metrics, metric('workerChangesMean', 'changes', interval(0.4, 0.3, 0.5, 28))] },
        { ...b!, metrics: [...b!.metrics] },
      ],
    };
    const text = headlineTable(gappy, plain).replace(/\s+/g, ' ');
    expect(text).toMatch(/Changes of social worker per allocated referral changes 0\.40 \(0\.30 to 0\.50\) n\/a/);
    expect(text).toContain('n/a: no replication gave a value');
    expect(text).toContain('Not every one of the 30 replications had something to measure; these figures use only those that did: Worker changes per referral (a: 28).');
    expect(headlineTable(summary([]), plain)).not.toContain('Not every one');
  });

  it('warns under the table when there are fewer than 5 replications, and not with 5', () => {
    expect(headlineTable(fullSummary(['a', 'b'], 4), plain, 120)).toMatch(/warning: only 4 replications per scenario/);
    expect(headlineTable(fullSummary(['a', 'b'], 5), plain, 120)).not.toMatch(/warning/);
  });

  it('gives every headline metric a short label of at most 31 characters', () => {
    for (const m of METRICS.filter((x) => x.headline)) {
      const short = shortLabel(m.id, m.unit, definitions);
      expect(short, m.id).toBeDefined();
      expect([...(short ?? '')].length, m.id).toBeLessThanOrEqual(31);
    }
  });
});

describe('scenarioHeads', () => {
  it('drops a prefix every name shares up to its last hyphen (keeping the names when that would make them empty or equal), or gives letters', () => {
    expect(scenarioHeads(['solihull-2022', 'solihull-2024'], 'trimmed')).toEqual(['2022', '2024']);
    expect(scenarioHeads(['solihull-2022', 'teaching-lower-caps'], 'trimmed')).toEqual(['solihull-2022', 'teaching-lower-caps']);
    expect(scenarioHeads(['a-b', 'a-b-c'], 'trimmed')).toEqual(['b', 'b-c']);
    expect(scenarioHeads(['x-1', 'x-1'], 'trimmed')).toEqual(['x-1', 'x-1']);
    expect(scenarioHeads(['solihull-2022', 'solihull-2024'], 'names')).toEqual(['solihull-2022', 'solihull-2024']);
    expect(scenarioHeads(['solihull-2022', 'teaching-lower-caps', 'c'], 'letters')).toEqual(['A', 'B', 'C']);
  });
});
