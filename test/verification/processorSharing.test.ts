import { describe, expect, it } from 'vitest';
import { limitedPsWaits, limitedPsWaitTail, mm1MeanWait, mm1PsMeanSojourn, psSlowdown } from '../../src/verification/index.js';

// Limited processor sharing from its birth–death chain, summed term by term (no closed form):
// P(N = n) = (1 − ρ)ρⁿ; an arrival finding n ≥ K waits n − K + 1 exponential completions of rate μ.
function limitedPsBySummation(lambda: number, mu: number, cap: number, t: number): { wait: number; waitProbability: number; tail: number } {
  const rho = lambda / mu;
  let wait = 0;
  let waitProbability = 0;
  let tail = 0;
  for (let n = cap; n < 400; n++) {
    const p = (1 - rho) * rho ** n;
    const stages = n - cap + 1;
    waitProbability += p;
    wait += (p * stages) / mu;
    // P(Erlang(stages, μ) > t) = Σ_{j<stages} e^(−μt)(μt)^j / j!
    let term = Math.exp(-mu * t);
    let survival = 0;
    for (let j = 0; j < stages; j++) {
      survival += term;
      term *= (mu * t) / (j + 1);
    }
    tail += p * survival;
  }
  return { wait, waitProbability, tail };
}

describe('mm1PsMeanSojourn', () => {
  it('is 1/(μ − λ): 3.333 days at λ = 0.7 and μ = 1, and 5 at λ = 0.8', () => {
    expect(mm1PsMeanSojourn(0.7, 1)).toBeCloseTo(10 / 3, 12);
    expect(mm1PsMeanSojourn(0.8, 1)).toBeCloseTo(5, 12);
  });

  it('equals the M/M/1 FIFO wait plus one mean service, as the number present is the same chain', () => {
    for (const [l, m] of [[0.3, 1], [0.7, 1], [1.5, 2]] as const) expect(mm1PsMeanSojourn(l, m)).toBeCloseTo(mm1MeanWait(l, m) + 1 / m, 12);
  });

  it('throws a RangeError for an unstable queue, naming the utilisation', () => {
    expect(() => mm1PsMeanSojourn(1, 1)).toThrow(/unstable, utilisation arrivalRate \/ serviceRate = 1 \/ 1 = 1 must be < 1/);
  });
});

describe('psSlowdown', () => {
  it('is 1/(1 − ρ), so a case needing x days of work takes x/(1 − ρ) days on average', () => {
    expect(psSlowdown(0.7, 1)).toBeCloseTo(10 / 3, 12);
    expect(psSlowdown(1, 4)).toBeCloseTo(4 / 3, 12);
  });

  it('times the mean work 1/μ gives the mean sojourn', () => {
    expect(psSlowdown(0.6, 1.5) / 1.5).toBeCloseTo(mm1PsMeanSojourn(0.6, 1.5), 12);
  });

  it('throws a RangeError for a rate that is not positive', () => {
    expect(() => psSlowdown(0.5, 0)).toThrow(/serviceRate must be a finite number > 0, got 0/);
  });
});

describe('limitedPsWaits', () => {
  it('gives P(wait) = ρ^K = 0.343, mean wait 1.143 and mean in service 2.190 days at λ = 0.7, μ = 1, K = 3', () => {
    const w = limitedPsWaits(0.7, 1, 3);
    expect(w.waitProbability).toBeCloseTo(0.343, 12);
    expect(w.meanWait).toBeCloseTo(0.343 / 0.3, 12);
    expect(w.meanInService).toBeCloseTo(0.657 / 0.3, 12);
  });

  it('with a cap of 1 is M/M/1 first come first served: P(wait) = ρ and the Wq of mm1MeanWait', () => {
    const w = limitedPsWaits(0.8, 1, 1);
    expect(w.waitProbability).toBeCloseTo(0.8, 12);
    expect(w.meanWait).toBeCloseTo(mm1MeanWait(0.8, 1), 12);
  });

  it('with a cap no queue reaches is M/M/1 processor sharing: no wait, sojourn 1/(μ − λ)', () => {
    const w = limitedPsWaits(0.7, 1, 200);
    expect(w.meanWait).toBeLessThan(1e-30);
    expect(w.meanInService).toBeCloseTo(mm1PsMeanSojourn(0.7, 1), 12);
  });

  it('splits the M/M/1 sojourn into the wait and the time in service, for every cap', () => {
    for (const cap of [1, 2, 3, 5, 10]) {
      const w = limitedPsWaits(0.75, 1.2, cap);
      expect(w.meanWait + w.meanInService).toBeCloseTo(w.meanSojourn, 12);
      expect(w.meanSojourn).toBeCloseTo(mm1PsMeanSojourn(0.75, 1.2), 12);
    }
  });

  it('agrees with the birth–death chain summed term by term', () => {
    for (const [l, m, cap] of [[0.7, 1, 3], [0.5, 1, 1], [0.9, 1, 4], [1, 2.5, 2]] as const) {
      const sum = limitedPsBySummation(l, m, cap, 0);
      const w = limitedPsWaits(l, m, cap);
      expect(w.waitProbability).toBeCloseTo(sum.waitProbability, 10);
      expect(w.meanWait).toBeCloseTo(sum.wait, 10);
    }
  });

  it('throws a RangeError for a cap that is not a positive integer', () => {
    expect(() => limitedPsWaits(0.5, 1, 0)).toThrow(/cap must be an integer >= 1, got 0/);
    expect(() => limitedPsWaits(0.5, 1, 2.5)).toThrow(/cap must be an integer >= 1, got 2.5/);
  });
});

describe('limitedPsWaitTail', () => {
  it('agrees with the Erlang mixture of the birth–death chain at several t', () => {
    for (const t of [0, 0.5, 2, 7]) {
      expect(limitedPsWaitTail(0.7, 1, 3, t)).toBeCloseTo(limitedPsBySummation(0.7, 1, 3, t).tail, 10);
    }
  });

  it('at t = 0 is the probability of waiting', () => {
    expect(limitedPsWaitTail(0.6, 1, 2, 0)).toBeCloseTo(limitedPsWaits(0.6, 1, 2).waitProbability, 14);
  });

  it('throws a RangeError for a negative t', () => {
    expect(() => limitedPsWaitTail(0.5, 1, 2, -1)).toThrow(/t must be a finite number >= 0, got -1/);
  });
});
