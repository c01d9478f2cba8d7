import { describe, expect, it } from 'vitest';
import type { ExperimentSummary } from '../../src/experiment/index.js';
import { headlineRows } from '../../src/results/reportInput.js';
import { reportStory } from '../../src/results/reportStory.js';

const interval = (mean: number, half = 0.01) => ({ n: 10, mean, sd: 1, ciLow: mean - half, ciHigh: mean + half, ciAvailable: true, p05: mean, p95: mean, min: mean, max: mean });
const metric = (id: string, mean: number) => ({ id, label: id, unit: 'share', interval: interval(mean) });

function scenario(name: string, onTime: number, slots: number, rising: number, sufficient: boolean) {
  return {
    name,
    metrics: [metric('referralToAssessment.withinTarget', onTime), { ...metric('unallocatedMean', 12), unit: 'children' }, metric('slotsUsed', slots), metric('screenerUtilisation', 0.8), metric('caseworkUtilisation', 0.5)],
    facts: { measuredStartDate: '2022-04-01', measuredEndDate: '2025-03-31', warmupEndDay: 730, endDay: 730 + 3 * 365 },
    runaway: { replications: 10, queueRising: rising, queueOverwhelmed: 0, caseloadRising: 0, screeningRising: 0 },
    settling: { method: 'MSER-5', warmupDays: 730, measures: [], sufficient },
  };
}

// Hand-made summary: three scenarios; b is better on the lead measure, c worse on re-referrals.
const summary = {
  seed: '1', replications: 10,
  scenarios: [scenario('a', 0.566, 0.99, 0, true), scenario('b', 0.853, 0.95, 2, false), scenario('c', 0.6, 0.9, 0, true)],
  comparisons: [
    { baseline: 'a', comparison: 'b', differences: [{ id: 'referralToAssessment.withinTarget', label: '', unit: 'share', interval: interval(0.287) }, { id: 'rereferralRate', label: '', unit: 'share', interval: interval(0.014, 0.004) }] },
    { baseline: 'a', comparison: 'c', differences: [{ id: 'referralToAssessment.withinTarget', label: '', unit: 'share', interval: interval(0.034, 0.05) }] },
  ],
  definitions: {
    metrics: [
      { id: 'referralToAssessment.withinTarget', label: 'Assessments on time', unit: 'share', better: 'higher', headline: true },
      { id: 'rereferralRate', label: 'Re-referrals within 12 months', unit: 'share', better: 'lower', headline: true },
      { id: 'unallocatedMean', label: 'Waiting', unit: 'children', better: 'lower', headline: false },
    ],
    milestones: [],
  },
} as unknown as ExperimentSummary;

describe('reportStory(summary, file)', () => {
  const story = reportStory(summary, 'scenarios/a.yaml');

  it('gives four sentences: the lead measure, the changes, how settled, how close to the cliff', () => {
    expect(story).toHaveLength(4);
    expect(story[0]).toContain('Measured over 3 years (2022-04-01 to 2025-03-31) in 10 replications');
    expect(story[0]).toContain('a 57%, b 85% and c 60%');
  });

  it('gives the mean queue per scenario as the headline table does, so a mean below 1 is not rounded to 0', () => {
    const waiting = (name: string, mean: number) => ({ ...summary.scenarios[0]!, name, metrics: [{ id: 'unallocatedMean', label: 'Waiting', unit: 'children', interval: { ...interval(mean, 0.2), min: 0, max: mean * 3 } }] });
    const story = reportStory({ ...summary, scenarios: [waiting('a', 4.47), waiting('b', 0.27)], comparisons: [] } as unknown as ExperimentSummary);
    expect(story[0]).toContain('new referrals waiting for a first allocation, on average 4.47 and 0.27.');
  });

  it('counts each comparison\'s headline verdicts and names a worse measure', () => {
    expect(story[1]).toContain('b against a, 1 of 2 headline measures better, 1 worse (Re-referrals within 12 months), 0 with no clear change');
    expect(story[1]).toContain('c against a, 0 of 2 headline measures better, 0 worse, 1 with no clear change');
  });

  it('says which scenarios settle, with runaway replications and the warm-up verdict', () => {
    expect(story[2]).toContain('a yes (queue rising in 0 of 10 replications; warm-up long enough by MSER-5)');
    expect(story[2]).toContain('b no, in 2 of 10 replications the queue of new referrals kept rising (warm-up of 730 days may be too short by MSER-5)');
  });

  it('does not call a scenario settled when its screening queue kept rising', () => {
    const rising = { ...summary, scenarios: summary.scenarios.map((x, i) => (i === 0 ? { ...x, runaway: { ...x.runaway, screeningRising: 3 } } : x)) } as ExperimentSummary;
    expect(reportStory(rising)[2]).toContain('a allocation yes (queue rising in 0 of 10 replications; screening queue rising in 3 of 10; warm-up long enough by MSER-5)');
  });

  it('gives the utilisation per scenario and the headroom command for the first scenario file', () => {
    expect(story[3]).toContain('a 99% case-holding slots used, 80% screener hours used, 50% casework hours used; b 95% case-holding slots used, 80%, 50%');
    expect(story[3]).toContain('`npx frontdoor headroom scenarios/a.yaml`');
  });

  it('leaves out the change sentence for a single scenario', () => {
    expect(reportStory({ ...summary, scenarios: summary.scenarios.slice(0, 1), comparisons: [] })).toHaveLength(3);
  });
});

describe('headlineRows(summary)', () => {
  it('gives every later scenario its difference against the first, in scenario order', () => {
    const rows = headlineRows(summary);
    const onTime = rows.find((r) => r.label === 'Assessments on time');
    expect(onTime?.differences?.map((d) => (d === undefined ? undefined : Math.round(d.mean * 10) / 10))).toEqual([28.7, 3.4]);
    const rereferral = rows.find((r) => r.label === 'Re-referrals within 12 months');
    expect(rereferral?.differences?.[1]).toBeUndefined();
  });
});
