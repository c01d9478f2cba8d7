import { exponential, fixed } from '../random/index.js';
import { cobhamPriorityWaits } from './cobhamPriorityWaits.js';
import { erlangB } from './erlangB.js';
import { md1MeanWait } from './mg1MeanWait.js';
import { mm1MeanWait, mmcMeanWait, mmcWaitTail } from './mmcMeanWait.js';
import type { QueueSpec } from './queueSpec.js';
import type { QueueReplication } from './runQueue.js';

/** One measure of a verification model: how to read it from a replication, and its theory value. */
export interface VerificationCheck {
  measure: string;
  /** The measure in one replication; undefined if the replication had no data for it. */
  read: (replication: QueueReplication) => number | undefined;
  theory: number;
}

/** A textbook queue checked by `frontdoor verify`: its queue (without run length and seed) and its measures. */
export interface VerificationCase {
  model: string;
  queue: Omit<QueueSpec, 'customers' | 'warmupCustomers' | 'seed' | 'replication'>;
  checks: readonly VerificationCheck[];
}

/** Thresholds t (time units) at which the M/M/c waiting-time tail P(Wq > t) is checked. */
export const TAIL_THRESHOLDS: readonly number[] = [0, 0.25, 0.5, 1, 2];

const MM1 = { arrivalRate: 0.8, serviceRate: 1 };
const MMC = { arrivalRate: 4, serviceRate: 1, servers: 5 };
const PRIORITY = { highArrivalRate: 0.3, lowArrivalRate: 0.5, serviceRate: 1 };

function mmcCase(): VerificationCase {
  const { arrivalRate, serviceRate, servers } = MMC;
  const tail = TAIL_THRESHOLDS.map((t, k) => ({
    measure: `P(Wq > ${t})`,
    read: (r: QueueReplication) => r.waitTail?.[k],
    theory: mmcWaitTail(arrivalRate, serviceRate, servers, t),
  }));
  return {
    model: `M/M/${servers} λ=${arrivalRate} μ=${serviceRate}`,
    queue: { arrivalRate, service: exponential(serviceRate), servers, waitThresholds: TAIL_THRESHOLDS },
    checks: [{ measure: 'mean wait Wq', read: (r) => r.meanWait, theory: mmcMeanWait(arrivalRate, serviceRate, servers) }, ...tail],
  };
}

function priorityCase(): VerificationCase {
  const { highArrivalRate, lowArrivalRate, serviceRate } = PRIORITY;
  const waits = cobhamPriorityWaits(highArrivalRate, lowArrivalRate, serviceRate);
  return {
    model: `M/M/1 priority λ1=${highArrivalRate} λ2=${lowArrivalRate} μ=${serviceRate}`,
    queue: {
      arrivalRate: highArrivalRate + lowArrivalRate,
      service: exponential(serviceRate),
      servers: 1,
      classShares: [highArrivalRate, lowArrivalRate],
    },
    checks: [
      { measure: 'class 1 mean wait (Cobham)', read: (r) => r.meanWaitByClass[0], theory: waits.highPriorityWait },
      { measure: 'class 2 mean wait (Cobham)', read: (r) => r.meanWaitByClass[1], theory: waits.lowPriorityWait },
    ],
  };
}

/**
 * The textbook queues of the verification table with their theory: M/M/1 and M/M/c mean waits,
 * the Erlang C tail P(Wq > t), Erlang B blocking, M/D/1 (Pollaczek–Khinchine) and two-class
 * non-preemptive priority M/M/1 (Cobham). Little's law is added to every case by runVerification.
 */
export function verificationCases(): readonly VerificationCase[] {
  const { arrivalRate, serviceRate } = MM1;
  return [
    {
      model: `M/M/1 λ=${arrivalRate} μ=${serviceRate}`,
      queue: { arrivalRate, service: exponential(serviceRate), servers: 1 },
      checks: [{ measure: 'mean wait Wq', read: (r) => r.meanWait, theory: mm1MeanWait(arrivalRate, serviceRate) }],
    },
    mmcCase(),
    {
      model: `M/M/${MMC.servers}/${MMC.servers} λ=${MMC.arrivalRate} μ=${MMC.serviceRate}`,
      queue: { arrivalRate: MMC.arrivalRate, service: exponential(MMC.serviceRate), servers: MMC.servers, capacity: MMC.servers },
      checks: [
        { measure: 'blocking (Erlang B)', read: (r) => r.blockedFraction, theory: erlangB(MMC.servers, MMC.arrivalRate / MMC.serviceRate) },
      ],
    },
    {
      model: `M/D/1 λ=${arrivalRate} D=${1 / serviceRate}`,
      queue: { arrivalRate, service: fixed(1 / serviceRate), servers: 1 },
      checks: [{ measure: 'mean wait Wq (P-K)', read: (r) => r.meanWait, theory: md1MeanWait(arrivalRate, serviceRate) }],
    },
    priorityCase(),
  ];
}
