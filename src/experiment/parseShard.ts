import type { Shard } from './shardIndices.js';

/**
 * Reads a shard written 'k/n' (1-based: '1/4' … '4/4') and returns it 0-based ({ index: k − 1, count: n }).
 * Throws RangeError quoting the text unless k and n are whole numbers with 1 <= k <= n.
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/.exec(text);
  const usage = `a shard is written k/n with whole numbers 1 <= k <= n (e.g. 1/4 for the first of four shards), got "${text}"`;
  if (match === null) throw new RangeError(usage);
  const k = Number(match[1]);
  const n = Number(match[2]);
  if (n < 1 || k < 1 || k > n) throw new RangeError(usage);
  return { index: k - 1, count: n };
}
