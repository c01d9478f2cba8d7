import { describe, it, expect } from 'vitest';
import type { ContactRecord, WorkerRecord } from '../../src/model/index.js';
import { runChecked, scenarioFile } from './fixtures.js';

const SMALL = ['horizon.years=0.5', 'horizon.warmupDays=60'];

/** What the children bring: who, when, from where and how needy, for the first episode (before any staffing can matter). */
function arrivals(contacts: readonly ContactRecord[]): string[] {
  return contacts.filter((c) => c.episode === 0).map((c) => `${c.child}|${c.index}|${c.time}|${c.source}|${c.risk}`);
}

/** Every staffing event of a run on posts below `posts`: who held which post, from when to when, and why they left. */
function staffing(workers: readonly WorkerRecord[], posts = Infinity): string[] {
  return workers.filter((w) => w.post < posts).map((w) => `${w.post}|${w.kind}|${w.start}|${w.end}|${w.reason}`).sort();
}

describe('runReplication', () => {
  const scenario = scenarioFile('validation/golden.yaml', SMALL);

  it('gives identical output for the same seed and replication', () => {
    const a = runChecked(scenario, { seed: 'repeat', replication: 2, tracedChild: 5 });
    const b = runChecked(scenario, { seed: 'repeat', replication: 2, tracedChild: 5 });
    expect(b).toStrictEqual(a);
    expect(a.trace.length).toBeGreaterThan(0);
  });

  it('gives different output for a different seed or a different replication', () => {
    const a = runChecked(scenario, { seed: 'repeat', replication: 0 });
    const otherSeed = runChecked(scenario, { seed: 'repeat-2', replication: 0 });
    const otherReplication = runChecked(scenario, { seed: 'repeat', replication: 1 });
    expect(arrivals(otherSeed.contacts)).not.toEqual(arrivals(a.contacts));
    expect(arrivals(otherReplication.contacts)).not.toEqual(arrivals(a.contacts));
    expect(otherSeed.events).not.toBe(a.events);
  });

  it('sends the same children with the same needs whatever the staffing (common random numbers)', () => {
    const fewer = runChecked(scenario, { seed: 'crn', replication: 0 });
    const more = runChecked(scenarioFile('validation/golden.yaml', [...SMALL, 'workforce.posts=14', 'workforce.permanent.turnoverPerYear=0.6']), { seed: 'crn', replication: 0 });
    expect(arrivals(more.contacts)).toEqual(arrivals(fewer.contacts));
    // The configurations do differ in what happens next.
    expect(more.workers.length).not.toBe(fewer.workers.length);
  });

  it('gives every post the same staffing events in two scenarios that differ only in demand (staffing is paired)', () => {
    // Without the caseload-pressure effect on leaving, nothing about staffing depends on demand.
    const noPressure = [...SMALL, 'horizon.years=2', 'workforce.burnout.perCaseOverCap=0'];
    const quiet = runChecked(scenarioFile('validation/golden.yaml', noPressure), { seed: 'paired', replication: 1 });
    const busy = runChecked(scenarioFile('validation/golden.yaml', [...noPressure, 'demand.childrenPerYear=1600']), { seed: 'paired', replication: 1 });
    expect(staffing(busy.workers)).toEqual(staffing(quiet.workers));
    expect(quiet.workers.some((w) => w.reason === 'left')).toBe(true);
    // Demand did change what happened to the children.
    expect(busy.contacts.length).toBeGreaterThan(quiet.contacts.length);
  });

  it('gives the posts two establishments share the same staffing events (staffing is keyed per post)', () => {
    const noPressure = [...SMALL, 'horizon.years=2', 'workforce.burnout.perCaseOverCap=0', 'workforce.agency.additionalShareOfPosts=0'];
    const ten = runChecked(scenarioFile('validation/golden.yaml', noPressure), { seed: 'paired', replication: 2 });
    const twelve = runChecked(scenarioFile('validation/golden.yaml', [...noPressure, 'workforce.posts=12']), { seed: 'paired', replication: 2 });
    expect(staffing(twelve.workers, 10)).toEqual(staffing(ten.workers, 10));
    expect(staffing(twelve.workers).length).toBeGreaterThan(staffing(ten.workers).length);
  });
});
