import { describe, expect, it } from 'vitest';
import { createStream, exponential, fixed, triangular, uniform, weibull } from '../../src/random/index.js';
import { draw, expectMoments } from './moments.js';

// Each distribution: n = 200 000 seeded draws; sample mean and variance within 4 standard errors of
// theory (see moments.ts for why 4 SE is an honest tolerance).
describe('continuous samplers', () => {
  it('exponential(rate) has mean 1/rate and variance 1/rate², and is never negative', () => {
    const values = draw(exponential(0.5), 'exponential');
    const m = expectMoments(values, 2, 4);
    expect(m.min).toBeGreaterThanOrEqual(0);
  });

  it('uniform(min, max) has mean (min+max)/2 and variance (max-min)²/12 and stays in [min, max]', () => {
    const m = expectMoments(draw(uniform(2, 7), 'uniform'), 4.5, 25 / 12);
    expect(m.min).toBeGreaterThanOrEqual(2);
    expect(m.max).toBeLessThanOrEqual(7);
  });

  it('uniform(min, min) always gives min', () => {
    expect(draw(uniform(3, 3), 'uniform-degenerate', 10)).toEqual(new Array(10).fill(3));
  });

  it('triangular(a, c, b) has mean (a+b+c)/3 and variance (a²+b²+c²-ab-ac-bc)/18 and stays in [a, b]', () => {
    // a = 1, c = 2, b = 6: mean 3, variance (1 + 36 + 4 - 6 - 2 - 12) / 18 = 21/18.
    const m = expectMoments(draw(triangular(1, 2, 6), 'triangular'), 3, 21 / 18);
    expect(m.min).toBeGreaterThanOrEqual(1);
    expect(m.max).toBeLessThanOrEqual(6);
  });

  it('triangular with the mode at an end matches theory too', () => {
    // a = c = 0, b = 3: mean 1, variance (0 + 9 + 0 - 0 - 0 - 0) / 18 = 1/2.
    expectMoments(draw(triangular(0, 0, 3), 'triangular-left'), 1, 0.5);
    // a = 0, c = b = 3: mean 2, variance 1/2.
    expectMoments(draw(triangular(0, 3, 3), 'triangular-right'), 2, 0.5);
  });

  it('triangular puts share (c-a)/(b-a) of values below the mode', () => {
    const values = draw(triangular(1, 2, 6), 'triangular-share');
    const below = values.filter((v) => v < 2).length / values.length;
    expect(Math.abs(below - 0.2)).toBeLessThanOrEqual(4 * Math.sqrt((0.2 * 0.8) / values.length));
  });

  it('weibull(shape, scale) has mean scale·Γ(1+1/k) and variance scale²(Γ(1+2/k) − Γ(1+1/k)²)', () => {
    // k = 2: Γ(1.5) = √π/2, Γ(2) = 1.
    expectMoments(draw(weibull(2, 3), 'weibull-2'), (3 * Math.sqrt(Math.PI)) / 2, 9 * (1 - Math.PI / 4));
    // k = 0.5: Γ(3) = 2, Γ(5) = 24, so mean 2·2 = 4 and variance 4·(24 − 4) = 80.
    expectMoments(draw(weibull(0.5, 2), 'weibull-half'), 4, 80);
  });

  it('weibull with shape 1 is exponential with mean scale', () => {
    expectMoments(draw(weibull(1, 2.5), 'weibull-1'), 2.5, 6.25);
  });

  it('fixed(value) always gives value and draws nothing from the stream', () => {
    const rng = createStream('42', 0, 'fixed');
    const sampler = fixed(3.5);
    expect([sampler(rng), sampler(rng), sampler(rng)]).toEqual([3.5, 3.5, 3.5]);
    expect(rng()).toBe(createStream('42', 0, 'fixed')());
  });
});
