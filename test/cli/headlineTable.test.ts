import { describe, expect, it } from 'vitest';
import { headlineTable } from '../../src/cli/headlineTable.js';
import { createStyler } from '../../src/cli/styler.js';
import type { ExperimentSummary, MetricSummary } from '../../src/experiment/index.js';
import { METRICS } from '../../src/model/index.js';

const interval = (mean: number, ciLow: number, ciHigh: number, n = 30) => ({
  n, mean, sd: 1, ciLow, ciHigh, ciAvailable: n >= 2, p05: ciLow, p95: ciHigh, min: ciLow, max: ciHigh,
});
const metric = (id: string, unit: string, i: ReturnType<typeof interval>): MetricSummary => ({ id, label: id, unit, interval: i });

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
  }) as ExperimentSummary['scenarios'][number];
  return {
    seed: '1', replications: 30, scenarios: [scenario('a'), scenario('b')], comparisons: [{ baseline: 'a', comparison: 'b', differences }],
    definitions: { metrics: [...METRICS], milestones: [] },
  };
}

describe('headlineTable', () => {
  it('says better, worse or no clear change from the CI and the metric direction, with ▲/▼ by the sign', () => {
    const text = headlineTable(summary([
      metric('unallocatedMean', 'children', interval(-15, -28.8, -1.2)),
      metric('contactToDecision.withinTarget', 'share', interval(-0.05, -0.08, -0.02)),
      metric('referralsPerYear', 'referrals', interval(204, 125, 283)),
    ]), createStyler(false));
    const line = (label: string) => text.split('\n').find((l) => l.startsWith(label)) ?? '';
    expect(line('Children waiting for allocation (average)')).toMatch(/▼ −15\.0 \(−28\.8 to −1\.2\) better$/);
    expect(line('Contact → screening decision: share within 1 working day')).toMatch(/%\s+63\.5 \(62\.3 to 64\.6\).*▼ −5\.0 \(−8\.0 to −2\.0\) worse$/);
    // Referrals per year have no better direction: the difference is shown without a verdict.
    expect(line('Referrals per year')).toMatch(/▲ \+204 \(\+125 to \+283\)$/);
  });

  it('an interval touching zero is "no clear change"; one replication shows no CI', () => {
    const text = headlineTable(summary([metric('unallocatedMean', 'children', interval(-2, -5, 0.5))]), createStyler(false));
    expect(text).toMatch(/▼ −2\.00 \(−5\.00 to \+0\.50\) no clear change/);
    const single = summary([]);
    single.scenarios[0]?.metrics.splice(0, 1, metric('referralsPerYear', 'referrals', interval(2100, 2100, 2100, 1)));
    expect(headlineTable(single, createStyler(false))).toContain('2100 (no CI: 1 replication)');
  });

  it('becomes one block per metric when the table is wider than the terminal', () => {
    const text = headlineTable(summary([metric('unallocatedMean', 'children', interval(-15, -28.8, -1.2))]), createStyler(false), 60);
    expect(text).toContain('Children waiting for allocation (average) (children)\n  a      17.2 (4.9 to 29.5)');
    expect(text).toContain('  b − a  ▼ −15.0 (−28.8 to −1.2) better');
  });
});
