import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createStream, RNG_ALGORITHM, STREAM_SEED_SCHEME, streamSeed } from '../../src/random/index.js';
import type { Rng } from '../../src/random/index.js';
import { momentsOf, withinSe } from './moments.js';

const take = (rng: Rng, n: number): number[] => Array.from({ length: n }, () => rng());

describe('createStream', () => {
  it("createStream('42', 0, 'arrivals') gives the pinned first draws", () => {
    // Pinned from seedrandom 3.0.5: seedrandom.xor4096('42|0|arrivals').double(), five times.
    expect(take(createStream('42', 0, 'arrivals'), 5)).toEqual([
      0.27851816908110805, 0.23986946253776842, 0.9428600587303511, 0.31996166329109943, 0.6074435079547253,
    ]);
  });

  it('matches seedrandom.xor4096(...).double() called directly with the documented seed string', () => {
    const direct = seedrandom.xor4096('42|0|arrivals');
    const expected = Array.from({ length: 1000 }, () => direct.double());
    expect(take(createStream('42', 0, 'arrivals'), 1000)).toEqual(expected);
    expect(streamSeed('42', 0, 'arrivals')).toBe('42|0|arrivals');
  });

  it('uses a generator that reproduces the value documented in seedrandom for xor4096 seed 1', () => {
    // lib/xor4096.js documents xor4096(1) -> 0.1520436450538547 (Brent's xorgens reference sequence).
    expect(seedrandom.xor4096(1 as unknown as string).double()).toBe(0.1520436450538547);
  });

  it('names the algorithm and seed scheme for run records', () => {
    expect(RNG_ALGORITHM).toContain('xor4096');
    expect(STREAM_SEED_SCHEME).toContain('${seed}|${replication}|${name}');
  });

  it('gives identical sequences for identical (seed, replication, name)', () => {
    expect(take(createStream('s', 3, 'screening'), 100)).toEqual(take(createStream('s', 3, 'screening'), 100));
  });

  it('leaves one stream identical however many draws another stream makes', () => {
    const alone = createStream('42', 0, 'screening');
    const aloneDraws = take(alone, 500);

    const busy = createStream('42', 0, 'arrivals');
    const shared = createStream('42', 0, 'screening');
    const interleaved: number[] = [];
    for (let i = 0; i < 500; i += 1) {
      take(busy, 1 + (i % 7)); // the other stream's use changes; this one's must not
      interleaved.push(shared());
    }
    expect(interleaved).toEqual(aloneDraws);
  });

  it('gives different sequences for different seeds, replications and names', () => {
    const sequences = [
      take(createStream('42', 0, 'arrivals'), 20),
      take(createStream('43', 0, 'arrivals'), 20),
      take(createStream('42', 1, 'arrivals'), 20),
      take(createStream('42', 0, 'arrival'), 20),
      take(createStream('42', 0, 'screening'), 20),
      take(createStream('4', 20, 'arrivals'), 20),
    ];
    const allValues = new Set(sequences.flat());
    expect(allValues.size).toBe(6 * 20);
  });

  it('produces uniform draws in (0, 1) with mean 1/2, variance 1/12 and no lag-1 correlation (4 SE)', () => {
    const n = 200_000;
    const u = take(createStream('42', 0, 'uniformity'), n);
    expect(u.every((x) => x > 0 && x < 1)).toBe(true);
    withinSe('mean', momentsOf(u).mean, 0.5, Math.sqrt(1 / 12 / n));
    // Var of U is 1/12 and its fourth central moment 1/80, so the SE of the sample variance is sqrt((1/80 - 1/144)/n).
    withinSe('variance', momentsOf(u).variance, 1 / 12, Math.sqrt((1 / 80 - 1 / 144) / n));
    let lag = 0;
    for (let i = 1; i < n; i += 1) lag += ((u[i] ?? 0) - 0.5) * ((u[i - 1] ?? 0) - 0.5);
    // Under independence the lag-1 correlation estimate has SE 1/sqrt(n).
    withinSe('lag-1 correlation', (lag / (n - 1)) * 12, 0, 1 / Math.sqrt(n));
  });

  it('fills 100 equal bins evenly (chi-square within 4 SD of its 99 degrees of freedom)', () => {
    const n = 200_000;
    const counts = new Array<number>(100).fill(0);
    for (const x of take(createStream('42', 0, 'bins'), n)) counts[Math.floor(x * 100)] = (counts[Math.floor(x * 100)] ?? 0) + 1;
    const expected = n / 100;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    withinSe('chi-square', chiSquare, 99, Math.sqrt(2 * 99));
  });

  it('gives uncorrelated streams for neighbouring replications and names (4 SE, SE = 1/sqrt(n))', () => {
    const n = 100_000;
    const pairs: [Rng, Rng][] = [
      [createStream('42', 0, 'arrivals'), createStream('42', 1, 'arrivals')],
      [createStream('42', 0, 'arrivals'), createStream('42', 0, 'arrivalt')],
      [createStream('42', 0, 'a'), createStream('43', 0, 'a')],
    ];
    for (const [a, b] of pairs) {
      let cross = 0;
      for (let i = 0; i < n; i += 1) cross += (a() - 0.5) * (b() - 0.5);
      withinSe('cross-correlation', (cross / n) * 12, 0, 1 / Math.sqrt(n));
    }
  });

  it('rejects a negative or fractional replication and a name that is empty or contains |', () => {
    expect(() => createStream('42', -1, 'arrivals')).toThrow('createStream: replication must be a non-negative integer, got -1');
    expect(() => createStream('42', 0.5, 'arrivals')).toThrow('got 0.5');
    expect(() => createStream('42', Number.NaN, 'arrivals')).toThrow('got NaN');
    expect(() => createStream('42', 0, '')).toThrow(`createStream: name must be a non-empty string without '|', got ""`);
    expect(() => createStream('42', 0, 'a|b')).toThrow('got "a|b"');
  });
});
