import { gammaln } from 'simple-statistics';
import { regularizedIncompleteBeta } from './regularizedIncompleteBeta.js';

/** Throws RangeError unless df is a positive finite number. */
function checkDegreesOfFreedom(df: number): void {
  if (!(df > 0 && df < Infinity)) throw new RangeError(`df must be finite and > 0, got ${String(df)}`);
}

/**
 * Upper-tail probability P(T > t) of Student's t with `df` degrees of freedom (df > 0, finite),
 * from the regularized incomplete beta: P(T > t) = I_{df/(df+t²)}(df/2, 1/2) / 2 for t ≥ 0.
 */
export function studentTUpperTail(t: number, df: number): number {
  checkDegreesOfFreedom(df);
  if (Number.isNaN(t)) return NaN;
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  const t2 = t * t;
  const x = df / (df + t2);
  // Computing 1 − x as t²/(df + t²) keeps precision for small t.
  const tail = 0.5 * regularizedIncompleteBeta(x, df / 2, 0.5, t2 / (df + t2));
  return t >= 0 ? tail : 1 - tail;
}

/** Cumulative distribution P(T ≤ t) of Student's t with finite `df` > 0 degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  // By symmetry, so that the far lower tail keeps its relative precision.
  return studentTUpperTail(-t, df);
}

/** Density of Student's t with `df` > 0 degrees of freedom at t. */
export function studentTDensity(t: number, df: number): number {
  checkDegreesOfFreedom(df);
  const logDensity =
    gammaln((df + 1) / 2) -
    gammaln(df / 2) -
    0.5 * Math.log(df * Math.PI) -
    ((df + 1) / 2) * Math.log1p((t * t) / df);
  return Math.exp(logDensity);
}
