import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSize } from '../../src/cli/runSize.js';
import { loadScenarios } from '../../src/cli/loadScenarios.js';
import { cli, REPO, useScenarioFolder } from '../cli/fakeIo.js';
import type { FakeIo } from '../cli/fakeIo.js';

const fixture = useScenarioFolder();

const HUGE = join(REPO, 'test', 'robustness', 'scenarios', 'huge.yaml');
const SWAMPED = join(REPO, 'test', 'robustness', 'scenarios', 'swamped.yaml');

describe('bounded work', () => {
  it('refuses the largest scenario validate accepts before running, with the estimate and the limit (exit 3)', async () => {
    expect((await cli(fixture.io, 'validate', HUGE)).code).toBe(0);
    const { code, err } = await cli(fixture.io, 'run', HUGE, '--seed', '1', '--out', 'huge');
    expect(code).toBe(3);
    expect(err).toMatch(/scenario "huge" is too large to run here: one replication needs about [\d.]+ GB .* more than the 3\.0 GB one thread may use/);
    expect(err).not.toContain('running');
    expect(existsSync(join(fixture.dir, 'huge'))).toBe(false);
  });

  it('estimates more memory for a longer run and for more demand', () => {
    const [loaded] = loadScenarios([join(REPO, 'scenarios', 'solihull-2022.yaml')], [], fixture.io);
    if (loaded === undefined) throw new Error('solihull-2022 should load');
    const base = loaded.loaded.scenario;
    const longer = { ...base, horizon: { ...base.horizon, years: base.horizon.years * 2 } };
    const busier = { ...base, demand: { ...base.demand, childrenPerYear: base.demand.childrenPerYear * 2 } };
    expect(runSize(longer).bytes).toBeGreaterThan(runSize(base).bytes);
    expect(runSize(busier).bytes).toBeGreaterThan(runSize(base).bytes);
    // A shipped scenario fits many times over in a 2 GB heap.
    expect(runSize(base).bytes).toBeLessThan(2 * 1024 ** 3 / 10);
  });

  it('runs fewer threads, with a warning, when the asked number would not fit in the machine together', async () => {
    const small = { ...fixture.io, memory: { heapLimitBytes: 4 * 1024 ** 3, totalBytes: 1024 ** 2 } };
    const { code, err } = await cli(small as FakeIo, 'run', 'scenarios/a.yaml', '--seed', '1', '--replications', '2', '--jobs', '2', '--no-charts', '--out', 'fewer');
    expect(code).toBe(0);
    expect(err).toMatch(/warning: 2 threads of about [\d.]+ GB each would not fit in this machine's 0\.0 GB; using 1/);
    expect((JSON.parse(readFileSync(join(fixture.dir, 'fewer', 'run.json'), 'utf8')) as { jobs: number }).jobs).toBe(1);
  });

  it('says plainly that the front door is overwhelmed, at which queue and by how much, and explains n/a', async () => {
    const { code, err, out } = await cli(fixture.io, 'run', SWAMPED, '--seed', '1', '--replications', '1', '--jobs', '1', '--no-charts', '--out', 'swamped');
    expect(code).toBe(0);
    expect(err).toMatch(/warning: swamped: the front door is overwhelmed: demand outruns capacity at the queue of contacts waiting for screening in 1 of 1 replications \((the queue holds about [\d.]+ weeks of arrivals|by about \d+ contacts a week)/);
    expect(out).toContain('n/a: no replication gave a value');
  });
});
