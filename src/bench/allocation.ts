import { GCProfiler, getHeapStatistics } from 'node:v8';

/** What a call allocated on the JavaScript heap, and the collections that ran during it. */
export interface Allocation<R> {
  result: R;
  /** Bytes allocated: the growth of the used heap plus everything the collections freed. */
  allocatedBytes: number;
  collections: number;
  /** Wall-clock time the collections took, in milliseconds (as V8 reports it; other load on the machine inflates it). */
  collectionMilliseconds: number;
}

/** usedHeapSize as the GC profiler writes it (camelCase, unlike the getHeapStatistics() typings). */
function usedHeap(statistics: unknown): number {
  const used = (statistics as { usedHeapSize?: unknown }).usedHeapSize;
  if (typeof used !== 'number') throw new Error('the V8 GC profiler reported no usedHeapSize');
  return used;
}

/**
 * Runs `run` and measures what it allocated, garbage included: each collection's freed bytes (used
 * heap before it minus after it) summed, plus the net growth of the used heap over the call. Exact
 * up to the bytes other code in the process allocates meanwhile (none in a synchronous call).
 */
export function measureAllocation<R>(run: () => R): Allocation<R> {
  const profiler = new GCProfiler();
  const before = getHeapStatistics().used_heap_size;
  profiler.start();
  const result = run();
  const after = getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  let freed = 0;
  let cost = 0;
  for (const gc of statistics) {
    freed += usedHeap(gc.beforeGC.heapStatistics) - usedHeap(gc.afterGC.heapStatistics);
    cost += gc.cost;
  }
  return { result, allocatedBytes: after - before + freed, collections: statistics.length, collectionMilliseconds: cost / 1000 };
}
