import { Resource, Simulation } from '../engine/index.js';
import type { EventHandler } from '../engine/index.js';

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
interface MmcTally {
  served: number;
  waitSum: number;
  timeAverageQueueLength: number;
  timeAverageInUse: number;
}

/** Times `sim.run()` for an M/M/c model, then builds its record from `tally`, read once the run is over. */
function timedMmcRun(sim: Simulation, tally: () => MmcTally): MmcRun {
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
function timedDeskRun(sim: Simulation, desk: Resource, tally: () => { served: number; waitSum: number }): MmcRun {
  return timedMmcRun(sim, () => {
    const stats = desk.stats();
    return { ...tally(), timeAverageQueueLength: stats.timeAverageQueueLength, timeAverageInUse: stats.timeAverageInUse };
  });
}

/**
 * M/M/c through the public engine API as a model would write it: arrivals are events, customers
 * request a unit of a FIFO Resource, and service ends with a scheduled departure that releases it.
 * Three events per customer (arrival, grant, departure). Queue and server statistics come from
 * Resource.stats().
 */
export function runEngineMmc(setup: MmcSetup): MmcRun {
  const { servers, arrivalRate, serviceRate, customers } = setup;
  const { arrivals, services } = mmcStreams(setup.seed);
  const sampleEvery = setup.onSample === undefined ? 0 : (setup.sampleEvery ?? 1);
  const sim = new Simulation();
  const desk = new Resource(sim, { capacity: servers, name: 'servers' });
  let arrived = 0;
  let served = 0;
  let waitSum = 0;
  const depart: EventHandler<undefined> = () => {
    desk.release();
    served++;
  };
  const startService: EventHandler<number> = (arrivalTime, s) => {
    waitSum += s.now - arrivalTime;
    s.schedule(-Math.log(1 - services()) / serviceRate, depart, undefined);
  };
  const arrive: EventHandler<undefined> = (_, s) => {
    arrived++;
    desk.request(startService, s.now);
    if (arrived < customers) s.schedule(-Math.log(1 - arrivals()) / arrivalRate, arrive, undefined);
    if (sampleEvery > 0 && arrived % sampleEvery === 0) setup.onSample?.(arrived);
  };
  sim.schedule(-Math.log(1 - arrivals()) / arrivalRate, arrive, undefined);
  return timedDeskRun(sim, desk, () => ({ served, waitSum }));
}

/**
 * M/M/c on the bare kernel: only schedule() and run(), with the model keeping its own busy count and
 * a typed-array FIFO line, as the limit loop does. Two events per customer; isolates kernel cost from Resource.
 */
export function runEngineScheduleMmc(setup: MmcSetup): MmcRun {
  const { servers, arrivalRate, serviceRate, customers } = setup;
  const { arrivals, services } = mmcStreams(setup.seed);
  const sim = new Simulation();
  let line = new Float64Array(64);
  let head = 0;
  let waiting = 0;
  let busy = 0;
  let arrived = 0;
  let served = 0;
  let waitSum = 0;
  let last = 0;
  let queueArea = 0;
  let busyArea = 0;
  const tally = (now: number): void => {
    queueArea += waiting * (now - last);
    busyArea += busy * (now - last);
    last = now;
  };
  const depart: EventHandler<undefined> = (_, s) => {
    tally(s.now);
    served++;
    if (waiting === 0) {
      busy--;
      return;
    }
    waitSum += s.now - line[head]!;
    head = (head + 1) & (line.length - 1);
    waiting--;
    s.schedule(-Math.log(1 - services()) / serviceRate, depart, undefined);
  };
  const arrive: EventHandler<undefined> = (_, s) => {
    tally(s.now);
    arrived++;
    if (busy < servers) {
      busy++;
      s.schedule(-Math.log(1 - services()) / serviceRate, depart, undefined);
    } else {
      if (waiting === line.length) {
        const bigger = new Float64Array(line.length * 2);
        for (let i = 0; i < waiting; i++) bigger[i] = line[(head + i) & (line.length - 1)]!;
        line = bigger;
        head = 0;
      }
      line[(head + waiting) & (line.length - 1)] = s.now;
      waiting++;
    }
    if (arrived < customers) s.schedule(-Math.log(1 - arrivals()) / arrivalRate, arrive, undefined);
  };
  sim.schedule(-Math.log(1 - arrivals()) / arrivalRate, arrive, undefined);
  return timedMmcRun(sim, () => ({ served, waitSum, timeAverageQueueLength: queueArea / last, timeAverageInUse: busyArea / last }));
}

/** What a generator process yields: a delay to wait (model time units) or a resource to request. */
type ProcessStep = number | Resource;

/**
 * The same M/M/c written in the other process style, as generator processes (SimPy's style) driven
 * through the engine: each customer is a generator that yields the resource, then its service time.
 * Kept to show by measurement why the engine uses callbacks: it is markedly slower.
 */
export function runEngineGeneratorMmc(setup: MmcSetup): MmcRun {
  const { servers, arrivalRate, serviceRate, customers } = setup;
  const { arrivals, services } = mmcStreams(setup.seed);
  const sim = new Simulation();
  const desk = new Resource(sim, { capacity: servers, name: 'servers' });
  let served = 0;
  let waitSum = 0;
  const resume: EventHandler<Generator<ProcessStep, void, undefined>> = (process, s) => {
    const next = process.next();
    if (next.done === true) return;
    if (typeof next.value === 'number') s.schedule(next.value, resume, process);
    else next.value.request(resume, process);
  };
  function* customer(s: Simulation): Generator<ProcessStep, void, undefined> {
    const arrivedAt = s.now;
    yield desk;
    waitSum += s.now - arrivedAt;
    yield -Math.log(1 - services()) / serviceRate;
    desk.release();
    served++;
  }
  function* source(s: Simulation): Generator<ProcessStep, void, undefined> {
    for (let i = 0; i < customers; i++) {
      yield -Math.log(1 - arrivals()) / arrivalRate;
      resume(customer(s), s);
    }
  }
  resume(source(sim), sim);
  return timedDeskRun(sim, desk, () => ({ served, waitSum }));
}
