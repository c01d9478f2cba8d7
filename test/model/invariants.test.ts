import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { runReplication } from '../../src/model/index.js';
import type { ReplicationOutput } from '../../src/model/index.js';
import { runChecked, scenarioFile } from './fixtures.js';
import { checkInvariants, invariantViolations } from './invariants.js';

/** The golden front door cut to half a measured year after 60 days of warm-up: about 0.1 s a run. */
const SMALL = ['horizon.years=0.5', 'horizon.warmupDays=60'];

/** fast-check seed for the property below (printed by fast-check on failure with the failing tweak). */
const PROPERTY_SEED = 20220601;

const tweaks = fc.record({
  seed: fc.integer({ min: 0, max: 999_999 }),
  replication: fc.integer({ min: 0, max: 9 }),
  posts: fc.integer({ min: 3, max: 14 }),
  caseloadCap: fc.integer({ min: 4, max: 20 }),
  turnoverPerYear: fc.integer({ min: 0, max: 150 }).map((x) => x / 100),
  linking: fc.integer({ min: 0, max: 100 }).map((x) => x / 100),
  screeners: fc.integer({ min: 1, max: 3 }),
  queue: fc.constantFrom('first-come-first-served', 'risk-prioritised'),
  policy: fc.constantFrom('least-loaded', 'round-robin', 'first-available'),
  shock: fc.boolean(),
  enquiries: fc.constantFrom('same-day', 'queued'),
  overCap: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
});

type Tweak = typeof tweaks extends fc.Arbitrary<infer T> ? T : never;

function overridesFor(t: Tweak): string[] {
  return [
    ...SMALL,
    `workforce.posts=${t.posts}`,
    `workforce.caseloadCap=${t.caseloadCap}`,
    `workforce.permanent.turnoverPerYear=${t.turnoverPerYear}`,
    `screening.linking.probability=${t.linking}`,
    `screening.screeners=${t.screeners}`,
    `allocation.queue=${t.queue}`,
    `allocation.policy=${t.policy}`,
    `allocation.enquiries=${t.enquiries}`,
    t.overCap === undefined ? 'allocation.overCap=null' : `allocation.overCap={"extraCases":${t.overCap},"afterWaitingWorkingDays":3}`,
    ...(t.shock ? ['workforce.shock={"atDay":20,"durationDays":40,"permanentShareLeaving":0.4}'] : []),
  ];
}

describe('checkInvariants', () => {
  it('holds on every replication for random seeds and random staffing, linking, caps and queue policies', () => {
    fc.assert(
      fc.property(tweaks, (t) => {
        const scenario = scenarioFile('validation/golden.yaml', overridesFor(t));
        runChecked(scenario, { seed: `property-${t.seed}`, replication: t.replication });
      }),
      { seed: PROPERTY_SEED, numRuns: 12 },
    );
  });

  it('holds on the teaching scenario with a turnover shock and on the M/M/c reduction', () => {
    const shock = scenarioFile('teaching/turnover-shock.yaml', ['horizon.years=0.25', 'horizon.warmupDays=60', 'demand.childrenPerYear=3000', 'workforce.posts=30']);
    const mmc = scenarioFile('validation/mmc.yaml', ['horizon.years=0.5']);
    expect(() => runChecked(shock, { seed: 'invariants', replication: 0 })).not.toThrow();
    expect(() => runChecked(mmc, { seed: 'invariants', replication: 0 })).not.toThrow();
  });
});

describe('invariantViolations on a tampered output', () => {
  // Queued enquiries, so every caseload has an upper bound to break.
  const scenario = scenarioFile('validation/golden.yaml', [...SMALL, 'allocation.enquiries=queued']);
  const clean = runReplication(scenario, { seed: 'tamper', replication: 0 });
  const tampered = (change: (out: ReplicationOutput) => void): string[] => {
    const out = structuredClone(clean);
    change(out);
    return invariantViolations(out, scenario);
  };
  const allocated = clean.journeys.findIndex((j) => j.allocationTime !== undefined && j.seenTime !== undefined);
  const busyWeek = clean.series.caseloads.findIndex((row) => row.some((c) => c !== null));

  it('finds nothing wrong with the untouched output', () => {
    expect(invariantViolations(clean, scenario)).toEqual([]);
    expect(allocated).toBeGreaterThanOrEqual(0);
    expect(busyWeek).toBeGreaterThanOrEqual(0);
  });

  it('reports a caseload above the cap', () => {
    const v = tampered((out) => {
      const row = out.series.caseloads[busyWeek] as (number | null)[];
      const k = row.findIndex((c) => c !== null);
      row[k] = scenario.workforce.caseloadCap + (scenario.allocation.overCap?.extraCases ?? 0) + 1;
    });
    expect(v.join('\n')).toMatch(/holds \d+ cases, cap/);
  });

  it('reports milestones out of order along a journey', () => {
    const v = tampered((out) => {
      const j = out.journeys[allocated];
      if (j) j.seenTime = (j.allocationTime as number) - 1;
    });
    expect(v.join('\n')).toMatch(/allocation .* after seen/);
  });

  it('reports changes of social worker that disagree with the workers recorded', () => {
    const v = tampered((out) => {
      const j = out.journeys[allocated];
      if (j) j.workerChanges += 1;
    });
    expect(v.join('\n')).toMatch(/workerChanges \d+ but \d+ workers/);
  });

  it('reports more staff than posts, more held on duty than unallocated, and negative counts', () => {
    const v = tampered((out) => {
      out.series.agency[0] = scenario.workforce.posts + 1;
      out.series.heldOnDuty[1] = (out.series.unallocated[1] ?? 0) + 1;
      out.series.leavers[2] = -1;
    }).join('\n');
    expect(v).toMatch(/permanent \+ \d+ agency in \d+ posts/);
    expect(v).toMatch(/held on duty but \d+ could be allocated/);
    expect(v).toMatch(/leavers is -1/);
  });

  it('reports a contact left without a decision while later contacts were screened', () => {
    const v = tampered((out) => {
      const c = out.contacts.find((x) => x.decision === 'noFurtherAction');
      if (c) {
        c.decision = undefined;
        c.decisionTime = undefined;
      }
    });
    expect(v.join('\n')).toMatch(/never decided/);
  });

  it('throws an error that quotes the broken invariants', () => {
    const out = structuredClone(clean);
    out.series.vacancies[0] = -5;
    expect(() => checkInvariants(out, scenario)).toThrow(/invariant\(s\) broken in replication 0:\n.*vacancies/);
  });
});
