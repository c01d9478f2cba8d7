// Runs that cannot keep up: demand far above capacity must still finish, with the unallocated
// queue growing and a warning saying so; stored records stay within their cap; the runaway guard
// stops a run with a message naming the limit.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulationError } from '../../src/engine/index.js';
import { runReplication } from '../../src/model/index.js';
import type { ReplicationOutput } from '../../src/model/index.js';
import { cli, fakeIo, REPO, removeFolder, scenarioFolder } from '../cli/fakeIo.js';
import { invariantViolations } from '../model/invariants.js';
import { scenarioFile } from '../model/fixtures.js';

/**
 * Solihull 2022 demand (7,800 children a year) against 5 social worker posts instead of 77: about
 * 1,800 referrals a year need assessments that 5 workers with capped caseloads cannot take on, so
 * the unallocated queue can only grow. One measured year after a 60-day warm-up.
 */
const OVERLOADED = ['workforce.posts=5', 'horizon.years=1', 'horizon.warmupDays=60'];
const overloaded = scenarioFile('solihull-2022.yaml', OVERLOADED);

function meanOf(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

describe('a replication whose demand far exceeds capacity', () => {
  let out: ReplicationOutput;
  beforeAll(() => {
    out = runReplication(overloaded, { seed: 'overload', replication: 0 });
  });

  it('completes to the horizon with every model invariant holding', () => {
    expect(out.end).toBe(60 + 365);
    expect(invariantViolations(out, overloaded)).toEqual([]);
  });

  it('ends with an unallocated queue many times larger than it started, rising quarter on quarter', () => {
    const queue = out.series.unallocated;
    expect(queue.length).toBeGreaterThanOrEqual(52);
    const quarter = Math.floor(queue.length / 4);
    const quarters = [0, 1, 2, 3].map((q) => meanOf(queue.slice(q * quarter, (q + 1) * quarter)));
    for (let q = 1; q < 4; q++) expect(quarters[q]).toBeGreaterThan(quarters[q - 1] ?? Infinity);
    // 5 posts × cap 18 = 90 open cases at most, so well over 90 referrals waiting means a backlog.
    expect(queue[queue.length - 1]).toBeGreaterThan(500);
  });

  it('warns that demand exceeds the capacity of the case-holding social workers', () => {
    expect(out.warnings.some((w) => /queue of new referrals waiting for a first allocation (kept rising|held about)/.test(w) && /case-holding social workers/.test(w))).toBe(true);
  });

  it('a small cap on stored records keeps journeys and contacts at the cap, counts the rest and warns', () => {
    const CAP = 200;
    const capped = runReplication(overloaded, { seed: 'overload', replication: 0, maxStoredRecords: CAP });
    expect(capped.journeys).toHaveLength(CAP);
    expect(capped.contacts).toHaveLength(CAP);
    // The same seed gives the same run, so every record beyond the cap is counted.
    expect(capped.droppedRecords).toBe(out.contacts.length - CAP + out.journeys.length - CAP);
    expect(capped.warnings).toContain(`${capped.droppedRecords} records were counted but not stored (cap ${CAP} per replication).`);
    expect(invariantViolations(capped, overloaded)).toEqual([]);
  });

  it('a small event limit stops the run with a SimulationError naming the limit and the simulated time', () => {
    let error: unknown;
    try {
      runReplication(overloaded, { seed: 'overload', replication: 0, maxEvents: 20_000 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SimulationError);
    expect((error as SimulationError).message).toMatch(/^event limit reached at simulated time [\d.]+: 20000 events processed and maxEvents is 20000/);
    expect((error as SimulationError).time).toBeLessThan(60 + 365);
  });
});

describe('a replication whose contacts far exceed screening capacity', () => {
  it('completes, with the screening queue growing and a warning naming the screeners', () => {
    // One screener at 6 hours a day and 1.5 hours a contact decides about 4 contacts a working day,
    // against about 11,000 contacts a year (some 45 a working day) in the 2022 configuration, so the
    // queue should gain roughly 40 a working day, some 10,000 over the year: half that is a safe floor.
    const scenario = scenarioFile('solihull-2022.yaml', ['screening.screeners=1', 'horizon.years=1', 'horizon.warmupDays=60']);
    const out = runReplication(scenario, { seed: 'overload', replication: 1 });
    const queue = out.series.screeningQueue;
    expect((queue[queue.length - 1] ?? 0) - (queue[0] ?? Infinity)).toBeGreaterThan(5000);
    expect(out.warnings.some((w) => /queue of contacts waiting for screening (kept rising|held about)/.test(w) && /front-door screeners/.test(w))).toBe(true);
    expect(invariantViolations(out, scenario)).toEqual([]);
  });
});

describe('frontdoor run on an overloaded scenario', () => {
  let dir: string;
  beforeAll(() => {
    dir = scenarioFolder();
    const overrides = 'workforce:\n  posts: 5\nhorizon:\n  years: 1\n  warmupDays: 60\n';
    writeFileSync(join(dir, 'scenarios', 'overloaded.yaml'), `extends: solihull-2022.yaml\nname: overloaded\ndescription: Far too few social workers.\n${overrides}`);
    copyFileSync(join(REPO, 'scenarios', 'solihull-2022.yaml'), join(dir, 'scenarios', 'solihull-2022.yaml'));
  });
  afterAll(() => removeFolder(dir));

  it('completes with exit 0 and says on stderr that demand exceeds capacity', async () => {
    const io = fakeIo({ dir });
    const result = await cli(io, 'run', 'scenarios/overloaded.yaml', '--seed', '3', '--replications', '2', '--jobs', '1', '--no-charts', '--out', 'out');
    expect(result.code, result.err).toBe(0);
    expect(result.err).toMatch(/^warning: overloaded, 2 of 2 replications \(e\.g\. replication 0\): The queue of new referrals waiting for a first allocation (kept rising|held about) .*case-holding social workers/m);
  });
});
