import { argumentError, requirePositive } from '../check/index.js';
import { requireStable } from './requireStable.js';

/**
 * Mean wait in queue (time units) of M/G/1 FIFO by Pollaczek–Khinchine: Wq = λ·E[S²] / (2(1 − ρ))
 * with ρ = λ·E[S]. RangeError unless all arguments are positive, E[S²] >= E[S]² and ρ < 1.
 */
export function mg1MeanWait(arrivalRate: number, serviceMean: number, serviceSecondMoment: number): number {
  requirePositive('mg1MeanWait', 'arrivalRate', arrivalRate);
  requirePositive('mg1MeanWait', 'serviceMean', serviceMean);
  requirePositive('mg1MeanWait', 'serviceSecondMoment', serviceSecondMoment);
  if (serviceSecondMoment < serviceMean * serviceMean) {
    throw argumentError('mg1MeanWait', 'serviceSecondMoment', `>= serviceMean² = ${serviceMean * serviceMean}`, serviceSecondMoment);
  }
  const utilisation = arrivalRate * serviceMean;
  requireStable('mg1MeanWait', utilisation, `arrivalRate · serviceMean = ${arrivalRate} · ${serviceMean}`);
  return (arrivalRate * serviceSecondMoment) / (2 * (1 - utilisation));
}

/**
 * Mean wait in queue (time units) of M/D/1 (every service takes exactly 1/μ): the Pollaczek–Khinchine
 * value ρ / (2μ(1 − ρ)), half the M/M/1 wait. RangeError unless 0 < λ < μ.
 */
export function md1MeanWait(arrivalRate: number, serviceRate: number): number {
  requirePositive('md1MeanWait', 'serviceRate', serviceRate);
  const duration = 1 / serviceRate;
  return mg1MeanWait(arrivalRate, duration, duration * duration);
}
