// Direction of effect on fixed seeds. Each comparison runs every configuration on the same seed and
// replication numbers, so by common random numbers the same children arrive with the same needs and
// the same per-child draws; differences come from the configuration (staff-side streams such as
// recruitment are shared by name but consumed differently, which leaves a little noise). The means
// over several replications are compared with no tolerance. That is honest because, in the ranges
// chosen, every replication on its own already shows the same order (a paired comparison under
// common random numbers), and most steps are several standard errors of the mean (measured when
// the tests were written; see each test).
import { beforeAll, describe, it, expect } from 'vitest';
import type { MetricId, ReplicationMetrics } from '../../src/model/index.js';
import { mean, runMetrics, scalar, scenarioFile } from './fixtures.js';

const SEED = 'direction';

function runAll(file: string, overrides: readonly string[], replications: number): ReplicationMetrics[] {
  const scenario = scenarioFile(file, overrides);
  return Array.from({ length: replications }, (_, r) => runMetrics(scenario, { seed: SEED, replication: r }));
}

function meanOf(runs: readonly ReplicationMetrics[], id: MetricId): number {
  return mean(runs.map((m) => scalar(m, id)));
}

/** Asserts the metric's replication mean never rises along the sequence of configurations, and falls overall. */
function expectNonIncreasing(sequence: readonly ReplicationMetrics[][], id: MetricId): void {
  const means = sequence.map((runs) => meanOf(runs, id));
  for (let k = 1; k < means.length; k++) expect(means[k], `${id} at step ${k}: ${means.join(', ')}`).toBeLessThanOrEqual(means[k - 1] as number);
  expect(means[means.length - 1], `${id}: ${means.join(', ')}`).toBeLessThan(means[0] as number);
}

describe('more social workers (solihull-2022 cut to one measured year, 3 replications each)', () => {
  // From 54 posts (a queue that grows all year) to the 77 of the 2022 scenario. Measured mean
  // waits: about 34, 18, 4.3 and 1.6 working days; replications spread by up to ±10 days at 54
  // posts and ±3 at 66, but every replication falls in the same order. Beyond about 80 posts the wait is at its floor (the strategy discussion
  // before an enquiry is queued, the handover delay of leavers' cases), where only noise separates
  // the configurations, and more posts even mean more leavers' cases waiting out a handover.
  const POSTS = [54, 60, 66, 77];
  let runs: ReplicationMetrics[][] = [];
  beforeAll(() => {
    runs = POSTS.map((posts) => runAll('solihull-2022.yaml', ['horizon.years=1', `workforce.posts=${posts}`], 3));
  });

  it('never lengthen the mean wait from referral to allocation', () => {
    expectNonIncreasing(runs, 'referralToAllocation.mean');
  });

  it('never lengthen the 90th percentile of the wait from referral to allocation', () => {
    expectNonIncreasing(runs, 'referralToAllocation.p90');
  });

  it('never raise the average number of children waiting for allocation', () => {
    expectNonIncreasing(runs, 'unallocatedMean');
  });
});

describe('higher turnover of permanent social workers (golden scenario, 4 replications each)', () => {
  // Plan transfers to a long-term team are switched off so that every change of social worker
  // comes from a worker leaving; with them on they add a floor of about 0.25 changes whatever the
  // turnover. Measured: about 0.12, 0.22 and 0.33 changes per allocated referral at 5%, 35% and
  // 70% a year, replications within about ±0.05 (a standard error of the mean of 4 near 0.025,
  // so each step is about 4 standard errors), and every replication in the same order.
  const TURNOVER = [0.05, 0.35, 0.7];
  let runs: ReplicationMetrics[][] = [];
  beforeAll(() => {
    runs = TURNOVER.map((t) => runAll('validation/golden.yaml', [`workforce.permanent.turnoverPerYear=${t}`, 'allocation.transferAtPlanStart=0'], 4));
  });

  it('brings more changes of social worker per allocated referral', () => {
    expectNonIncreasing([...runs].reverse(), 'workerChangesMean');
  });

  it('brings more social workers leaving', () => {
    expectNonIncreasing([...runs].reverse(), 'leaversPerYear');
  });
});

describe('better linking of repeat contacts (golden scenario, 4 replications each)', () => {
  // Measured: about 283, 136 and 24 unlinked repeat contacts a year and 9.8, 6.5 and 2.8 missed
  // chances a year at linking probability 0.1, 0.5 and 0.9; replications differ by about ±15 and
  // ±1.5, so each step is at least 4 standard errors of a mean of 4 replications.
  const LINKING = [0.1, 0.5, 0.9];
  let runs: ReplicationMetrics[][] = [];
  beforeAll(() => {
    runs = LINKING.map((p) => runAll('validation/golden.yaml', [`screening.linking.probability=${p}`], 4));
  });

  it('brings fewer repeat contacts screened without their earlier contacts', () => {
    expectNonIncreasing(runs, 'unlinkedRepeatContactsPerYear');
  });

  it('brings fewer missed chances', () => {
    expectNonIncreasing(runs, 'missedChancesPerYear');
  });
});

describe('fewer social workers, more re-referrals (solihull-2022 cut to one measured year, 3 replications each)', () => {
  // The mechanism: at or above the caseload cap, assessments are completed and plans started under
  // pressure and cut short, and a child whose case closed that way is likelier to come back with a
  // new concern. Measured when written: 62 posts (a long queue, about 91% of closures under
  // pressure) gave 23.9% re-referred within 12 months, 95 posts (no pressure) 20.2%; each of the
  // three replications on its own falls in that order, by at least two points.
  let fewer: ReplicationMetrics[] = [];
  let more: ReplicationMetrics[] = [];
  beforeAll(() => {
    fewer = runAll('solihull-2022.yaml', ['horizon.years=1', 'workforce.posts=62'], 3);
    more = runAll('solihull-2022.yaml', ['horizon.years=1', 'workforce.posts=95'], 3);
  });

  it('close more cases under pressure with fewer posts', () => {
    expect(meanOf(fewer, 'closedEarlyShare')).toBeGreaterThan(meanOf(more, 'closedEarlyShare') + 0.5);
  });

  it('re-refer more children within 12 months with fewer posts, in every replication', () => {
    fewer.forEach((m, r) => expect(scalar(m, 'rereferralRate'), `replication ${r}`).toBeGreaterThan(scalar(more[r] as ReplicationMetrics, 'rereferralRate')));
  });
});
