import type { Rng } from './stream.js';

/** Mixes two 32-bit integers into one well-spread 32-bit integer (murmur3 finaliser). */
export function mixKeys(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x6b43a9b5, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A small, fast generator (sfc32) seeded from a base key and a purpose key. Used for
 * per-entity draws (one child's needs, one contact's screening) so that each entity sees the
 * same numbers whichever scenario it runs in: common random numbers at the level of a child.
 * Creating one costs a few multiplications, so one per child and purpose is affordable; for draws
 * made at once, borrowKeyedStream gives the same numbers without allocating.
 */
export function keyedStream(baseKey: number, purposeKey: number): Rng {
  let a = mixKeys(baseKey, purposeKey);
  let b = mixKeys(a, 0x27d4eb2f);
  let c = mixKeys(b, 0x165667b1);
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

// The state of the one borrowed stream (see borrowKeyedStream): sfc32 as in keyedStream, held in
// a typed array so that updating it never boxes a number. Int32 storage keeps the same 32 bits as
// keyedStream's unsigned seeds, and every step works on those bits alone.
const borrowed = new Int32Array(4);

function borrowedNext(): number {
  const a = borrowed[0]!;
  const b = borrowed[1]!;
  const c = borrowed[2]!;
  const d = borrowed[3]!;
  const t = (((a + b) | 0) + d) | 0;
  borrowed[3] = (d + 1) | 0;
  borrowed[0] = b ^ (b >>> 9);
  const c1 = (c << 21) | (c >>> 11);
  borrowed[1] = (c + (c << 3)) | 0;
  borrowed[2] = (c1 + t) | 0;
  return (t >>> 0) / 4294967296;
}

/**
 * The stream keyedStream(baseKey, purposeKey) gives, drawing the same numbers, without allocating:
 * one shared generator re-seeded by every call, so the stream returned is valid only until the next
 * call to borrowKeyedStream. For draws made at once, never for a stream kept to be continued later.
 */
export function borrowKeyedStream(baseKey: number, purposeKey: number): Rng {
  const a = mixKeys(baseKey, purposeKey);
  const b = mixKeys(a, 0x27d4eb2f);
  borrowed[0] = a;
  borrowed[1] = b;
  borrowed[2] = mixKeys(b, 0x165667b1);
  borrowed[3] = 1;
  for (let i = 0; i < 12; i++) borrowedNext();
  return borrowedNext;
}

/**
 * Writes the first `count` numbers of keyedStream(baseKey, purposeKey) into out[0, count), as
 * borrowKeyedStream would draw them, without a call per number (so none is boxed); the borrowed
 * stream then continues after them. `count` must not exceed out.length.
 */
export function keyedUniforms(baseKey: number, purposeKey: number, out: Float64Array, count: number): void {
  borrowKeyedStream(baseKey, purposeKey);
  let a = borrowed[0]!;
  let b = borrowed[1]!;
  let c = borrowed[2]!;
  let d = borrowed[3]!;
  for (let i = 0; i < count; i++) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    out[i] = (t >>> 0) / 4294967296;
  }
  borrowed[0] = a;
  borrowed[1] = b;
  borrowed[2] = c;
  borrowed[3] = d;
}

/** Draws a 32-bit key from a stream, for seeding `keyedStream`. */
export function drawKey(rng: Rng): number {
  return Math.floor(rng() * 4294967296) >>> 0;
}
