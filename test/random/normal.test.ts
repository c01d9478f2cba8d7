import { describe, expect, it } from 'vitest';
import { lognormalFromMeanCv, lognormalFromMedianP90, normal, standardNormal } from '../../src/random/index.js';
import { draw, expectMoments, expectShare } from './moments.js';

// n = 200 000 seeded draws each; moments and shares within 4 standard errors (see moments.ts).
describe('normal and lognormal samplers', () => {
  it('standardNormal has mean 0, variance 1 and P(Z > 2) = 0.02275', () => {
    const values = draw(standardNormal, 'standard-normal');
    expectMoments(values, 0, 1);
    // 1 − Φ(2) = 0.022750131948179 (standard normal table).
    expectShare('P(Z > 2)', values.filter((z) => z > 2).length, values.length, 0.022750131948179);
  });

  it('normal(mean, sd) has that mean and variance sd²', () => {
    expectMoments(draw(normal(10, 2), 'normal'), 10, 4);
  });

  it('normal with sd 0 always gives the mean', () => {
    expect(draw(normal(7, 0), 'normal-0', 5)).toEqual([7, 7, 7, 7, 7]);
  });

  it('lognormalFromMeanCv(mean, cv) has that mean and standard deviation cv·mean, and is positive', () => {
    const m = expectMoments(draw(lognormalFromMeanCv(5, 0.5), 'lognormal-cv'), 5, 2.5 ** 2);
    expect(m.min).toBeGreaterThan(0);
  });

  it('lognormalFromMeanCv with cv 0 always gives the mean', () => {
    for (const v of draw(lognormalFromMeanCv(5, 0), 'lognormal-cv-0', 5)) expect(v).toBeCloseTo(5, 12);
  });

  it('lognormalFromMedianP90(median, p90) puts half the values below the median and 90% below p90', () => {
    const values = draw(lognormalFromMedianP90(4, 10), 'lognormal-median');
    expectShare('share <= median', values.filter((v) => v <= 4).length, values.length, 0.5);
    expectShare('share <= p90', values.filter((v) => v <= 10).length, values.length, 0.9);
  });

  it('lognormalFromMedianP90 has the lognormal mean and variance for σ = ln(p90/median)/z₀.₉', () => {
    const mu = Math.log(4);
    const sigma = Math.log(10 / 4) / 1.2815515655446004;
    const mean = Math.exp(mu + (sigma * sigma) / 2);
    const variance = (Math.exp(sigma * sigma) - 1) * Math.exp(2 * mu + sigma * sigma);
    expectMoments(draw(lognormalFromMedianP90(4, 10), 'lognormal-median-moments'), mean, variance);
  });
});
