import { describe, expect, it } from 'vitest';
import { empirical, empiricalBins } from '../../src/random/index.js';
import { draw, expectShare, withinSe } from './moments.js';

// Shares from n = 200 000 seeded draws, each within 4 binomial standard errors.
describe('empirical', () => {
  it('empirical(samples) returns only the samples, each in share (its count / n)', () => {
    const values = draw(empirical([1, 2, 2, 7]), 'empirical');
    expect(new Set(values)).toEqual(new Set([1, 2, 7]));
    expectShare('share of 1', values.filter((v) => v === 1).length, values.length, 0.25);
    expectShare('share of 2', values.filter((v) => v === 2).length, values.length, 0.5);
    expectShare('share of 7', values.filter((v) => v === 7).length, values.length, 0.25);
  });

  it('empirical copies its samples, so editing the array afterwards changes nothing', () => {
    const samples = [4, 4, 4];
    const sampler = empirical(samples);
    samples[0] = 99;
    expect(draw(sampler, 'empirical-copy', 100).every((v) => v === 4)).toBe(true);
  });
});

describe('empiricalBins', () => {
  const bins = [
    { lower: 0, upper: 1, weight: 1 },
    { lower: 1, upper: 3, weight: 3 },
    { lower: 3, upper: 5, weight: 0 },
    { lower: 5, upper: 5, weight: 1 },
  ];

  it('empiricalBins puts share weight / total in each bin and none in a zero-weight bin', () => {
    const values = draw(empiricalBins(bins), 'bins');
    const n = values.length;
    expectShare('bin [0, 1)', values.filter((v) => v >= 0 && v < 1).length, n, 0.2);
    expectShare('bin [1, 3]', values.filter((v) => v >= 1 && v <= 3).length, n, 0.6);
    expect(values.filter((v) => v > 3 && v < 5).length).toBe(0);
    expectShare('point mass at 5', values.filter((v) => v === 5).length, n, 0.2);
  });

  it('empiricalBins spreads values uniformly within a bin (mean at the midpoint, 4 SE)', () => {
    const inBin = draw(empiricalBins(bins), 'bins-uniform').filter((v) => v >= 1 && v <= 3);
    const mean = inBin.reduce((s, v) => s + v, 0) / inBin.length;
    // Uniform on [1, 3]: mean 2, variance 4/12.
    withinSe('mean within bin', mean, 2, Math.sqrt(4 / 12 / inBin.length));
    const lowerHalf = inBin.filter((v) => v < 2).length;
    expectShare('lower half of bin', lowerHalf, inBin.length, 0.5);
  });
});
