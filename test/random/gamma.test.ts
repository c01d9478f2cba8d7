import { describe, expect, it } from 'vitest';
import { gamma } from '../../src/random/index.js';
import { draw, expectMoments } from './moments.js';

// n = 200 000 seeded draws per shape; mean kθ and variance kθ² within 4 standard errors (see moments.ts).
describe('gamma', () => {
  for (const shape of [0.3, 1, 2.5, 9]) {
    it(`gamma(${shape}, 2) has mean ${shape}·2 and variance ${shape}·4, and is never negative`, () => {
      const m = expectMoments(draw(gamma(shape, 2), `gamma-${shape}`), shape * 2, shape * 4);
      expect(m.min).toBeGreaterThanOrEqual(0);
    });
  }

  it('gamma(1, θ) matches the exponential share P(X > θ) = e⁻¹', () => {
    const values = draw(gamma(1, 3), 'gamma-exponential');
    const share = values.filter((v) => v > 3).length / values.length;
    expect(Math.abs(share - Math.exp(-1))).toBeLessThanOrEqual(4 * Math.sqrt((Math.exp(-1) * (1 - Math.exp(-1))) / values.length));
  });
});
