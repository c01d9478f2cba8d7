import { describe, expect, it } from 'vitest';
import { parseShard, shardIndices } from '../../src/experiment/index.js';

describe('parseShard', () => {
  it('reads k/n 1-based and returns it 0-based', () => {
    expect(parseShard('1/4')).toEqual({ index: 0, count: 4 });
    expect(parseShard('4/4')).toEqual({ index: 3, count: 4 });
    expect(parseShard(' 2 / 3 ')).toEqual({ index: 1, count: 3 });
    expect(parseShard('1/1')).toEqual({ index: 0, count: 1 });
  });

  it('throws RangeError quoting the text for out-of-range or malformed shards', () => {
    for (const text of ['0/4', '5/4', '1/0', '0/0', '1', '1/', '/4', 'a/b', '1.5/4', '-1/4', '1/4/2', '', '1 of 4']) {
      expect(() => parseShard(text), text).toThrow(RangeError);
      expect(() => parseShard(text), text).toThrow(`got "${text}"`);
    }
    expect(() => parseShard('5/4')).toThrow(/k\/n with whole numbers 1 <= k <= n \(e\.g\. 1\/4/);
  });
});

describe('shardIndices', () => {
  it('gives every replication without a shard', () => {
    expect(shardIndices(4)).toEqual([0, 1, 2, 3]);
    expect(shardIndices(0)).toEqual([]);
  });

  it('gives the replications r with r % count === index, which partition 0..n-1', () => {
    expect(shardIndices(10, { index: 0, count: 3 })).toEqual([0, 3, 6, 9]);
    expect(shardIndices(10, { index: 2, count: 3 })).toEqual([2, 5, 8]);
    expect(shardIndices(2, { index: 2, count: 3 })).toEqual([]);
    const all = [0, 1, 2, 3].flatMap((index) => shardIndices(13, { index, count: 4 })).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 13 }, (_, i) => i));
  });

  it('throws RangeError naming a bad count or shard', () => {
    expect(() => shardIndices(-1)).toThrow(/replications must be an integer >= 0, got -1/);
    expect(() => shardIndices(2.5)).toThrow(/got 2.5/);
    expect(() => shardIndices(4, { index: 4, count: 4 })).toThrow(/shard.index must be an integer in 0..3 \(0-based\), got 4/);
    expect(() => shardIndices(4, { index: 0, count: 0 })).toThrow(/shard.count must be an integer >= 1, got 0/);
  });
});
