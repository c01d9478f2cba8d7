import { Resource, Simulation } from '../engine/index.js';
import type { EventHandler } from '../engine/index.js';
import { categorical, createStream, exponential } from '../random/index.js';
import type { QueueSpec } from './queueSpec.js';
import { checkQueueSpec } from './queueSpec.js';

/**
 * What one replication of runQueue measured over its observation window (after warm-up). Means
 * are undefined when no measured customer was admitted (for a class: none of that class).
 */
export interface QueueReplication {
  /** Arrivals in the window, admitted or blocked. */
  measuredArrivals: number;
  /** Measured arrivals that were admitted (not blocked). */
  admitted: number;
  /** Blocked / measured arrivals. */
  blockedFraction: number;
  /** Mean wait in queue of admitted customers (time units). */
  meanWait: number | undefined;
  /** Mean wait in queue per class, class 0 first. */
  meanWaitByClass: readonly (number | undefined)[];
  /** For each of spec.waitThresholds, the fraction of admitted customers whose wait in queue exceeded it. */
  waitTail: readonly number[] | undefined;
  /** L: time-average number in the system over the window, from the Resource's time-weighted statistics. */
  timeAverageInSystem: number;
  /** λ: admitted arrivals per time unit over the window. */
  admittedRate: number;
  /** W: mean time in system (wait plus service) of admitted customers. */
  meanTimeInSystem: number | undefined;
  /** Length of the observation window (time units). */
  windowDuration: number;
}

/**
 * Simulates one replication of a textbook queue on the engine: customers arrive as a Poisson process,
 * request a unit of a Resource (FIFO, or by class under 'priority') and release it after their service.
 * The window opens at the arrival of customer `warmupCustomers` and closes at the arrival that would
 * be number `customers` (it is not admitted); every customer arriving in the window is followed until
 * it leaves, so L (time-weighted) and λ·W (per customer) describe the same window. Throws RangeError on a bad spec.
 */
export function runQueue(spec: QueueSpec): QueueReplication {
  checkQueueSpec(spec);
  const { customers, warmupCustomers: warmup, servers } = spec;
  const capacity = spec.capacity ?? Infinity;
  const thresholds = spec.waitThresholds ?? [];
  const classCount = spec.classShares?.length ?? 1;
  const arrivalStream = createStream(spec.seed, spec.replication, 'arrivals');
  const serviceStream = createStream(spec.seed, spec.replication, 'service');
  const classStream = createStream(spec.seed, spec.replication, 'classes');
  const interarrival = exponential(spec.arrivalRate);
  const drawClass = spec.classShares === undefined ? () => 0 : categorical(spec.classShares);

  const sim = new Simulation();
  const desk = new Resource(sim, {
    capacity: servers,
    discipline: classCount > 1 ? 'priority' : 'fifo',
    name: 'servers',
  });
  const arrivalTime = new Float64Array(customers);
  const serviceTime = new Float64Array(customers);
  const classOf = new Uint32Array(customers);
  const waitSumByClass = new Float64Array(classCount);
  const countByClass = new Float64Array(classCount);
  const tailCounts = new Float64Array(thresholds.length);
  let inSystem = 0;
  let blocked = 0;
  let sojournSum = 0;
  let windowStart = 0;
  let windowEnd = 0;
  let timeAverageInSystem = 0;

  const depart: EventHandler<number> = (id, s) => {
    desk.release();
    inSystem--;
    if (id >= warmup) sojournSum += s.now - (arrivalTime[id] ?? NaN);
  };
  const startService: EventHandler<number> = (id, s) => {
    if (id >= warmup) {
      const wait = s.now - (arrivalTime[id] ?? NaN);
      const cls = classOf[id] ?? 0;
      waitSumByClass[cls] = (waitSumByClass[cls] ?? 0) + wait;
      countByClass[cls] = (countByClass[cls] ?? 0) + 1;
      for (let k = 0; k < thresholds.length; k++) {
        if (wait > (thresholds[k] ?? Infinity)) tailCounts[k] = (tailCounts[k] ?? 0) + 1;
      }
    }
    s.schedule(serviceTime[id] ?? NaN, depart, id);
  };
  const arrive: EventHandler<number> = (id, s) => {
    if (id === customers) {
      // The closing arrival: end the window and generate no more customers.
      windowEnd = s.now;
      const stats = desk.stats();
      timeAverageInSystem = stats.timeAverageQueueLength + stats.timeAverageInUse;
      return;
    }
    if (id === warmup) {
      windowStart = s.now;
      desk.resetStats();
    }
    arrivalTime[id] = s.now;
    serviceTime[id] = spec.service(serviceStream);
    const cls = drawClass(classStream);
    classOf[id] = cls;
    if (inSystem >= capacity) {
      if (id >= warmup) blocked++;
    } else {
      inSystem++;
      desk.request(startService, id, cls);
    }
    s.schedule(interarrival(arrivalStream), arrive, id + 1);
  };

  sim.schedule(interarrival(arrivalStream), arrive, 0);
  sim.run();

  const measuredArrivals = customers - warmup;
  const admitted = measuredArrivals - blocked;
  const windowDuration = windowEnd - windowStart;
  const waitSum = waitSumByClass.reduce((a, b) => a + b, 0);
  return {
    measuredArrivals,
    admitted,
    blockedFraction: blocked / measuredArrivals,
    meanWait: admitted > 0 ? waitSum / admitted : undefined,
    meanWaitByClass: Array.from(waitSumByClass, (sum, cls) => {
      const count = countByClass[cls] ?? 0;
      return count > 0 ? sum / count : undefined;
    }),
    waitTail: admitted > 0 ? Array.from(tailCounts, (count) => count / admitted) : undefined,
    timeAverageInSystem,
    admittedRate: admitted / windowDuration,
    meanTimeInSystem: admitted > 0 ? sojournSum / admitted : undefined,
    windowDuration,
  };
}
