import type { Resource, Simulation } from '../engine/index.js';

// What every M/M/c variant of the kernel benchmark shares: the setup, the run record, the random
// streams and the timing. Each variant is a file of its own: mmcEngine, mmcSchedule, mmcGenerators, mmcLimit.

/** An M/M/c run: c servers, Poisson arrivals at arrivalRate, exponential service at serviceRate (per time unit). */
export interface MmcSetup {
  servers: number;
  arrivalRate: number;
  serviceRate: number;
  /** Arrivals to generate; the run ends when all have been served. */
  customers: number;
  /** Seeds the arrival and service generators (two separate streams). */
  seed: number;
  /** If given, called after every `sampleEvery`-th arrival (e.g. to sample memory); not for timed runs. */
  onSample?: (arrived: number) => void;
  sampleEvery?: number;
}

/**
 * What one run measured: events processed, wall-clock and process CPU seconds (user + system, all
 * threads) for the run loop, customers served, and their mean wait in queue.
 */
export interface MmcRun {
  events: number;
  seconds: number;
  cpuSeconds: number;
  customers: number;
  meanWait: number;
  /** Time-average number waiting and number in service over the whole run. */
  timeAverageQueueLength: number;
  timeAverageInUse: number;
}

/**
 * mulberry32, a 32-bit generator returning numbers in [0, 1). Both benchmark variants use it so that
 * they draw identical numbers, and because it is cheap: a slower shared generator would add the same
 * cost to both sides and flatter the engine/limit ratio.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `loop` and returns its result with the wall-clock and CPU seconds it took. */
export function timeLoop<R>(loop: () => R): { result: R; seconds: number; cpuSeconds: number } {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const result = loop();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return { result, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** The arrival and service streams for a setup, independent of each other. */
export function mmcStreams(seed: number): { arrivals: () => number; services: () => number } {
  return { arrivals: mulberry32(seed), services: mulberry32(seed ^ 0x5bd1e995) };
}

/** What an M/M/c run reports once it is over: customers served, their summed wait, and the time averages. */
export interface MmcTally {
  served: number;
  waitSum: number;
  timeAverageQueueLength: number;
  timeAverageInUse: number;
}

/** Times `sim.run()` for an M/M/c model, then builds its record from `tally`, read once the run is over. */
export function timedMmcRun(sim: Simulation, tally: () => MmcTally): MmcRun {
  const { result, seconds, cpuSeconds } = timeLoop(() => sim.run());
  const t = tally();
  return {
    events: result.eventsProcessed,
    seconds,
    cpuSeconds,
    customers: t.served,
    meanWait: t.waitSum / t.served,
    timeAverageQueueLength: t.timeAverageQueueLength,
    timeAverageInUse: t.timeAverageInUse,
  };
}

/** timedMmcRun for a model served through `desk`, whose statistics give the time averages. */
export function timedDeskRun(sim: Simulation, desk: Resource, tally: () => { served: number; waitSum: number }): MmcRun {
  return timedMmcRun(sim, () => {
    const stats = desk.stats();
    return { ...tally(), timeAverageQueueLength: stats.timeAverageQueueLength, timeAverageInUse: stats.timeAverageInUse };
  });
}
