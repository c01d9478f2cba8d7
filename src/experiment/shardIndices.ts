/** A shard of an experiment: replication indices r with r % count === index (both 0-based). */
export interface Shard {
  index: number;
  count: number;
}

/** Throws RangeError unless the shard has integer count >= 1 and 0 <= index < count. */
export function checkShard(shard: Shard): void {
  const { index, count } = shard;
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`shard.count must be an integer >= 1, got ${String(count)}`);
  if (!Number.isSafeInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`shard.index must be an integer in 0..${count - 1} (0-based), got ${String(index)}`);
  }
}

/**
 * Replication indices 0..replications-1 that a shard runs, ascending (all of them without a shard);
 * a shard can be empty when count > replications. Throws RangeError on a bad count or shard.
 */
export function shardIndices(replications: number, shard?: Shard): number[] {
  if (!Number.isSafeInteger(replications) || replications < 0) {
    throw new RangeError(`replications must be an integer >= 0, got ${String(replications)}`);
  }
  if (shard !== undefined) checkShard(shard);
  const out: number[] = [];
  for (let r = 0; r < replications; r++) if (shard === undefined || r % shard.count === shard.index) out.push(r);
  return out;
}
