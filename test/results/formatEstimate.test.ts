import { describe, expect, it } from 'vitest';
import { formatEstimate, formatMean } from '../../src/results/index.js';

const estimate = (mean: number, ciLow: number, ciHigh: number, min: number, max: number, ciAvailable = true) => ({ mean, ciLow, ciHigh, ciAvailable, min, max });

describe('formatEstimate', () => {
  it('writes "mean (low to high)" with the decimals the mean calls for, shares as percentages', () => {
    expect(formatEstimate(estimate(0.635, 0.623, 0.646, 0.6, 0.7), 'share')).toBe('63.5 (62.3 to 64.6)');
    expect(formatEstimate(estimate(-15, -28.8, -1.2, -30, 0), 'children', true)).toBe('−15.0 (−28.8 to −1.2)');
  });

  it('says "all replications: 7" when every replication gave the same value, without decimals for whole numbers', () => {
    expect(formatEstimate(estimate(7, 7, 7, 7, 7), 'working days')).toBe('all replications: 7');
    expect(formatEstimate(estimate(-6, -6, -6, -6, -6), 'working days', true)).toBe('all replications: −6');
    expect(formatEstimate(estimate(1, 1, 1, 1, 1), 'share')).toBe('all replications: 100');
    expect(formatEstimate(estimate(7.5, 7.5, 7.5, 7.5, 7.5), 'working days')).toBe('all replications: 7.50');
  });

  it('says there is no CI with one replication', () => {
    expect(formatEstimate(estimate(2100, 2100, 2100, 2100, 2100, false), 'referrals')).toBe('2100 (no CI: 1 replication)');
  });
});

describe('formatMean', () => {
  it('shows the mean alone, exact when every replication agreed', () => {
    expect(formatMean(estimate(0.635, 0.623, 0.646, 0.6, 0.7), 'share')).toBe('63.5');
    expect(formatMean(estimate(7, 7, 7, 7, 7), 'working days')).toBe('7');
    expect(formatMean(estimate(7, 7, 7, 7, 7, false), 'working days')).toBe('7.00');
  });
});
