import { beforeAll, describe, expect, it } from 'vitest';
import { ExperimentAbortError, runExperiment } from '../../src/experiment/index.js';
import type { ExperimentRaw, LoadedScenario } from '../../src/experiment/index.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { REPLICATIONS, SEED, scenarioPair } from './fixtures.js';
import { loadedSmall } from './smallScenario.js';

// jobs > 1 runs dist/experiment/worker.js, which imports the compiled model: `npm test` builds first,
// so in-process (src) and worker (dist) runs execute the same code.

let serial: ExperimentRaw;
const progress: [number, number][] = [];

beforeAll(async () => {
  serial = await runExperiment(scenarioPair(), {
    seed: SEED, replications: REPLICATIONS, jobs: 1, onProgress: (done, total) => progress.push([done, total]),
  });
});

describe('runExperiment', () => {
  it('returns records in (scenario order, replication) order with the design and scenario metadata', () => {
    expect(serial.schemaVersion).toBe(2);
    expect(serial.seed).toBe(SEED);
    expect(serial.replications).toBe(REPLICATIONS);
    expect(serial.shard).toBeUndefined();
    expect(serial.scenarios.map((s) => s.name)).toEqual(['baseline', 'more-posts']);
    expect(serial.scenarios[0]).toEqual({ name: 'baseline', file: 'baseline.yaml', hash: 'hash-baseline-6', chain: ['baseline.yaml'] });
    const keys = serial.records.map((r) => `${r.scenario}#${r.replication}`);
    const expected = ['baseline', 'more-posts'].flatMap((s) => [0, 1, 2, 3, 4].map((r) => `${s}#${r}`));
    expect(keys).toEqual(expected);
    serial.records.forEach((r) => expect(r.metrics.replication).toBe(r.replication));
  });

  it('gives deep-equal raw results for the same seed', async () => {
    const again = await runExperiment(scenarioPair(), { seed: SEED, replications: REPLICATIONS, jobs: 1 });
    expect(again).toStrictEqual(serial);
  });

  it('gives different results for a different seed (so the equality above is not vacuous)', async () => {
    const other = await runExperiment(scenarioPair().slice(0, 1), { seed: `${SEED}-other`, replications: 2, jobs: 1 });
    const contacts = (raw: ExperimentRaw) => raw.records.filter((r) => r.scenario === 'baseline').slice(0, 2).map((r) => r.metrics.scalars.contactsPerYear);
    expect(contacts(other)).not.toEqual(contacts(serial));
  });

  it('gives deep-equal and byte-identical JSON results with jobs 2 and jobs 3 as with jobs 1', async () => {
    for (const jobs of [2, 3]) {
      const parallel = await runExperiment(scenarioPair(), { seed: SEED, replications: REPLICATIONS, jobs });
      expect(parallel).toStrictEqual(serial);
      expect(JSON.stringify(parallel)).toBe(JSON.stringify(serial));
    }
  });

  it('reports progress once per replication, ending at the total', () => {
    const total = 2 * REPLICATIONS;
    expect(progress).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  it('gives every scenario the same arrivals in each replication (common random numbers)', () => {
    for (let r = 0; r < REPLICATIONS; r++) {
      const [a, b] = serial.records.filter((x) => x.replication === r);
      expect(b?.metrics.scalars.contactsPerYear).toBe(a?.metrics.scalars.contactsPerYear);
    }
    // Arrivals do vary between replications, and staffing does change the outcome.
    const baseline = serial.records.filter((x) => x.scenario === 'baseline');
    expect(new Set(baseline.map((x) => x.metrics.scalars.contactsPerYear)).size).toBeGreaterThan(1);
    const series = (name: string) => serial.records.filter((x) => x.scenario === name).map((x) => x.series.permanent);
    expect(series('more-posts')).not.toEqual(series('baseline'));
  });

  it('keeps the full sample only for replications below sampleReplications (default 1)', async () => {
    expect(serial.records.filter((r) => r.sample !== undefined).map((r) => `${r.scenario}#${r.replication}`)).toEqual(['baseline#0', 'more-posts#0']);
    const sample = serial.records[0]?.sample;
    expect(sample?.journeys.length).toBeGreaterThan(0);
    expect(sample?.workers.length).toBeGreaterThan(0);
    expect(sample?.caseloads.length).toBe(serial.records[0]?.series.time.length);
    const none = await runExperiment(scenarioPair().slice(0, 1), { seed: SEED, replications: 2, jobs: 1, sampleReplications: 0 });
    expect(none.records.every((r) => r.sample === undefined)).toBe(true);
    const two = await runExperiment(scenarioPair().slice(0, 1), { seed: SEED, replications: 3, jobs: 1, sampleReplications: 2 });
    expect(two.records.map((r) => r.sample !== undefined)).toEqual([true, true, false]);
  });

  it('traces the requested child in replication 0 only', async () => {
    const raw = await runExperiment(scenarioPair().slice(0, 1), { seed: SEED, replications: 2, jobs: 1, sampleReplications: 2, tracedChild: 0 });
    expect(raw.records[0]?.sample?.trace.length).toBeGreaterThan(0);
    expect(raw.records[1]?.sample?.trace).toEqual([]);
    expect(serial.records[0]?.sample?.trace).toEqual([]);
  });

  it('runs only the shard\'s replications and records the shard', async () => {
    const raw = await runExperiment(scenarioPair(), { seed: SEED, replications: REPLICATIONS, jobs: 1, shard: { index: 1, count: 2 } });
    expect(raw.shard).toEqual({ index: 1, count: 2 });
    expect(raw.records.map((r) => `${r.scenario}#${r.replication}`)).toEqual(['baseline#1', 'baseline#3', 'more-posts#1', 'more-posts#3']);
    expect(raw.records[0]).toStrictEqual(serial.records[1]);
  });
});

describe('runExperiment when stopped or misused', () => {
  it('stops in-process after the replication in progress and says how many completed', async () => {
    const controller = new AbortController();
    let calls = 0;
    const run = runExperiment(scenarioPair(), {
      seed: SEED, replications: REPLICATIONS, jobs: 1, signal: controller.signal,
      onProgress: (done) => {
        calls++;
        if (done === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError', completed: 2, total: 2 * REPLICATIONS, message: expect.stringContaining('2 of 10') });
    await expect(run).rejects.toBeInstanceOf(ExperimentAbortError);
    expect(calls).toBe(2);
  });

  it('terminates worker threads on abort and rejects with the completed count', async () => {
    const controller = new AbortController();
    let calls = 0;
    const replications = 20;
    const run = runExperiment(scenarioPair(), {
      seed: SEED, replications, jobs: 2, signal: controller.signal,
      onProgress: () => {
        calls++;
        controller.abort(new Error('user pressed Ctrl-C'));
      },
    });
    const error: unknown = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExperimentAbortError);
    const aborted = error as ExperimentAbortError;
    expect(aborted.completed).toBe(calls);
    expect(aborted.completed).toBeLessThan(2 * replications);
    expect((aborted.cause as Error).message).toBe('user pressed Ctrl-C');
  });

  it('rejects at once when the signal is already aborted', async () => {
    for (const jobs of [1, 2]) {
      let calls = 0;
      const run = runExperiment(scenarioPair(), { seed: SEED, replications: 3, jobs, signal: AbortSignal.abort(), onProgress: () => calls++ });
      await expect(run).rejects.toMatchObject({ name: 'AbortError', completed: 0 });
      expect(calls).toBe(0);
    }
  });

  it('names the scenario and replication when a replication fails, in-process and in a worker', async () => {
    const broken: LoadedScenario = { ...loadedSmall('broken'), scenario: { ...loadedSmall('broken').scenario, demand: undefined } as unknown as Scenario };
    for (const jobs of [1, 2]) {
      await expect(runExperiment([broken], { seed: SEED, replications: 2, jobs })).rejects.toThrow(/replication 0 of scenario "broken"|replication 1 of scenario "broken"/);
    }
  });

  it('throws RangeError naming the argument for bad options', async () => {
    const pair = scenarioPair();
    const ok = { seed: SEED, replications: 2, jobs: 1 };
    await expect(runExperiment([], ok)).rejects.toThrow(/scenarios must not be empty/);
    await expect(runExperiment(pair, { ...ok, replications: 0 })).rejects.toThrow(/replications must be an integer >= 1, got 0/);
    await expect(runExperiment(pair, { ...ok, jobs: 1.5 })).rejects.toThrow(/jobs must be an integer >= 1, got 1.5/);
    await expect(runExperiment(pair, { ...ok, shard: { index: 2, count: 2 } })).rejects.toThrow(/shard.index must be an integer in 0..1/);
    await expect(runExperiment([pair[0]!, pair[0]!], ok)).rejects.toThrow(/"baseline" appears twice/);
  });
});
