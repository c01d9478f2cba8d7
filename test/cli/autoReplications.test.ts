import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, useScenarioFolder } from './fakeIo.js';

interface RunJson {
  replications: number;
  replicationsRun: number;
  replicationRule?: { met: boolean; replications: number; rule: { precision: number; maxReplications: number }; method: string };
}

const fixture = useScenarioFolder();
let result: { code: number; out: string; err: string };

beforeAll(async () => {
  // A tiny scenario and a bound of 12: the run is short whether or not ±20% is reached by then.
  result = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '5', '--replications', 'auto', '--precision', '0.2', '--max-replications', '12',
    '--jobs', '1', '--no-charts', '--out', 'auto');
});

describe('frontdoor run --replications auto', () => {
  it('runs, says what the rule decided and records the rule and the count in run.json', () => {
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/within ±20% of its mean \(or of 10 for a mean under 10 children, children a year, working days or percentage points; 10 to 12 replications\)/);
    const run = JSON.parse(readFileSync(join(fixture.dir, 'auto', 'run.json'), 'utf8')) as RunJson;
    expect(run.replicationRule?.rule).toMatchObject({ precision: 0.2, maxReplications: 12 });
    expect(run.replicationRule?.method).toMatch(/Hoad, Robinson and Davies/);
    expect(run.replications).toBe(run.replicationRule?.replications);
    expect(run.replicationsRun).toBe(run.replications);
    expect(run.replications).toBeLessThanOrEqual(12);
  });

  it('when the precision is not reached, names the measure furthest from it, its half-width and the half-width allowed', async () => {
    const res = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '5', '--replications', 'auto', '--precision', '0.001', '--max-replications', '10',
      '--jobs', '1', '--no-charts', '--out', 'unreached');
    expect(res.code).toBe(0);
    const run = JSON.parse(readFileSync(join(fixture.dir, 'unreached', 'run.json'), 'utf8')) as RunJson & { replicationRule: { widest: { metric: string; halfWidth: number; allowedHalfWidth: number } } };
    const widest = run.replicationRule.widest;
    expect(run.replicationRule.met).toBe(false);
    expect(widest.halfWidth).toBeGreaterThan(widest.allowedHalfWidth);
    expect(res.err).toMatch(new RegExp(`furthest from it is ${widest.metric} in tiny-a, ±[\\d.]+ against ±[\\d.]+ allowed \\(run.json has every interval\\)`));
  });

  it('refuses --precision without auto, naming the fix', async () => {
    const res = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '5', '--precision', '0.1', '--out', 'never');
    expect(res.code).not.toBe(0);
    expect(res.err).toContain('--precision applies only with --replications auto');
  });

  it('refuses auto with --shard and for sweep', async () => {
    const shard = await cli(fixture.io, 'run', 'scenarios/a.yaml', '--seed', '5', '--replications', 'auto', '--shard', '1/2', '--out', 'never');
    expect(shard.code).not.toBe(0);
    expect(shard.err).toContain('cannot be split into shards');
    const sweep = await cli(fixture.io, 'sweep', 'scenarios/a.yaml', '--seed', '5', '--replications', 'auto', '--set', 'workforce.posts=6,7', '--out', 'never');
    expect(sweep.code).not.toBe(0);
    expect(sweep.err).toContain('--replications auto works with run and compare');
  });
});
