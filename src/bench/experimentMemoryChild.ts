// Child process for the experiment memory benchmark: receives one scenario and a replication count
// over IPC, runs the experiment in-process (jobs = 1) and replies with its peak resident set size.
// A fresh process per measurement, so one run's heap cannot inflate the next one's peak.
import { runExperiment } from '../experiment/index.js';
import type { LoadedScenario } from '../experiment/index.js';

/** What the parent sends. */
export interface MemoryChildRequest {
  scenario: LoadedScenario;
  replications: number;
  seed: string;
  /** Force a full GC after every 10 replications, so the peak reflects what the run holds rather than when V8 collects. */
  collectEvery10?: boolean;
}

/** What the child replies: kibibytes of RSS, heap bytes, and the size of the kept records as JSON. */
export interface MemoryChildReply {
  replications: number;
  startRssKiB: number;
  peakRssKiB: number;
  sampledPeakRssKiB: number;
  /** Live heap after a full GC, before the run and at its end with the raw result still held (null without --expose-gc). */
  retainedHeapStartBytes: number | null;
  retainedHeapEndBytes: number | null;
  recordsJsonBytes: number;
  seconds: number;
}

/** The live heap after a full garbage collection, when the process was started with --expose-gc. */
function retainedHeap(): number | null {
  const gc: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof gc !== 'function') return null;
  (gc as () => void)();
  return process.memoryUsage().heapUsed;
}

process.once('message', (message: MemoryChildRequest) => {
  void (async () => {
    const retainedStart = retainedHeap();
    const startRss = process.memoryUsage().rss;
    let sampled = startRss;
    const started = performance.now();
    const raw = await runExperiment([message.scenario], {
      seed: message.seed, replications: message.replications, jobs: 1,
      onProgress: (done) => {
        sampled = Math.max(sampled, process.memoryUsage().rss);
        if (message.collectEvery10 === true && done % 10 === 0) retainedHeap();
      },
    });
    const reply: MemoryChildReply = {
      replications: message.replications,
      startRssKiB: Math.round(startRss / 1024),
      // getrusage ru_maxrss: the kernel's high-water mark, in KiB on Linux.
      peakRssKiB: process.resourceUsage().maxRSS,
      sampledPeakRssKiB: Math.round(sampled / 1024),
      retainedHeapStartBytes: retainedStart,
      retainedHeapEndBytes: retainedHeap(),
      recordsJsonBytes: JSON.stringify(raw.records).length,
      seconds: (performance.now() - started) / 1000,
    };
    process.send?.(reply, () => process.disconnect());
  })();
});
