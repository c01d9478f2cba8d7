import { requirePositive } from '../check/index.js';
import { requireStable } from './requireStable.js';

function checkRates(call: string, arrivalRate: number, serviceRate: number): void {
  requirePositive(call, 'arrivalRate', arrivalRate);
  requirePositive(call, 'serviceRate', serviceRate);
  requireStable(call, arrivalRate / serviceRate, `arrivalRate / serviceRate = ${arrivalRate} / ${serviceRate}`);
}

/**
 * Mean sojourn (time units) of M/M/1 processor sharing, where the server's capacity is shared
 * equally among all customers present: T = 1/(μ − λ), as for FIFO (the number present is the same
 * birth–death chain) and, by insensitivity, for any work distribution of mean 1/μ (Kleinrock 1967).
 * RangeError unless 0 < λ < μ.
 */
export function mm1PsMeanSojourn(arrivalRate: number, serviceRate: number): number {
  checkRates('mm1PsMeanSojourn', arrivalRate, serviceRate);
  return 1 / (serviceRate - arrivalRate);
}

/**
 * The slowdown of M/G/1 processor sharing: a customer needing x time units of the whole server
 * spends E[T | x] = x/(1 − ρ) in the system, for every x, so sojourn is proportional to work
 * (Kleinrock 1967; Harchol-Balter 2013, §22). Dimensionless; RangeError unless 0 < λ < μ.
 */
export function psSlowdown(arrivalRate: number, serviceRate: number): number {
  checkRates('psSlowdown', arrivalRate, serviceRate);
  return 1 / (1 - arrivalRate / serviceRate);
}
