import type { Sampler } from '../random/index.js';
import { argumentError, requireInteger, requireNonNegative, requirePositive } from '../check/index.js';

/** A textbook queue to simulate: Poisson arrivals, i.i.d. service, identical servers, optional classes and capacity. */
export interface QueueSpec {
  /** Poisson arrival rate of all classes together (customers per time unit). */
  arrivalRate: number;
  /** Service time sampler (time units), drawn once per arriving customer. */
  service: Sampler;
  /** Identical servers, an integer >= 1. */
  servers: number;
  /** Most customers in the system at once (in service plus waiting); arrivals finding it full are blocked. Default unlimited; capacity = servers is a loss system. */
  capacity?: number;
  /** Relative arrival weights of the classes (each > 0); class 0 is served first, non-preemptively. Default one class. */
  classShares?: readonly number[];
  /** Thresholds t (time units, >= 0) at which to measure the fraction of waits in queue > t. Default none. */
  waitThresholds?: readonly number[];
  /** Arrivals generated in all, including warm-up, an integer >= 1. */
  customers: number;
  /** Leading arrivals excluded from every statistic, an integer in [0, customers). */
  warmupCustomers: number;
  /** Seed string of the run; streams 'arrivals', 'service' and 'classes' are derived from it. */
  seed: string;
  /** Replication number, an integer >= 0. */
  replication: number;
}

/** Throws RangeError naming the first field of a QueueSpec that is out of range, with its value. */
export function checkQueueSpec(spec: QueueSpec): void {
  const call = 'runQueue';
  requirePositive(call, 'arrivalRate', spec.arrivalRate);
  if (typeof spec.service !== 'function') throw argumentError(call, 'service', 'a sampler function', spec.service);
  requireInteger(call, 'servers', spec.servers, 1);
  if (spec.capacity !== undefined) requireInteger(call, 'capacity', spec.capacity, spec.servers);
  if (spec.classShares !== undefined) {
    if (spec.classShares.length === 0) throw argumentError(call, 'classShares', 'a non-empty array', '[]');
    spec.classShares.forEach((share, i) => requirePositive(call, `classShares[${i}]`, share));
  }
  spec.waitThresholds?.forEach((t, i) => requireNonNegative(call, `waitThresholds[${i}]`, t));
  requireInteger(call, 'customers', spec.customers, 1);
  requireInteger(call, 'warmupCustomers', spec.warmupCustomers, 0);
  if (spec.warmupCustomers >= spec.customers) {
    throw argumentError(call, 'warmupCustomers', `below customers (${spec.customers})`, spec.warmupCustomers);
  }
  if (typeof spec.seed !== 'string') throw argumentError(call, 'seed', 'a string', spec.seed);
  requireInteger(call, 'replication', spec.replication, 0);
}
