import { describe, expect, it } from 'vitest';
import { regularizedIncompleteBeta, studentTCdf, studentTDensity, studentTUpperTail } from '../../src/stats/index.js';

describe('regularizedIncompleteBeta', () => {
  it('equals x^a when b = 1 and 1 − (1 − x)^b when a = 1 (closed forms)', () => {
    expect(regularizedIncompleteBeta(0.3, 2.5, 1)).toBeCloseTo(0.3 ** 2.5, 13);
    expect(regularizedIncompleteBeta(0.3, 1, 4.2)).toBeCloseTo(1 - 0.7 ** 4.2, 13);
  });

  it('satisfies I_x(a, b) = 1 − I_{1−x}(b, a)', () => {
    expect(regularizedIncompleteBeta(0.8, 3.3, 0.7)).toBeCloseTo(1 - regularizedIncompleteBeta(0.2, 0.7, 3.3), 13);
  });

  it('is 0 at x = 0 and 1 at x = 1, and throws RangeError on bad arguments', () => {
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(() => regularizedIncompleteBeta(1.1, 2, 3)).toThrow(RangeError);
    expect(() => regularizedIncompleteBeta(0.5, 0, 3)).toThrow(RangeError);
  });
});

describe('studentTCdf', () => {
  it('matches the Cauchy CDF 1/2 + atan(t)/π for one degree of freedom', () => {
    for (const t of [-30, -2, -0.5, 0, 0.1, 1, 12.7]) {
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 13);
    }
  });

  it('matches the closed form 1/2 + t/(2√(2 + t²)) for two degrees of freedom', () => {
    for (const t of [-10, -1, 0.3, 4.3027]) {
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 13);
    }
  });

  it('keeps relative precision in the far lower tail (CDF at −1e6 with df = 1 is about 3.18e-7)', () => {
    const exact = Math.atan(1 / 1e6) / Math.PI; // 1/2 + atan(t)/π for t < 0, written without cancellation
    expect(studentTCdf(-1e6, 1) / exact).toBeCloseTo(1, 10);
    expect(studentTUpperTail(1e6, 1) / exact).toBeCloseTo(1, 10);
  });

  it('density matches the Cauchy density 1/(π(1 + t²)) for one degree of freedom', () => {
    expect(studentTDensity(2, 1)).toBeCloseTo(1 / (Math.PI * 5), 13);
  });

  it('throws RangeError for df that is not finite and positive', () => {
    expect(() => studentTCdf(1, 0)).toThrow(/df must be finite and > 0/);
    expect(() => studentTCdf(1, Infinity)).toThrow(RangeError);
  });
});
