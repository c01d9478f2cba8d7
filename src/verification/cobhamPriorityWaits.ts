import { requireNonNegative, requirePositive } from '../check/index.js';
import { requireStable } from './requireStable.js';

/** Mean waits in queue (time units) of the two classes of a non-preemptive priority queue. */
export interface PriorityWaits {
  /** Class served first whenever both are waiting. */
  highPriorityWait: number;
  lowPriorityWait: number;
}

/**
 * Cobham's mean waits for a two-class non-preemptive priority M/M/1 with one service rate μ:
 * W0 = Σ λi·E[S²]/2 = (λ1 + λ2)/μ², W_high = W0 / (1 − ρ1), W_low = W0 / ((1 − ρ1)(1 − ρ)),
 * with ρ1 = λ1/μ and ρ = (λ1 + λ2)/μ (Cobham 1954). Either rate may be 0 (not both); RangeError unless ρ < 1.
 */
export function cobhamPriorityWaits(highArrivalRate: number, lowArrivalRate: number, serviceRate: number): PriorityWaits {
  requireNonNegative('cobhamPriorityWaits', 'highArrivalRate', highArrivalRate);
  requireNonNegative('cobhamPriorityWaits', 'lowArrivalRate', lowArrivalRate);
  requirePositive('cobhamPriorityWaits', 'serviceRate', serviceRate);
  const totalRate = highArrivalRate + lowArrivalRate;
  requirePositive('cobhamPriorityWaits', 'highArrivalRate + lowArrivalRate', totalRate);
  const highLoad = highArrivalRate / serviceRate;
  const load = totalRate / serviceRate;
  requireStable('cobhamPriorityWaits', load, `(highArrivalRate + lowArrivalRate) / serviceRate = ${totalRate} / ${serviceRate}`);
  // Exponential service: E[S²] = 2/μ², so the mean residual work found by an arrival is λ/μ².
  const residualWork = totalRate / (serviceRate * serviceRate);
  return {
    highPriorityWait: residualWork / (1 - highLoad),
    lowPriorityWait: residualWork / ((1 - highLoad) * (1 - load)),
  };
}
