import { describe, expect, it } from 'vitest';
import { mser5, MSER_BATCH } from '../../src/stats/index.js';
import { createStream } from '../../src/random/index.js';

/** Stationary noise around `level`, seeded. */
function noise(n: number, level: number, seed: string): number[] {
  const rng = createStream(seed, 0, 'noise');
  return Array.from({ length: n }, () => level + (rng() - 0.5));
}

describe('mser5(values)', () => {
  it('cuts a warm-up ramp: the truncation falls at or just after the end of the ramp', () => {
    // 60 observations climbing from 0 to 30, then 240 around 30 with noise of width 1.
    const ramp = Array.from({ length: 60 }, (_, i) => i / 2);
    const result = mser5([...ramp, ...noise(240, 30, 'ramp')]);
    expect(result.truncation % MSER_BATCH).toBe(0);
    // The batches still on the ramp are far from the rest; the rule may keep at most the last one.
    expect(result.truncation).toBeGreaterThanOrEqual(55);
    expect(result.truncation).toBeLessThanOrEqual(80);
    expect(result.reliable).toBe(true);
  });

  it('cuts nothing from a series that starts settled', () => {
    expect(mser5(Array.from({ length: 100 }, () => 5)).truncation).toBe(0);
  });

  it('says a steady climb has not settled: the cut is at the edge of the searched half', () => {
    const result = mser5(Array.from({ length: 200 }, (_, i) => i));
    expect(result.reliable).toBe(false);
  });

  it('returns no cut and not reliable for fewer than four batches', () => {
    expect(mser5([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({ truncation: 0, batches: 2, reliable: false });
  });
});
