import { mmcStreams } from './mmcBench.js';
import type { MmcRun, MmcSetup } from './mmcBench.js';

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
 * typed arrays (event time and kind; at most c + 1 events are ever pending, so it never grows), a
 * typed-array FIFO line, locals only, and no allocation per event. It does the same work as the
 * engine variants: the same draws in the same order, the mean wait, and the time-average queue
 * length and servers in use, so all its outputs must equal theirs.
 */
export function runLimitMmc(setup: MmcSetup): MmcRun {
  const { servers, arrivalRate, serviceRate, customers } = setup;
  const { arrivals, services } = mmcStreams(setup.seed);
  const times = new Float64Array(servers + 1);
  const kinds = new Uint8Array(servers + 1);
  let line = new Float64Array(64);
  let size = 0;
  let head = 0;
  let waiting = 0;
  let busy = 0;
  let arrived = 0;
  let served = 0;
  let events = 0;
  let waitSum = 0;
  let last = 0;
  let queueArea = 0;
  let busyArea = 0;

  const cpuStart = process.cpuUsage();
  const start = performance.now();
  heapPush(times, kinds, size++, -Math.log(1 - arrivals()) / arrivalRate, ARRIVAL);
  while (size > 0) {
    const now = times[0]!;
    const kind = kinds[0]!;
    heapPop(times, kinds, size--);
    events++;
    queueArea += waiting * (now - last);
    busyArea += busy * (now - last);
    last = now;
    if (kind === ARRIVAL) {
      arrived++;
      if (busy < servers) {
        busy++;
        heapPush(times, kinds, size++, now - Math.log(1 - services()) / serviceRate, DEPARTURE);
      } else {
        if (waiting === line.length) {
          const bigger = new Float64Array(line.length * 2);
          for (let i = 0; i < waiting; i++) bigger[i] = line[(head + i) & (line.length - 1)]!;
          line = bigger;
          head = 0;
        }
        line[(head + waiting) & (line.length - 1)] = now;
        waiting++;
      }
      if (arrived < customers) heapPush(times, kinds, size++, now - Math.log(1 - arrivals()) / arrivalRate, ARRIVAL);
    } else {
      served++;
      if (waiting === 0) {
        busy--;
      } else {
        waitSum += now - line[head]!;
        head = (head + 1) & (line.length - 1);
        waiting--;
        heapPush(times, kinds, size++, now - Math.log(1 - services()) / serviceRate, DEPARTURE);
      }
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return {
    events,
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    customers: served,
    meanWait: waitSum / served,
    timeAverageQueueLength: queueArea / last,
    timeAverageInUse: busyArea / last,
  };
}
