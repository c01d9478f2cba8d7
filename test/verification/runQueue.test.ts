import { describe, expect, it } from 'vitest';
import { categorical, createStream, exponential, fixed } from '../../src/random/index.js';
import type { Sampler } from '../../src/random/index.js';
import { runQueue } from '../../src/verification/index.js';
import type { QueueSpec } from '../../src/verification/index.js';

interface Reference {
  meanWait: number;
  meanWaitByClass: number[];
  waitTail: number[];
  blockedFraction: number;
  meanTimeInSystem: number;
  timeAverageInSystem: number;
}

/**
 * The same customers as runQueue (same streams, drawn in the same order: first interarrival, then per
 * arrival its service, its class, the next interarrival), pushed through the queue without the engine:
 * FIFO by earliest-free server, priority by picking the best waiting customer whenever the single server frees.
 */
function reference(spec: QueueSpec): Reference {
  const arrivals = createStream(spec.seed, spec.replication, 'arrivals');
  const services = createStream(spec.seed, spec.replication, 'service');
  const classes = createStream(spec.seed, spec.replication, 'classes');
  const interarrival = exponential(spec.arrivalRate);
  const drawClass = spec.classShares === undefined ? () => 0 : categorical(spec.classShares);
  const n = spec.customers;
  const a: number[] = [];
  const s: number[] = [];
  const cls: number[] = [];
  let t = interarrival(arrivals);
  for (let k = 0; k < n; k++) {
    a.push(t);
    s.push(spec.service(services));
    cls.push(drawClass(classes));
    t += interarrival(arrivals);
  }
  const windowEnd = t;
  const start: number[] = new Array<number>(n).fill(NaN);
  const admitted: boolean[] = new Array<boolean>(n).fill(true);
  if (spec.classShares === undefined) {
    const free = new Array<number>(spec.servers).fill(0);
    const departures: number[] = [];
    for (let k = 0; k < n; k++) {
      const inSystem = departures.filter((d) => d > (a[k] ?? NaN)).length;
      if (inSystem >= (spec.capacity ?? Infinity)) {
        admitted[k] = false;
        continue;
      }
      const server = free.indexOf(Math.min(...free));
      start[k] = Math.max(a[k] ?? NaN, free[server] ?? NaN);
      free[server] = (start[k] ?? NaN) + (s[k] ?? NaN);
      departures.push(free[server] ?? NaN);
    }
  } else {
    let free = 0;
    let next = 0;
    const waiting: number[] = [];
    for (let done = 0; done < n; done++) {
      if (waiting.length === 0) free = Math.max(free, a[next] ?? NaN);
      while (next < n && (a[next] ?? NaN) <= free) waiting.push(next++);
      waiting.sort((x, y) => (cls[x] ?? 0) - (cls[y] ?? 0) || x - y);
      const k = waiting.shift() ?? -1;
      start[k] = free;
      free += s[k] ?? NaN;
    }
  }
  const measured = Array.from({ length: n - spec.warmupCustomers }, (_, i) => i + spec.warmupCustomers);
  const served = measured.filter((k) => admitted[k]);
  const wait = (k: number): number => (start[k] ?? NaN) - (a[k] ?? NaN);
  const mean = (ks: number[], f: (k: number) => number): number => ks.reduce((sum, k) => sum + f(k), 0) / ks.length;
  const windowStart = a[spec.warmupCustomers] ?? NaN;
  let area = 0;
  for (let k = 0; k < n; k++) {
    if (!admitted[k]) continue;
    const leave = (start[k] ?? NaN) + (s[k] ?? NaN);
    area += Math.max(0, Math.min(leave, windowEnd) - Math.max(a[k] ?? NaN, windowStart));
  }
  const classCount = spec.classShares?.length ?? 1;
  return {
    meanWait: mean(served, wait),
    meanWaitByClass: Array.from({ length: classCount }, (_, c) => mean(served.filter((k) => cls[k] === c), wait)),
    waitTail: (spec.waitThresholds ?? []).map((x) => served.filter((k) => wait(k) > x).length / served.length),
    blockedFraction: (measured.length - served.length) / measured.length,
    meanTimeInSystem: mean(served, (k) => wait(k) + (s[k] ?? NaN)),
    timeAverageInSystem: area / (windowEnd - windowStart),
  };
}

function expectMatchesReference(spec: QueueSpec): void {
  const got = runQueue(spec);
  const want = reference(spec);
  // Same draws and the same additions, so only summation order differs: agreement to ~1e-10.
  expect(got.meanWait).toBeCloseTo(want.meanWait, 10);
  got.meanWaitByClass.forEach((w, c) => expect(w).toBeCloseTo(want.meanWaitByClass[c] ?? NaN, 10));
  expect(got.waitTail).toEqual(want.waitTail);
  expect(got.blockedFraction).toBe(want.blockedFraction);
  expect(got.meanTimeInSystem).toBeCloseTo(want.meanTimeInSystem, 10);
  expect(got.timeAverageInSystem).toBeCloseTo(want.timeAverageInSystem, 9);
}

function spec(service: Sampler, overrides: Partial<QueueSpec>): QueueSpec {
  return { arrivalRate: 0.8, service, servers: 1, customers: 3000, warmupCustomers: 300, seed: 'runQueue-test', replication: 0, ...overrides };
}

describe('runQueue', () => {
  it('matches a hand-rolled FIFO M/M/1 (Lindley) on the same draws, waits, W and time-average L', () => {
    expectMatchesReference(spec(exponential(1), {}));
  });

  it('matches the reference for M/M/3 including the fraction of waits above each threshold', () => {
    expectMatchesReference(spec(exponential(1), { arrivalRate: 2.6, servers: 3, waitThresholds: [0, 0.5, 2], replication: 4 }));
  });

  it('matches the reference for M/D/1 with fixed service times', () => {
    expectMatchesReference(spec(fixed(1), { replication: 2 }));
  });

  it('blocks exactly the arrivals that find the system full in a loss system and a finite waiting room', () => {
    expectMatchesReference(spec(exponential(1), { arrivalRate: 4, servers: 5, capacity: 5 }));
    expectMatchesReference(spec(exponential(1), { arrivalRate: 1.8, servers: 2, capacity: 4, waitThresholds: [0] }));
  });

  it('serves class 0 first without pre-emption, as the reference priority server does', () => {
    expectMatchesReference(spec(exponential(1), { classShares: [0.3, 0.5], replication: 7 }));
  });

  it('never makes anyone wait in a loss system (capacity = servers)', () => {
    const r = runQueue(spec(exponential(1), { arrivalRate: 4, servers: 5, capacity: 5, waitThresholds: [0] }));
    expect(r.meanWait).toBe(0);
    expect(r.waitTail).toEqual([0]);
    expect(r.blockedFraction).toBeGreaterThan(0);
  });

  it('gives identical results for the same seed and replication and different ones for another replication', () => {
    const base = spec(exponential(1), { waitThresholds: [1] });
    expect(runQueue(base)).toEqual(runQueue(base));
    expect(runQueue({ ...base, replication: 1 }).meanWait).not.toBe(runQueue(base).meanWait);
  });

  it('counts only customers after warm-up', () => {
    const r = runQueue(spec(exponential(1), { customers: 1000, warmupCustomers: 400 }));
    expect(r.measuredArrivals).toBe(600);
    expect(r.admitted).toBe(600);
  });

  it('throws a RangeError naming the field and value of a bad spec', () => {
    const ok = spec(exponential(1), {});
    expect(() => runQueue({ ...ok, servers: 0 })).toThrow(/runQueue: servers must be an integer >= 1, got 0/);
    expect(() => runQueue({ ...ok, servers: 3, capacity: 2 })).toThrow(/runQueue: capacity must be an integer >= 3, got 2/);
    expect(() => runQueue({ ...ok, warmupCustomers: 3000 })).toThrow(/warmupCustomers must be below customers \(3000\), got 3000/);
    expect(() => runQueue({ ...ok, classShares: [1, 0] })).toThrow(/classShares\[1\] must be a finite number > 0, got 0/);
    expect(() => runQueue({ ...ok, waitThresholds: [-1] })).toThrow(/waitThresholds\[0\] must be a finite number >= 0, got -1/);
    expect(() => runQueue({ ...ok, arrivalRate: Infinity })).toThrow(/arrivalRate must be a finite number > 0, got Infinity/);
  });
});
