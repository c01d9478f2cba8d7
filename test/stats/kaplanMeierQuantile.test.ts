import { describe, expect, it } from 'vitest';
import { kaplanMeier, kaplanMeierQuantile } from '../../src/stats/index.js';

describe('kaplanMeierQuantile', () => {
  const curve = kaplanMeier([1, 2, 3, 4].map((duration) => ({ duration, observed: true })));

  it('takes the smallest time where S(t) <= 1 − p, counting exact hits (S(2) = 1/2 gives median 2)', () => {
    expect(kaplanMeierQuantile(curve, 0.5)).toBe(2);
    expect(kaplanMeierQuantile(curve, 0.51)).toBe(3);
    expect(kaplanMeierQuantile(curve, 1)).toBe(4);
  });

  it('is undefined for an empty curve or when the curve never gets low enough', () => {
    expect(kaplanMeierQuantile([], 0.5)).toBeUndefined();
    const censoredTail = kaplanMeier([
      { duration: 1, observed: true },
      { duration: 2, observed: false },
      { duration: 3, observed: false },
    ]);
    expect(kaplanMeierQuantile(censoredTail, 0.5)).toBeUndefined();
  });

  it('throws RangeError for p outside [0, 1]', () => {
    expect(() => kaplanMeierQuantile(curve, 2)).toThrow(/p must be in \[0, 1\]/);
  });
});
