import type { KaplanMeierStep } from './kaplanMeier.js';

/**
 * S(t) read from a Kaplan–Meier curve as a right-continuous step function: the survival of the
 * last step at or before t, and 1 before the first step (or for an empty curve).
 * Throws RangeError if t is NaN.
 */
export function survivalAt(curve: readonly KaplanMeierStep[], t: number): number {
  if (Number.isNaN(t)) throw new RangeError('t is NaN');
  // Binary search for the number of steps with time <= t.
  let lo = 0;
  let hi = curve.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((curve[mid]?.time ?? Infinity) <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 1 : (curve[lo - 1]?.survival ?? 1);
}
