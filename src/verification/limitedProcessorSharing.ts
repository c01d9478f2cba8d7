import { requireInteger, requireNonNegative, requirePositive } from '../check/index.js';
import { requireStable } from './requireStable.js';

/** Waits in limited processor sharing with exponential work (time units), from limitedPsWaits. */
export interface LimitedPsWaits {
  /** P(an arrival waits for a place): ρ^K. */
  waitProbability: number;
  /** Mean wait for a place, over all arrivals: ρ^K/(μ − λ). */
  meanWait: number;
  /** Mean time holding a place (shared service): (1 − ρ^K)/(μ − λ). */
  meanInService: number;
  /** Mean sojourn, wait plus service: 1/(μ − λ). */
  meanSojourn: number;
}

function checkArguments(call: string, arrivalRate: number, serviceRate: number, cap: number): void {
  requirePositive(call, 'arrivalRate', arrivalRate);
  requirePositive(call, 'serviceRate', serviceRate);
  requireInteger(call, 'cap', cap, 1);
  requireStable(call, arrivalRate / serviceRate, `arrivalRate / serviceRate = ${arrivalRate} / ${serviceRate}`);
}

/**
 * Limited processor sharing M/M/1 with a cap of K: at most K customers share the server equally,
 * the rest wait first come first served. With exponential work the server completes work at
 * rate μ whenever anyone is present, so the number present N is the M/M/1 chain,
 * P(N = n) = (1 − ρ)ρⁿ; an arrival finding n ≥ K waits for n − K + 1 completions (Erlang).
 * Summing gives the values below. RangeError unless 0 < λ < μ and K is an integer >= 1.
 */
export function limitedPsWaits(arrivalRate: number, serviceRate: number, cap: number): LimitedPsWaits {
  checkArguments('limitedPsWaits', arrivalRate, serviceRate, cap);
  const waitProbability = (arrivalRate / serviceRate) ** cap;
  const drain = serviceRate - arrivalRate;
  return {
    waitProbability,
    meanWait: waitProbability / drain,
    meanInService: (1 - waitProbability) / drain,
    meanSojourn: 1 / drain,
  };
}

/**
 * The waiting-time tail of limited processor sharing M/M/1 with cap K: P(Wq > t) = ρ^K·e^(−(μ−λ)t)
 * for t >= 0, because a geometric number of exponential completions is exponential. RangeError as
 * for limitedPsWaits, or if t is negative.
 */
export function limitedPsWaitTail(arrivalRate: number, serviceRate: number, cap: number, t: number): number {
  checkArguments('limitedPsWaitTail', arrivalRate, serviceRate, cap);
  requireNonNegative('limitedPsWaitTail', 't', t);
  return (arrivalRate / serviceRate) ** cap * Math.exp(-(serviceRate - arrivalRate) * t);
}
