import { describe, expect, it } from 'vitest';
import { Resource, Simulation } from '../../src/engine/index.js';
import { createStream } from '../../src/random/index.js';
import { erlangC } from '../../src/verification/index.js';

const SERVERS = 5;
const ARRIVAL_RATE = 4;
const SERVICE_RATE = 1;
const WARMUP_CUSTOMERS = 2_000;
const CUSTOMERS = 20_000;
const REPLICATIONS = 20;
const THRESHOLDS = [0, 0.5, 1, 2];

interface Replication {
  meanWait: number;
  /** Share of customers whose wait exceeds each threshold. */
  tail: number[];
  /** Time-average queue length from Resource.stats over the measured period. */
  queueLength: number;
  /** The same, computed from every customer's own time in queue, clipped to the measured period. */
  queueLengthFromCustomers: number;
}

/** One M/M/c replication through Simulation + Resource, measuring customers after a warm-up. */
function replicate(replication: number): Replication {
  const arrivals = createStream('engine-mmc', replication, 'arrivals');
  const services = createStream('engine-mmc', replication, 'services');
  const sim = new Simulation();
  const desk = new Resource(sim, { capacity: SERVERS });
  const arrivedAt: number[] = [];
  const startedAt: number[] = [];
  let measuredFrom = 0;
  const depart = (): void => desk.release();
  const start = (customer: number, s: Simulation): void => {
    startedAt[customer] = s.now;
    s.schedule(-Math.log(1 - services()) / SERVICE_RATE, depart, undefined);
  };
  const arrive = (_: undefined, s: Simulation): void => {
    const customer = arrivedAt.length;
    if (customer === WARMUP_CUSTOMERS) {
      measuredFrom = s.now;
      desk.resetStats();
    }
    if (customer === WARMUP_CUSTOMERS + CUSTOMERS) {
      s.stop();
      return;
    }
    arrivedAt.push(s.now);
    desk.request(start, customer);
    s.schedule(-Math.log(1 - arrivals()) / ARRIVAL_RATE, arrive, undefined);
  };
  sim.schedule(-Math.log(1 - arrivals()) / ARRIVAL_RATE, arrive, undefined);
  sim.run();

  const end = sim.now;
  const waits: number[] = [];
  let queueTime = 0;
  arrivedAt.forEach((arrival, customer) => {
    const started = startedAt[customer];
    if (customer >= WARMUP_CUSTOMERS && started !== undefined) waits.push(started - arrival);
    queueTime += Math.max(0, Math.min(started ?? end, end) - Math.max(arrival, measuredFrom));
  });
  return {
    meanWait: waits.reduce((a, b) => a + b, 0) / waits.length,
    tail: THRESHOLDS.map((t) => waits.filter((w) => w > t).length / waits.length),
    queueLength: desk.stats().timeAverageQueueLength,
    queueLengthFromCustomers: queueTime / (end - measuredFrom),
  };
}

/** Mean and standard error over replications. */
function meanAndSe(values: number[]): { mean: number; se: number } {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
  return { mean, se: Math.sqrt(variance / n) };
}

describe('M/M/c through Simulation and Resource (c = 5, lambda = 4, mu = 1)', () => {
  // Tolerance: 4 standard errors of the mean over 20 independent replications (seeded, so the
  // result is fixed; under normality a correct engine would fail such a check with probability
  // about 6e-5). Warm-up of 2,000 customers from empty keeps the start-up bias far below that.
  const reps = Array.from({ length: REPLICATIONS }, (_, r) => replicate(r));
  const C = erlangC(SERVERS, ARRIVAL_RATE / SERVICE_RATE);
  const drain = SERVERS * SERVICE_RATE - ARRIVAL_RATE;

  it('reproduces the Erlang C mean wait in queue, C / (c mu - lambda)', () => {
    const { mean, se } = meanAndSe(reps.map((r) => r.meanWait));
    expect(Math.abs(mean - C / drain)).toBeLessThan(4 * se);
  });

  it('reproduces the Erlang C waiting-time tail, P(W > t) = C exp(-(c mu - lambda) t)', () => {
    THRESHOLDS.forEach((t, k) => {
      const { mean, se } = meanAndSe(reps.map((r) => r.tail[k]!));
      expect(Math.abs(mean - C * Math.exp(-drain * t)), `t = ${t}`).toBeLessThan(4 * se);
    });
  });

  it('measures the time-average queue length exactly as the customers spent it', () => {
    // A sample-path identity, so only floating-point error is allowed.
    for (const r of reps) expect(r.queueLength).toBeCloseTo(r.queueLengthFromCustomers, 9);
  });

  it("agrees with Little's law: mean queue length = lambda x mean wait", () => {
    const { mean, se } = meanAndSe(reps.map((r) => r.queueLength));
    expect(Math.abs(mean - (ARRIVAL_RATE * C) / drain)).toBeLessThan(4 * se);
  });
});
