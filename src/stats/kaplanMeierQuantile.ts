import { checkProbability } from '../check/index.js';
import type { KaplanMeierStep } from './kaplanMeier.js';

// Products of (1 − d/n) in floating point can land a hair above an exact level such as 1/2.
const SURVIVAL_TOLERANCE = 1e-12;

/**
 * The p-quantile of a Kaplan–Meier curve: the smallest step time with S(t) ≤ 1 − p (the
 * conventional KM median at p = 0.5); undefined if the curve never gets that low, e.g. when too
 * many items are still waiting. Throws RangeError if p is outside [0, 1].
 */
export function kaplanMeierQuantile(curve: readonly KaplanMeierStep[], p: number): number | undefined {
  checkProbability(p, 'p');
  return curve.find((step) => step.survival <= 1 - p + SURVIVAL_TOLERANCE)?.time;
}
