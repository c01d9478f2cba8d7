import { describe, expect, it } from 'vitest';
import type { ExperimentSummary } from '../../src/experiment/index.js';
import { headlineRows, readingParagraphs } from '../../src/results/index.js';

// An interval with its extremes across replications; min = max when every replication gave the same value.
const interval = (mean: number, ciLow: number, ciHigh: number, min = ciLow, max = ciHigh) =>
  ({ n: 5, mean, sd: 1, ciLow, ciHigh, ciAvailable: true, ciMethod: 'student-t', p05: min, p95: max, min, max });
const difference = (id: string, unit: string, i: ReturnType<typeof interval>) => ({ id, label: '', unit, interval: i });

// Hand-made summary shaped like solihull-2022 against solihull-2024: an allocation wait every replication
// shortened by exactly 6 days, counts in the hundreds and thousands, a share, and one unclear change.
const summary = {
  seed: '2022', replications: 5,
  scenarios: [
    { name: 'solihull-2022', metrics: [difference('allocationWait', 'working days', interval(7, 7, 7)), difference('onTime', 'share', interval(0.5765, 0.553, 0.599))] },
    { name: 'solihull-2024', metrics: [difference('allocationWait', 'working days', interval(1, 1, 1)), difference('onTime', 'share', interval(0.8636, 0.85, 0.877))] },
  ],
  comparisons: [{
    baseline: 'solihull-2022', comparison: 'solihull-2024',
    differences: [
      difference('allocationWait', 'working days', interval(-6, -6, -6)),
      difference('unallocatedDays', 'child-days per year', interval(-2784.74, -2913.89, -2655.58)),
      difference('unallocatedMean', 'children', interval(-136.23, -141.5, -130.96)),
      difference('onTime', 'share', interval(0.2871, 0.27, 0.3042)),
      difference('rereferral', 'share', interval(0.001, -0.01, 0.012)),
    ],
  }],
  definitions: {
    metrics: [
      { id: 'allocationWait', label: 'Median wait from referral to allocation', unit: 'working days', better: 'lower', headline: true },
      { id: 'unallocatedDays', label: 'Child-days unallocated', unit: 'child-days per year', better: 'lower', headline: true },
      { id: 'unallocatedMean', label: 'Children waiting for allocation', unit: 'children', better: 'lower', headline: true },
      { id: 'onTime', label: 'Assessments on time', unit: 'share', better: 'higher', headline: true },
      { id: 'rereferral', label: 'Re-referrals within 12 months', unit: 'share', better: 'lower', headline: true },
    ],
    milestones: [],
  },
} as unknown as ExperimentSummary;

describe('readingParagraphs(summary)', () => {
  const [intro, changes] = readingParagraphs(summary);

  it('lists each clear change as an item of its own under the comparison, leaving out the unclear ones', () => {
    expect(changes?.text).toBe('solihull-2024 compared with solihull-2022, the clear changes:');
    expect(changes?.items).toHaveLength(4);
    expect(changes?.items?.join(' ')).not.toContain('Re-referrals');
  });

  it('says "−6 working days (the same in every replication)" where every replication agreed, never an interval −6.00 (−6.00 to −6.00)', () => {
    expect(changes?.items?.[0]).toBe('Median wait from referral to allocation: −6 working days (the same in every replication), better.');
    expect(JSON.stringify(readingParagraphs(summary))).not.toMatch(/−6\.00/);
  });

  it('gives counts the significant figures compare\'s table gives them: none in the thousands and hundreds, 1 decimal for percentage points', () => {
    expect(changes?.items?.[1]).toBe('Child-days unallocated: −2785 child-days per year (95% CI −2914 to −2656), better.');
    expect(changes?.items?.[2]).toBe('Children waiting for allocation: −136 children (95% CI −142 to −131), better.');
    expect(changes?.items?.[3]).toBe('Assessments on time: +28.7 percentage points (95% CI +27.0 to +30.4), better.');
  });

  it('opens on what was run and how to read the figures, with no list', () => {
    expect(intro?.text).toContain('5 replications of solihull-2022, solihull-2024 with seed 2022.');
    expect(intro?.text).toContain('with its 95% confidence interval;');
    expect(intro?.items).toBeUndefined();
  });

  it('says so in one sentence when no headline metric changed clearly', () => {
    const none = { ...summary, comparisons: [{ ...summary.comparisons[0], differences: [] }] } as unknown as ExperimentSummary;
    expect(readingParagraphs(none)[1]).toEqual({ text: 'solihull-2024 compared with solihull-2022: no headline metric changed clearly.' });
  });
});

describe('headlineRows(summary)', () => {
  const rows = headlineRows(summary);

  it('gives a value every replication gave as compare\'s table writes it, so the report shows no interval 7.00 to 7.00', () => {
    const wait = rows.find((r) => r.label === 'Median wait from referral to allocation');
    expect(wait?.values.map((v) => v.exact)).toEqual(['7', '1']);
    expect(wait?.differences?.[0]?.exact).toBe('−6');
  });

  it('leaves `exact` out where the replications differ', () => {
    const onTime = rows.find((r) => r.label === 'Assessments on time');
    expect(onTime?.values.map((v) => v.exact)).toEqual([undefined, undefined]);
    expect(onTime?.differences?.[0]).not.toHaveProperty('exact');
  });
});
