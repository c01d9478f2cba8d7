import { describe, expect, it } from 'vitest';
import { erlangB } from '../../src/verification/index.js';

// Erlang B directly from its definition, in log space so large c does not overflow:
// B = (a^c / c!) / Σ_{k=0..c} a^k / k!.
function erlangBDirect(c: number, a: number): number {
  const logTerms = Array.from({ length: c + 1 }, (_, k) => {
    let logFactorial = 0;
    for (let j = 2; j <= k; j++) logFactorial += Math.log(j);
    return k * Math.log(a) - logFactorial;
  });
  const top = Math.max(...logTerms);
  const sum = logTerms.reduce((s, t) => s + Math.exp(t - top), 0);
  return Math.exp((logTerms[c] ?? NaN) - top) / sum;
}

describe('erlangB', () => {
  it('erlangB(5, 4) is 0.1991, the published Erlang B table value for 5 circuits and 4 erlangs', () => {
    // Erlang B tables give 0.19907 for N = 5, A = 4.
    expect(erlangB(5, 4)).toBeCloseTo(0.19907, 5);
  });

  it('erlangB(10, 5) is 0.01838, the published table value', () => {
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 5);
  });

  it('erlangB(1, a) is a / (1 + a), the single-server loss probability', () => {
    for (const a of [0.1, 1, 7.5]) expect(erlangB(1, a)).toBeCloseTo(a / (1 + a), 14);
  });

  it('erlangB stays finite and matches the definition for 1000 servers, where factorials overflow', () => {
    const value = erlangB(1000, 950);
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeCloseTo(erlangBDirect(1000, 950), 10);
  });

  it('erlangB is 1 with no servers and 0 with no load', () => {
    expect(erlangB(0, 3)).toBe(1);
    expect(erlangB(4, 0)).toBe(0);
  });

  it('erlangB throws a RangeError naming a non-integer server count and a negative load', () => {
    expect(() => erlangB(2.5, 1)).toThrow(/erlangB: servers must be an integer >= 0, got 2\.5/);
    expect(() => erlangB(3, -1)).toThrow(/erlangB: offeredLoad must be a finite number >= 0, got -1/);
    expect(() => erlangB(3, NaN)).toThrow(RangeError);
  });
});
