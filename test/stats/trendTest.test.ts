import { describe, expect, it } from 'vitest';
import { batchWeeksFor, trendTest } from '../../src/stats/index.js';
import { createStream } from '../../src/random/index.js';

/** An autocorrelated weekly series (AR(1), coefficient 0.9) around `level` plus `slope` a week, seeded. */
function weekly(weeks: number, level: number, slope: number, seed: string): number[] {
  const rng = createStream(seed, 0, 'weekly');
  let e = 0;
  return Array.from({ length: weeks }, (_, w) => {
    e = 0.9 * e + (rng() - 0.5) * 4;
    return level + slope * w + e;
  });
}

describe('trendTest(values)', () => {
  it('finds a steady rise of a queue over three years', () => {
    const result = trendTest(weekly(156, 20, 0.5, 'rising'), { minRise: 5 });
    expect(result.rising).toBe(true);
    // Theil–Sen recovers the slope to within 20% (the noise is small against a rise of 78).
    expect(result.slopePerWeek).toBeGreaterThan(0.4);
    expect(result.slopePerWeek).toBeLessThan(0.6);
  });

  it('flags few flat autocorrelated series: at most 2 of 40 seeds at a 1% level', () => {
    // Batch means tame the autocorrelation; a naive week-by-week test would flag many more.
    let flagged = 0;
    for (let k = 0; k < 40; k++) if (trendTest(weekly(156, 20, 0, `flat-${k}`), { minRise: 5 }).rising) flagged++;
    expect(flagged).toBeLessThanOrEqual(2);
  });

  it('does not count a significant rise smaller than the practical floor', () => {
    const tiny = Array.from({ length: 156 }, (_, w) => 100 + w * 0.01);
    const result = trendTest(tiny, { minRise: 5 });
    expect(result.pUpward).toBeLessThan(0.01);
    expect(result.rising).toBe(false);
  });

  it('reads quarters for two years or more and four-week batches for less', () => {
    expect(batchWeeksFor(156)).toBe(13);
    expect(batchWeeksFor(52)).toBe(4);
    expect(trendTest([1, 2]).rising).toBe(false);
  });
});
