import { beforeAll, describe, expect, it } from 'vitest';
import { mergeShards, runExperiment } from '../../src/experiment/index.js';
import type { ExperimentRaw } from '../../src/experiment/index.js';
import { REPLICATIONS, SEED, scenarioPair } from './fixtures.js';

const roundTrip = (raw: ExperimentRaw): ExperimentRaw => JSON.parse(JSON.stringify(raw)) as ExperimentRaw;

let whole: ExperimentRaw;
let first: ExperimentRaw;
let second: ExperimentRaw;

beforeAll(async () => {
  const options = { seed: SEED, replications: REPLICATIONS, jobs: 1 };
  whole = await runExperiment(scenarioPair(), options);
  first = roundTrip(await runExperiment(scenarioPair(), { ...options, shard: { index: 0, count: 2 } }));
  second = roundTrip(await runExperiment(scenarioPair(), { ...options, shard: { index: 1, count: 2 } }));
});

describe('mergeShards', () => {
  it('merges shards 1/2 and 2/2 (read back from JSON) into the unsharded result, in either order', () => {
    expect(first.records.length + second.records.length).toBe(whole.records.length);
    expect(mergeShards([first, second])).toStrictEqual(roundTrip(whole));
    expect(mergeShards([second, first])).toStrictEqual(roundTrip(whole));
  });

  it('drops the shard field and accepts an empty shard', async () => {
    const merged = mergeShards([first, second]);
    expect('shard' in merged).toBe(false);
    const small = { seed: SEED, replications: 2, jobs: 1 };
    const parts = await Promise.all([0, 1, 2].map((index) => runExperiment(scenarioPair(), { ...small, shard: { index, count: 3 } })));
    expect(parts[2]?.records).toEqual([]);
    expect(mergeShards(parts)).toStrictEqual(await runExperiment(scenarioPair(), small));
  });

  it('rejects shards run with different seeds, naming both', () => {
    expect(() => mergeShards([first, { ...second, seed: 'other' }])).toThrow(/seed "other", the first has seed "experiment-tests"/);
  });

  it('rejects a scenario whose hash differs between shards, naming the scenario', () => {
    const changed = roundTrip(second);
    changed.scenarios[1]!.hash = 'hash-changed';
    expect(() => mergeShards([first, changed])).toThrow(/scenario "more-posts" has hash hash-changed/);
  });

  it('rejects different replication counts or scenario lists', () => {
    expect(() => mergeShards([first, { ...second, replications: 6 }])).toThrow(/6 replications, the first for 5/);
    expect(() => mergeShards([first, { ...second, scenarios: second.scenarios.slice(0, 1) }])).toThrow(/scenarios \[baseline\], the first has \[baseline, more-posts\]/);
  });

  it('rejects a shard given twice as duplicate replications', () => {
    expect(() => mergeShards([first, second, first])).toThrow(/duplicate replications.*"baseline" replication 0/);
  });

  it('rejects a missing shard, listing the missing replications', () => {
    expect(() => mergeShards([first])).toThrow(/missing replications.*"baseline" replication 1, "baseline" replication 3, "more-posts" replication 1/);
  });

  it('rejects records of unknown scenarios or replications outside the design, and an empty list', () => {
    const stray = roundTrip(second);
    stray.records[0]!.scenario = 'elsewhere';
    expect(() => mergeShards([first, stray])).toThrow(/unknown scenario "elsewhere"/);
    const outside = roundTrip(second);
    outside.records[0]!.replication = 7;
    expect(() => mergeShards([first, outside])).toThrow(/replication 7 of "baseline", outside 0..4/);
    expect(() => mergeShards([])).toThrow(/no shard results/);
  });
});
