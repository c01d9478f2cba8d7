import seedrandom from 'seedrandom';
import { show } from '../check/index.js';

/** A source of uniform random numbers in [0, 1); every draw advances the stream. */
export type Rng = () => number;

/**
 * The generator behind every stream: seedrandom's xor4096 (Brent's xorgens 4096 with a Weyl
 * sequence; period 2^4128 - 2^32; no systematic BigCrush failures reported in seedrandom's README),
 * read through `.double()`, which combines two 32-bit outputs into a 53-bit double in (0, 1) and
 * never returns 0.
 * Why: 53-bit resolution keeps distribution tails honest (with 32-bit uniforms an exponential
 * cannot exceed 22.2 means; here the limit is 36.7). Speed: 106-114 M draws/s on Node 20
 * (ecosystem.md §3.5); a same-machine rerun, one process per generator, gave xor4096 `.double()`
 * 70 M/s, alea `.double()` 60 M/s, default ARC4 18 M/s. Any of these is far above the ~10^5 draws a
 * replication needs, so quality and period decided: the long period makes overlap between the
 * many (seed, replication, name) streams negligible.
 */
export const RNG_ALGORITHM =
  'seedrandom.xor4096 (53-bit doubles via .double()) for named streams; sfc32 (32-bit) for per-child keyed streams';

/** How a stream's seed string is built; written into run records so a stream can be rebuilt by hand. */
export const STREAM_SEED_SCHEME =
  "seedrandom.xor4096 seeded with the string `${seed}|${replication}|${name}` " +
  "(replication a non-negative integer in decimal, name a non-empty string without '|'), " +
  'one independent generator per (seed, replication, stream name); each child draws a 32-bit key from the ' +
  "'needs' stream in arrival order, and every draw about that child comes from sfc32 seeded by mixing " +
  '(child key, purpose key), so a child sees the same numbers in every scenario run with the same seed';

/**
 * The seed string for a stream, per STREAM_SEED_SCHEME. Because the name may not contain '|' and
 * the replication is a plain integer, different (seed, replication, name) triples never share a string.
 */
export function streamSeed(seed: string, replication: number, name: string): string {
  if (typeof seed !== 'string') throw new RangeError(`createStream: seed must be a string, got ${show(seed)}`);
  if (!Number.isSafeInteger(replication) || replication < 0) {
    throw new RangeError(`createStream: replication must be a non-negative integer, got ${show(replication)}`);
  }
  if (typeof name !== 'string' || name.length === 0 || name.includes('|')) {
    throw new RangeError(`createStream: name must be a non-empty string without '|', got ${show(name)}`);
  }
  return `${seed}|${replication}|${name}`;
}

/**
 * A named stream for one source of variation (e.g. 'arrivals') in one replication. Streams are
 * independent of one another, so drawing more or fewer numbers from one leaves every other
 * stream's draws unchanged (common random numbers). Throws a RangeError on a bad replication or name.
 */
export function createStream(seed: string, replication: number, name: string): Rng {
  const generator = seedrandom.xor4096(streamSeed(seed, replication, name));
  return () => generator.double();
}
