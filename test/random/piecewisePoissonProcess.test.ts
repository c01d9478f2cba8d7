import { describe, expect, it } from 'vitest';
import { createStream, PiecewisePoissonProcess } from '../../src/random/index.js';
import type { Rng } from '../../src/random/index.js';
import { momentsOf, withinSe } from './moments.js';

function arrivalsUntil(process: PiecewisePoissonProcess, rng: Rng, from: number, horizon: number): number[] {
  const times: number[] = [];
  for (let t = process.nextArrival(rng, from); t < horizon; t = process.nextArrival(rng, t)) times.push(t);
  return times;
}

// Counts are Poisson, so a count with expectation μ has standard error √μ; tolerance 4 SE as in moments.ts.
describe('PiecewisePoissonProcess', () => {
  // A week-like pattern over period 8: rate 3 on [0, 2), 0 on [2, 5), 10 on [5, 6), nothing on [6, 8).
  const weekly = new PiecewisePoissonProcess({ breakpoints: [0, 2, 5, 6], rates: [3, 0, 10], period: 8 });
  const periods = 2000;

  it('gives rate × length arrivals in each piece, none where the rate is zero, in increasing order', () => {
    const times = arrivalsUntil(weekly, createStream('42', 0, 'nhpp'), 0, 8 * periods);
    const phaseCounts = [0, 0, 0, 0];
    for (const t of times) {
      const phase = t % 8;
      const piece = phase < 2 ? 0 : phase < 5 ? 1 : phase < 6 ? 2 : 3;
      phaseCounts[piece] = (phaseCounts[piece] ?? 0) + 1;
    }
    withinSe('count in [0, 2)', phaseCounts[0] ?? 0, 3 * 2 * periods, Math.sqrt(3 * 2 * periods));
    expect(phaseCounts[1]).toBe(0);
    withinSe('count in [5, 6)', phaseCounts[2] ?? 0, 10 * 1 * periods, Math.sqrt(10 * 1 * periods));
    expect(phaseCounts[3]).toBe(0);
    expect(times.every((t, i) => i === 0 || t > (times[i - 1] ?? 0))).toBe(true);
  });

  it('gives per-period counts with variance equal to their mean (Poisson dispersion, 4 SE)', () => {
    const times = arrivalsUntil(weekly, createStream('42', 0, 'nhpp-dispersion'), 0, 8 * periods);
    const counts = new Array<number>(periods).fill(0);
    for (const t of times) counts[Math.floor(t / 8)] = (counts[Math.floor(t / 8)] ?? 0) + 1;
    const m = momentsOf(counts);
    const mu = 16; // 3·2 + 10·1 per period
    withinSe('mean count', m.mean, mu, Math.sqrt(mu / periods));
    // For Poisson counts the sample variance has SE sqrt((μ + 2μ²)/n) (fourth central moment μ + 3μ²).
    withinSe('variance of count', m.variance, mu, Math.sqrt((mu + 2 * mu * mu) / periods));
  });

  it('reports the rate at any time, repeating with the period (also before the first breakpoint)', () => {
    expect([weekly.rateAt(0), weekly.rateAt(1.99), weekly.rateAt(2), weekly.rateAt(5.5), weekly.rateAt(7)]).toEqual([3, 3, 0, 10, 0]);
    expect([weekly.rateAt(8 + 1), weekly.rateAt(-7), weekly.rateAt(-2.5), weekly.rateAt(800 + 5)]).toEqual([3, 3, 10, 10]);
    expect(weekly.maxRate).toBe(10);
  });

  it('without a period, arrives only within the breakpoints and then returns Infinity', () => {
    const window = new PiecewisePoissonProcess({ breakpoints: [10, 20], rates: [2] });
    const rng = createStream('42', 0, 'nhpp-window');
    const counts: number[] = [];
    for (let run = 0; run < 500; run += 1) {
      const times = arrivalsUntil(window, rng, 0, Number.POSITIVE_INFINITY);
      expect(times.every((t) => t >= 10 && t < 20)).toBe(true);
      counts.push(times.length);
    }
    withinSe('arrivals per run', momentsOf(counts).mean, 20, Math.sqrt(20 / 500));
    expect(window.nextArrival(rng, 20)).toBe(Number.POSITIVE_INFINITY);
    expect(window.rateAt(25)).toBe(0);
  });

  it('returns Infinity when every rate is zero', () => {
    const silent = new PiecewisePoissonProcess({ breakpoints: [0, 1, 2], rates: [0, 0], period: 2 });
    expect(silent.nextArrival(createStream('42', 0, 'silent'), 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('fromRateFunction thins a varying rate: counts in rising and falling halves match the integral of the rate', () => {
    // rate 2 + sin t, bound 3: over 300 cycles of 2π, ∫ on sin > 0 halves is 300(2π + 2), on the others 300(2π − 2).
    const process = PiecewisePoissonProcess.fromRateFunction((t) => 2 + Math.sin(t), 3);
    const times = arrivalsUntil(process, createStream('42', 0, 'nhpp-function'), 0, 300 * 2 * Math.PI);
    const upper = times.filter((t) => t % (2 * Math.PI) < Math.PI).length;
    const lower = times.length - upper;
    withinSe('count where sin > 0', upper, 300 * (2 * Math.PI + 2), Math.sqrt(300 * (2 * Math.PI + 2)));
    withinSe('count where sin < 0', lower, 300 * (2 * Math.PI - 2), Math.sqrt(300 * (2 * Math.PI - 2)));
  });

  it('fromRateFunction with a constant rate below the bound gives exponential gaps (mean and variance 1/λ, 1/λ²)', () => {
    const process = PiecewisePoissonProcess.fromRateFunction(() => 1, 4);
    const rng = createStream('42', 0, 'nhpp-gaps');
    const gaps: number[] = [];
    let t = 0;
    for (let i = 0; i < 100_000; i += 1) {
      const next = process.nextArrival(rng, t);
      gaps.push(next - t);
      t = next;
    }
    const m = momentsOf(gaps);
    withinSe('mean gap', m.mean, 1, m.seMean);
    withinSe('variance of gaps', m.variance, 1, m.seVariance);
  });

  it('fromRateFunction returns Infinity for maxRate 0 and throws when the rate exceeds the bound', () => {
    const rng = createStream('42', 0, 'nhpp-bound');
    expect(PiecewisePoissonProcess.fromRateFunction(() => 0, 0).nextArrival(rng, 5)).toBe(Number.POSITIVE_INFINITY);
    const liar = PiecewisePoissonProcess.fromRateFunction((t) => t, 1);
    expect(() => liar.nextArrival(rng, 2)).toThrow(/rate at t = .* must be in \[0, maxRate = 1\], got /);
  });

  it('gives up with an error when a rate function is zero from t on', () => {
    const process = PiecewisePoissonProcess.fromRateFunction((t) => (t < 1 ? 1 : 0), 1);
    expect(() => process.nextArrival(createStream('42', 0, 'nhpp-dead'), 1)).toThrow(/no arrival within 10000000 candidates after t = 1/);
  });

  it('draws the same arrivals from the same stream', () => {
    const a = arrivalsUntil(weekly, createStream('7', 2, 'arrivals'), 0, 80);
    const b = arrivalsUntil(weekly, createStream('7', 2, 'arrivals'), 0, 80);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });
});
