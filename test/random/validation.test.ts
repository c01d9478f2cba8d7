import { describe, expect, it } from 'vitest';
import {
  bernoulli,
  categorical,
  empirical,
  empiricalBins,
  exponential,
  fixed,
  gamma,
  lognormalFromMeanCv,
  lognormalFromMedianP90,
  meanOf,
  normal,
  samplerFor,
  triangular,
  uniform,
  weibull,
} from '../../src/random/index.js';
import type { DistributionSpec } from '../../src/random/index.js';

// Each row: a call with a bad parameter, and the exact message it must throw (a RangeError naming
// the function, the parameter and the value).
const rejections: [string, () => unknown, string][] = [
  ['exponential negative rate', () => exponential(-1), 'exponential: rate must be a finite number > 0, got -1'],
  ['exponential zero rate', () => exponential(0), 'exponential: rate must be a finite number > 0, got 0'],
  ['exponential NaN rate', () => exponential(Number.NaN), 'exponential: rate must be a finite number > 0, got NaN'],
  ['exponential infinite rate', () => exponential(Infinity), 'exponential: rate must be a finite number > 0, got Infinity'],
  ['uniform NaN min', () => uniform(Number.NaN, 1), 'uniform: min must be a finite number, got NaN'],
  ['uniform min > max', () => uniform(5, 3), 'uniform: max must be a finite number >= min (5), got 3'],
  ['uniform infinite max', () => uniform(0, Infinity), 'uniform: max must be a finite number >= min (0), got Infinity'],
  ['triangular mode < min', () => triangular(2, 1, 5), 'triangular: mode must be a finite number >= min (2), got 1'],
  ['triangular max < mode', () => triangular(0, 3, 2), 'triangular: max must be a finite number >= mode (3), got 2'],
  ['triangular -Infinity min', () => triangular(-Infinity, 0, 1), 'triangular: min must be a finite number, got -Infinity'],
  ['normal infinite mean', () => normal(Infinity, 1), 'normal: mean must be a finite number, got Infinity'],
  ['normal negative sd', () => normal(0, -1), 'normal: sd must be a finite number >= 0, got -1'],
  ['normal NaN sd', () => normal(0, Number.NaN), 'normal: sd must be a finite number >= 0, got NaN'],
  ['lognormal zero mean', () => lognormalFromMeanCv(0, 1), 'lognormalFromMeanCv: mean must be a finite number > 0, got 0'],
  ['lognormal negative cv', () => lognormalFromMeanCv(1, -0.1), 'lognormalFromMeanCv: cv must be a finite number >= 0, got -0.1'],
  ['lognormal NaN cv', () => lognormalFromMeanCv(1, Number.NaN), 'lognormalFromMeanCv: cv must be a finite number >= 0, got NaN'],
  ['lognormal negative median', () => lognormalFromMedianP90(-2, 3), 'lognormalFromMedianP90: median must be a finite number > 0, got -2'],
  ['lognormal p90 < median', () => lognormalFromMedianP90(5, 3), 'lognormalFromMedianP90: p90 must be a finite number >= median (5), got 3'],
  ['lognormal infinite p90', () => lognormalFromMedianP90(5, Infinity), 'lognormalFromMedianP90: p90 must be a finite number >= median (5), got Infinity'],
  ['gamma zero shape', () => gamma(0, 1), 'gamma: shape must be a finite number > 0, got 0'],
  ['gamma NaN shape', () => gamma(Number.NaN, 1), 'gamma: shape must be a finite number > 0, got NaN'],
  ['gamma negative scale', () => gamma(1, -2), 'gamma: scale must be a finite number > 0, got -2'],
  ['weibull negative shape', () => weibull(-1, 1), 'weibull: shape must be a finite number > 0, got -1'],
  ['weibull infinite scale', () => weibull(1, Infinity), 'weibull: scale must be a finite number > 0, got Infinity'],
  ['fixed NaN', () => fixed(Number.NaN), 'fixed: value must be a finite number, got NaN'],
  ['fixed Infinity', () => fixed(Infinity), 'fixed: value must be a finite number, got Infinity'],
  ['empirical empty', () => empirical([]), 'empirical: samples must be a non-empty array, got []'],
  ['empirical NaN sample', () => empirical([1, Number.NaN]), 'empirical: samples[1] must be a finite number, got NaN'],
  ['empiricalBins empty', () => empiricalBins([]), 'empiricalBins: bins must be a non-empty array, got []'],
  [
    'empiricalBins all-zero weights',
    () => empiricalBins([{ lower: 0, upper: 1, weight: 0 }, { lower: 1, upper: 2, weight: 0 }]),
    'empiricalBins: bins must have weights summing to a finite number > 0, got sum 0',
  ],
  [
    'empiricalBins negative weight',
    () => empiricalBins([{ lower: 0, upper: 1, weight: 1 }, { lower: 1, upper: 2, weight: -1 }]),
    'empiricalBins: bins[1].weight must be a finite number >= 0, got -1',
  ],
  [
    'empiricalBins lower > upper',
    () => empiricalBins([{ lower: 3, upper: 1, weight: 1 }]),
    'empiricalBins: bins[0].upper must be a finite number >= bins[0].lower (3), got 1',
  ],
  [
    'empiricalBins NaN lower',
    () => empiricalBins([{ lower: Number.NaN, upper: 1, weight: 1 }]),
    'empiricalBins: bins[0].lower must be a finite number, got NaN',
  ],
  ['bernoulli p > 1', () => bernoulli(1.5), 'bernoulli: p must be a number in [0, 1], got 1.5'],
  ['bernoulli negative p', () => bernoulli(-0.1), 'bernoulli: p must be a number in [0, 1], got -0.1'],
  ['bernoulli NaN p', () => bernoulli(Number.NaN), 'bernoulli: p must be a number in [0, 1], got NaN'],
  ['categorical empty', () => categorical([]), 'categorical: weights must be a non-empty array, got []'],
  ['categorical all zero', () => categorical([0, 0]), 'categorical: weights must have weights summing to a finite number > 0, got sum 0'],
  ['categorical negative', () => categorical([1, -1]), 'categorical: weights[1] must be a finite number >= 0, got -1'],
  ['categorical infinite', () => categorical([1, Infinity]), 'categorical: weights[1] must be a finite number >= 0, got Infinity'],
  ['spec exponential mean', () => samplerFor({ type: 'exponential', mean: -1 }), 'exponential: mean must be a finite number > 0, got -1'],
  ['spec normal NaN min', () => samplerFor({ type: 'normal', mean: 0, sd: 1, min: Number.NaN }), 'normal: min must be a finite number, got NaN'],
  [
    'spec lognormal missing fields',
    () => samplerFor({ type: 'lognormal' } as unknown as DistributionSpec),
    'lognormalFromMedianP90: median must be a finite number > 0, got undefined',
  ],
  ['meanOf validates too', () => meanOf({ type: 'gamma', shape: -1, scale: 1 }), 'gamma: shape must be a finite number > 0, got -1'],
];

describe('parameter validation', () => {
  for (const [label, call, message] of rejections) {
    it(`rejects ${label} with a RangeError naming the parameter and value`, () => {
      expect(call).toThrow(RangeError);
      expect(call).toThrow(message);
    });
  }

  it('accepts the boundary values that are valid', () => {
    expect(() => [uniform(1, 1), triangular(1, 1, 1), normal(0, 0), lognormalFromMeanCv(1, 0), lognormalFromMedianP90(2, 2)]).not.toThrow();
    expect(() => [bernoulli(0), bernoulli(1), categorical([0, 1]), empiricalBins([{ lower: 1, upper: 1, weight: 1 }])]).not.toThrow();
  });
});
