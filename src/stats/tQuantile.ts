import { gammaln } from 'simple-statistics';
import { checkProbability } from '../check/index.js';
import { normalQuantile } from './normalQuantile.js';
import { studentTDensity, studentTUpperTail } from './studentTCdf.js';

// From this many degrees of freedom on, the Cornish–Fisher series below is used: its first omitted
// term, about 7e-5·z¹¹/df⁵, is below 1e-20 at z = 2 and below 2e-7 even at z = 37 (p = 1e-300),
// while the incomplete beta loses accuracy (about df·1e-16 relative) and converges slowly.
const SERIES_DF = 1e4;
// Beyond this t the power-law tail bound is exact to double precision (relative error ~df/t²),
// and t² would overflow inside the incomplete beta.
const POWER_LAW_T = 1e50;
const MAX_ITERATIONS = 200;

// Cornish–Fisher expansion of the t quantile in powers of 1/df around the normal quantile z
// (Abramowitz & Stegun 26.7.5; Hill 1970, CACM Algorithm 396).
function cornishFisher(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

// The root is at most the t where the power-law bound on the upper tail,
// P(T > t) ≤ K·df^((df−1)/2)·t^(−df) with K the density's normalising constant, equals `tail`.
function upperBound(tail: number, df: number): number {
  const logK = gammaln((df + 1) / 2) - gammaln(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp((logK + ((df - 1) / 2) * Math.log(df) - Math.log(tail)) / df);
}

// Solves P(T > t) = tail for t > 0 (tail < 1/2) by Newton's method on log P(T > t) against log t,
// which is nearly linear in the heavy tail, kept inside a bracket [lo, hi] by bisection.
function solveUpperTail(tail: number, df: number): number {
  let lo = 0;
  let hi = upperBound(tail, df);
  if (hi > POWER_LAW_T) return hi;
  let t = Math.min(Math.max(cornishFisher(normalQuantile(1 - tail), df), Number.MIN_VALUE), hi);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const upper = studentTUpperTail(t, df);
    if (upper === tail) return t;
    if (upper > tail) lo = t;
    else hi = t;
    const logStep = ((Math.log(upper) - Math.log(tail)) * upper) / (t * studentTDensity(t, df));
    let next = t * Math.exp(logStep);
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-14 * t) return next;
    t = next;
  }
  return t;
}

/**
 * Inverse CDF of Student's t with `df` degrees of freedom: the t with P(T ≤ t) = p, accurate to
 * about 1e-11 relative (checked against SciPy); df may be non-integer, and df = Infinity gives the
 * normal quantile. p = 0 and p = 1 give ∓Infinity; throws RangeError for p outside [0, 1] or df ≤ 0.
 */
export function tQuantile(p: number, df: number): number {
  checkProbability(p, 'p');
  if (!(df > 0)) throw new RangeError(`df must be > 0, got ${String(df)}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  if (df >= SERIES_DF) return cornishFisher(normalQuantile(p), df);
  // Closed forms for one and two degrees of freedom.
  if (df === 1) return Math.tan(Math.PI * (p - 0.5));
  if (df === 2) return (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
  const t = solveUpperTail(Math.min(p, 1 - p), df);
  return p < 0.5 ? -t : t;
}
