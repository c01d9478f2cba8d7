import { checkShard } from './shardIndices.js';
import type { Shard } from './shardIndices.js';

/** The sweep points a shard runs: those at positions i with i % count === index (all points, copied, without a shard). */
export function sweepPointsForShard<T>(points: readonly T[], shard?: Shard): T[] {
  if (shard === undefined) return [...points];
  checkShard(shard);
  return points.filter((_, i) => i % shard.count === shard.index);
}
