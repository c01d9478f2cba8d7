// Calibration targets for the two Solihull scenarios, each run in full (three measured years after
// three years of warm-up) for 3 replications on one seed. Both scenarios use the same seed and
// replication numbers, so the comparison is under common random numbers.
import { beforeAll, describe, it, expect } from 'vitest';
import { DELAY_BIN_EDGES } from '../../src/model/index.js';
import type { MetricId, ReplicationMetrics } from '../../src/model/index.js';
import { mean, runMetrics, scalar, scenarioFile } from './fixtures.js';

const SEED = 'calibration';
const REPLICATIONS = 3;

/**
 * Referral → assessment complete, England 2025 (DfE "Children in need" 2025, table C2; domain.md
 * §2.1), percent of completed assessments in each DELAY_BIN_EDGES bin: same day, 1–10, 11–20,
 * 21–30, 31–40, 41–45, 46–50, 51–60 and 61+ working days.
 */
const NATIONAL_2025_PERCENT = [1.8, 11.7, 17.3, 15.8, 20.2, 18.9, 5.8, 4.3, 4.2];

/**
 * Tolerance in percentage points. Each bin's share over 3 replications of about 2,000 completed
 * assessments a year rests on some 18,000 assessments, so sampling error is well under one point;
 * the allowance is for the model's fit, which the scenario was tuned to (seeds/calibration.md).
 */
const TOLERANCE_POINTS = 6;

describe('calibration of the Solihull scenarios', () => {
  const runs2022: ReplicationMetrics[] = [];
  const runs2024: ReplicationMetrics[] = [];
  beforeAll(() => {
    const s2022 = scenarioFile('solihull-2022.yaml');
    const s2024 = scenarioFile('solihull-2024.yaml');
    for (let r = 0; r < REPLICATIONS; r++) {
      runs2022.push(runMetrics(s2022, { seed: SEED, replication: r }));
      runs2024.push(runMetrics(s2024, { seed: SEED, replication: r }));
    }
  });
  const meanOf = (runs: readonly ReplicationMetrics[], id: MetricId) => mean(runs.map((m) => scalar(m, id)));

  it('puts the 2024 referral to assessment-complete delays within 6 points of the national 2025 shares in every bin', () => {
    expect(NATIONAL_2025_PERCENT).toHaveLength(DELAY_BIN_EDGES.length - 1);
    const shares = NATIONAL_2025_PERCENT.map((_, k) => 100 * mean(runs2024.map((m) => m.delays.referralToAssessment.bins[k] ?? NaN)));
    shares.forEach((share, k) => {
      const national = NATIONAL_2025_PERCENT[k] as number;
      expect(Math.abs(share - national), `bin ${DELAY_BIN_EDGES[k]}–${DELAY_BIN_EDGES[k + 1]}: model ${share.toFixed(1)}%, national ${national}%`)
        .toBeLessThanOrEqual(TOLERANCE_POINTS);
    });
  });

  // The Ofsted pattern (ILACS 2022 against the 2023–25 monitoring visits, domain.md). Measured
  // when written, 2022 against 2024: about 30 against 5 children unallocated, 22 against 1 held on
  // duty, 0.44 against 0.34 changes of social worker, 64% against 94% of decisions within a working
  // day, 13% against 10% re-referrals; every replication pair in the same order.
  it('has more children waiting for allocation in 2022 than in 2024', () => {
    expect(meanOf(runs2022, 'unallocatedMean')).toBeGreaterThan(meanOf(runs2024, 'unallocatedMean'));
  });

  it('has more children held on duty in 2022 than in 2024', () => {
    expect(meanOf(runs2022, 'heldOnDutyMean')).toBeGreaterThan(meanOf(runs2024, 'heldOnDutyMean'));
  });

  it('has more changes of social worker in 2022 than in 2024', () => {
    expect(meanOf(runs2022, 'workerChangesMean')).toBeGreaterThan(meanOf(runs2024, 'workerChangesMean'));
  });

  it('decides fewer contacts within one working day in 2022 than in 2024', () => {
    expect(meanOf(runs2022, 'contactToDecision.withinTarget')).toBeLessThan(meanOf(runs2024, 'contactToDecision.withinTarget'));
  });

  // National re-referrals within 12 months: 21.5% (2022) and 22.4–22.6% (2023–25), domain.md §2.1.
  // The rate comes out of the return mechanism (nothing sets it directly); 3 points is the
  // calibration tolerance stated in seeds/calibration.md. Over 3 replications of about 2,500
  // referrals a year for 3 years the sampling error is about half a point.
  it('re-refers within 3 points of the national share within 12 months in both years', () => {
    expect(Math.abs(meanOf(runs2022, 'rereferralRate') - 0.215)).toBeLessThanOrEqual(0.03);
    expect(Math.abs(meanOf(runs2024, 'rereferralRate') - 0.225)).toBeLessThanOrEqual(0.03);
  });

  it('has caseloads above the national average in 2022 and below the cap in 2024', () => {
    expect(meanOf(runs2022, 'caseloadMean')).toBeGreaterThan(16.6);
    expect(meanOf(runs2024, 'caseloadMean')).toBeLessThan(15);
  });
});
