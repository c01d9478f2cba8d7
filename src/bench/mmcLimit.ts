import { MmcLoopState } from './mmcLoopState.js';
import { mmcStreams } from './mmcSetup.js';
import type { MmcRun, MmcSetup } from './mmcSetup.js';

const ARRIVAL = 0;
const DEPARTURE = 1;

/** Adds (time, kind) to the binary min-heap held in times/kinds[0, size); the arrays must have room. */
function heapPush(times: Float64Array, kinds: Uint8Array, size: number, time: number, kind: number): void {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const pt = times[parent]!;
    if (pt <= time) break;
    times[i] = pt;
    kinds[i] = kinds[parent]!;
    i = parent;
  }
  times[i] = time;
  kinds[i] = kind;
}

/** Removes the root of the heap held in times/kinds[0, size); the caller has read it first. */
function heapPop(times: Float64Array, kinds: Uint8Array, size: number): void {
  const n = size - 1;
  if (n === 0) return;
  const t = times[n]!;
  const k = kinds[n]!;
  let i = 0;
  const half = n >> 1;
  while (i < half) {
    let c = 2 * i + 1;
    if (c + 1 < n && times[c + 1]! < times[c]!) c++;
    const ct = times[c]!;
    if (t <= ct) break;
    times[i] = ct;
    kinds[i] = kinds[c]!;
    i = c;
  }
  times[i] = t;
  kinds[i] = k;
}

/**
 * The practical speed limit for M/M/c in this runtime: one hand-inlined loop over a binary heap of
 * typed arrays (event time and kind; at most c + 1 events are ever pending, so it never grows), the
 * model's own state in one MmcLoopState (a typed-array FIFO line), and no allocation per event. It
 * does the same work as the engine variants: the same draws in the same order, the mean wait, and the time-average queue
 * length and servers in use, so all its outputs must equal theirs.
 */
export function runLimitMmc(setup: MmcSetup): MmcRun {
  const { servers, arrivalRate, serviceRate, customers } = setup;
  const { arrivals, services } = mmcStreams(setup.seed);
  const times = new Float64Array(servers + 1);
  const kinds = new Uint8Array(servers + 1);
  const state = new MmcLoopState(servers);
  let size = 0;
  let events = 0;

  const cpuStart = process.cpuUsage();
  const start = performance.now();
  heapPush(times, kinds, size++, -Math.log(1 - arrivals()) / arrivalRate, ARRIVAL);
  while (size > 0) {
    const now = times[0]!;
    const kind = kinds[0]!;
    heapPop(times, kinds, size--);
    events++;
    if (kind === ARRIVAL) {
      if (state.arrive(now)) heapPush(times, kinds, size++, now - Math.log(1 - services()) / serviceRate, DEPARTURE);
      if (state.arrived < customers) heapPush(times, kinds, size++, now - Math.log(1 - arrivals()) / arrivalRate, ARRIVAL);
    } else if (state.depart(now)) {
      heapPush(times, kinds, size++, now - Math.log(1 - services()) / serviceRate, DEPARTURE);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const t = state.tally();
  return {
    events,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    customers: t.served,
    meanWait: t.waitSum / t.served,
    timeAverageQueueLength: t.timeAverageQueueLength,
    timeAverageInUse: t.timeAverageInUse,
  };
}
