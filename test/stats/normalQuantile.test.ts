import { describe, expect, it } from 'vitest';
import { normalQuantile } from '../../src/stats/index.js';

describe('normalQuantile', () => {
  // Reference values from scipy.stats.norm.ppf (SciPy 1.17.1), across all three AS 241 regions.
  it.each([
    [1e-300, -37.0470962993612],
    [1e-20, -9.262340089798409],
    [1e-5, -4.264890793922825],
    [0.01, -2.3263478740408408],
    [0.07, -1.4757910281791706],
    [0.3, -0.5244005127080409],
    [0.8, 0.8416212335729143],
    [0.975, 1.959963984540054],
    [0.999999, 4.753424308817087],
  ])('normalQuantile(%d) agrees with SciPy (%d) to 1e-14 relative', (p, expected) => {
    expect(Math.abs(normalQuantile(p) / expected - 1)).toBeLessThan(1e-14);
  });

  it('gives 0 at 0.5 and ∓Infinity at 0 and 1', () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('throws RangeError outside [0, 1]', () => {
    expect(() => normalQuantile(-0.1)).toThrow(/p must be in \[0, 1\]/);
  });
});
