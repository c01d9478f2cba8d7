import { describe, expect, it } from 'vitest';
import { bernoulli, categorical, createStream } from '../../src/random/index.js';
import { expectShare, N } from './moments.js';

// Frequencies from n = 200 000 seeded draws, each within 4 binomial standard errors sqrt(p(1−p)/n).
describe('bernoulli', () => {
  it('bernoulli(p) is true in share p of draws', () => {
    const rng = createStream('moments', 0, 'bernoulli');
    const sample = bernoulli(0.3);
    let trues = 0;
    for (let i = 0; i < N; i += 1) if (sample(rng)) trues += 1;
    expectShare('share true', trues, N, 0.3);
  });

  it('bernoulli(0) is never true and bernoulli(1) always', () => {
    const rng = createStream('moments', 0, 'bernoulli-ends');
    const never = bernoulli(0);
    const always = bernoulli(1);
    for (let i = 0; i < 1000; i += 1) {
      expect(never(rng)).toBe(false);
      expect(always(rng)).toBe(true);
    }
    expect(never(() => 0)).toBe(false);
  });
});

describe('categorical', () => {
  it('categorical(weights) picks each index in share weight / sum and never a zero-weight index', () => {
    const weights = [1, 0, 3, 6];
    const rng = createStream('moments', 0, 'categorical');
    const pick = categorical(weights);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < N; i += 1) {
      const index = pick(rng);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    [0.1, 0, 0.3, 0.6].forEach((p, i) => {
      if (p > 0) expectShare(`share of index ${i}`, counts[i] ?? 0, N, p);
    });
  });

  it('categorical handles the ends of [0, 1) without picking a zero-weight index', () => {
    expect(categorical([0, 2, 0])(() => 0)).toBe(1);
    expect(categorical([0, 2, 0])(() => 1 - 2 ** -53)).toBe(1);
    expect(categorical([1, 1])(() => 0.5)).toBe(1);
    expect(categorical([1, 1])(() => 0.4999999)).toBe(0);
  });

  it('categorical normalises weights, so scaling them changes nothing', () => {
    const a = categorical([1, 2, 3]);
    const b = categorical([10, 20, 30]);
    const ra = createStream('42', 0, 'scale');
    const rb = createStream('42', 0, 'scale');
    for (let i = 0; i < 1000; i += 1) expect(a(ra)).toBe(b(rb));
  });
});
