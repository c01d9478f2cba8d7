import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/verification/index.js';

// Erlang C from its textbook definition with factorials (fine for small c):
// C = (a^c / c!)·(c / (c − a)) / (Σ_{k<c} a^k / k! + (a^c / c!)·(c / (c − a))).
function erlangCDirect(c: number, a: number): number {
  let term = 1;
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const waiting = (term * c) / (c - a);
  return waiting / (sum + waiting);
}

describe('erlangC', () => {
  it('erlangC(5, 4) is 0.5541, the published probability of waiting for 5 servers and 4 erlangs', () => {
    expect(erlangC(5, 4)).toBeCloseTo(0.5541, 4);
  });

  it('erlangC(1, a) is a, the M/M/1 probability of waiting', () => {
    for (const a of [0.2, 0.5, 0.95]) expect(erlangC(1, a)).toBeCloseTo(a, 14);
  });

  it('erlangC(2, 1) is 1/3, the M/M/2 value 2ρ²/(1 + ρ) at ρ = 1/2', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 14);
  });

  it('erlangC agrees with the factorial definition over a grid of servers and loads', () => {
    for (const c of [1, 2, 3, 5, 10, 20]) {
      for (const share of [0.1, 0.5, 0.8, 0.99]) {
        expect(erlangC(c, c * share)).toBeCloseTo(erlangCDirect(c, c * share), 12);
      }
    }
  });

  it('erlangC throws a RangeError when the load is not below the server count', () => {
    expect(() => erlangC(5, 5)).toThrow(/erlangC: the queue is unstable, utilisation .* = 1 must be < 1/);
    expect(() => erlangC(0, 0.5)).toThrow(/erlangC: servers must be an integer >= 1, got 0/);
  });
});
