import { requireInteger, requireNonNegative, requirePositive } from '../check/index.js';
import { requireStable } from './requireStable.js';
import { erlangC } from './erlangC.js';

function checkRates(call: string, arrivalRate: number, serviceRate: number, servers: number): void {
  requirePositive(call, 'arrivalRate', arrivalRate);
  requirePositive(call, 'serviceRate', serviceRate);
  requireInteger(call, 'servers', servers, 1);
  const utilisation = arrivalRate / (servers * serviceRate);
  requireStable(call, utilisation, `arrivalRate / (servers · serviceRate) = ${arrivalRate} / (${servers} · ${serviceRate})`);
}

/**
 * Mean wait in queue (time units) of M/M/c FIFO: Wq = C(c, λ/μ) / (cμ − λ), rates per time unit.
 * RangeError unless rates are positive, c is an integer >= 1 and λ < cμ.
 */
export function mmcMeanWait(arrivalRate: number, serviceRate: number, servers: number): number {
  checkRates('mmcMeanWait', arrivalRate, serviceRate, servers);
  return erlangC(servers, arrivalRate / serviceRate) / (servers * serviceRate - arrivalRate);
}

/**
 * The Erlang C waiting-time tail of M/M/c FIFO: P(Wq > t) = C(c, λ/μ)·exp(−(cμ − λ)t) for t >= 0
 * (t = 0 gives the probability of waiting). RangeError as for mmcMeanWait, or if t is negative.
 */
export function mmcWaitTail(arrivalRate: number, serviceRate: number, servers: number, t: number): number {
  checkRates('mmcWaitTail', arrivalRate, serviceRate, servers);
  requireNonNegative('mmcWaitTail', 't', t);
  const decayRate = servers * serviceRate - arrivalRate;
  return erlangC(servers, arrivalRate / serviceRate) * Math.exp(-decayRate * t);
}

/** Mean wait in queue (time units) of M/M/1 FIFO: Wq = ρ / (μ − λ) with ρ = λ/μ; RangeError unless 0 < λ < μ. */
export function mm1MeanWait(arrivalRate: number, serviceRate: number): number {
  checkRates('mm1MeanWait', arrivalRate, serviceRate, 1);
  return arrivalRate / serviceRate / (serviceRate - arrivalRate);
}
