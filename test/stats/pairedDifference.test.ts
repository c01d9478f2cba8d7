import { describe, expect, it } from 'vitest';
import { pairedDifference, summarizeReplications } from '../../src/stats/index.js';

describe('pairedDifference', () => {
  // Replication i of scenario a and b shares its random numbers, so the values move together.
  const a = [10, 12, 11, 13];
  const b = [8, 11, 8, 12];

  it('summarizes b − a per replication with the paired-t interval (worked example)', () => {
    // Differences −2, −1, −3, −1: mean −1.75, s² = 2.75/3, s = 0.957427; t(0.975, 3) = 3.1824,
    // half-width = 3.1824·0.957427/2 = 1.52346.
    const d = pairedDifference(a, b);
    expect(d).toMatchObject({ n: 4, mean: -1.75, min: -3, max: -1, ciAvailable: true });
    expect(d?.sd).toBeCloseTo(0.957427, 6);
    expect(d?.ciLow).toBeCloseTo(-1.75 - 1.52346, 4);
    expect(d?.ciHigh).toBeCloseTo(-1.75 + 1.52346, 4);
  });

  it('is narrower than treating the two scenarios as independent when they are positively correlated', () => {
    const paired = pairedDifference(a, b);
    const sa = summarizeReplications(a);
    const sb = summarizeReplications(b);
    const pairedHalf = (paired?.ciHigh ?? NaN) - (paired?.mean ?? NaN);
    const independentHalf = Math.hypot((sa?.ciHigh ?? NaN) - (sa?.mean ?? NaN), (sb?.ciHigh ?? NaN) - (sb?.mean ?? NaN));
    expect(pairedHalf).toBeLessThan(independentHalf);
  });

  it('returns undefined for two empty arrays', () => {
    expect(pairedDifference([], [])).toBeUndefined();
  });

  it('throws RangeError when the lengths differ, giving both lengths', () => {
    expect(() => pairedDifference([1, 2], [1])).toThrow(/same length .*got 2 and 1/);
  });

  it('throws RangeError naming the argument that holds a NaN', () => {
    expect(() => pairedDifference([1, Number.NaN], [1, 2])).toThrow(/a\[1\] must be finite/);
  });
});
