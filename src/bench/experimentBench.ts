import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { median } from 'simple-statistics';
import { runExperiment } from '../experiment/index.js';
import type { LoadedScenario } from '../experiment/index.js';
import type { Scenario } from '../scenario/schema.js';
import { replyFromChild } from './childReply.js';
import type { MemoryChildReply, MemoryChildRequest } from './experimentMemoryChild.js';

/** Settings of the experiment benchmark. */
export interface ExperimentBenchOptions {
  /** Replications per scenario for the jobs 1 vs 2 timing (default 6). */
  replications?: number;
  /** Interleaved rounds of jobs 1 then jobs 2 (default 2); the median speed-up is reported. */
  rounds?: number;
  /** Replication counts of the small scenario whose peak RSS is compared (default [30, 300]). */
  memoryReplications?: readonly [number, number];
  seed?: string;
}

/**
 * A small version of a scenario for memory measurements: 6 posts, 260 children a year, one measured
 * year after a 60-day warm-up; everything else as given. About 3,000 events per replication.
 */
export function smallBenchScenario(loaded: LoadedScenario): LoadedScenario {
  const s: Scenario = structuredClone(loaded.scenario);
  s.name = 'bench-small';
  s.horizon = { years: 1, warmupDays: 60 };
  s.demand.childrenPerYear = 260;
  s.screening.screeners = 1;
  s.allocation.heldOnDuty.dutyWorkers = 1;
  s.workforce.posts = 6;
  s.workforce.initialCasesPerWorker = 6;
  return { name: s.name, file: loaded.file, hash: `${loaded.hash}-small`, chain: loaded.chain, scenario: s };
}

function measureInChild(request: MemoryChildRequest): Promise<MemoryChildReply> {
  const entry = new URL('./experimentMemoryChild.js', import.meta.url);
  if (!entry.pathname.endsWith('.js')) throw new Error('benchExperiment runs from the compiled dist/ (npm run bench)');
  return replyFromChild<MemoryChildReply>(fileURLToPath(entry), { execArgv: ['--expose-gc'], request });
}

async function timed(scenarios: LoadedScenario[], seed: string, replications: number, jobs: number): Promise<{ seconds: number; json: string }> {
  const started = performance.now();
  const raw = await runExperiment(scenarios, { seed, replications, jobs });
  return { seconds: (performance.now() - started) / 1000, json: JSON.stringify(raw) };
}

/**
 * Times the default comparison (the scenarios given, e.g. Solihull 2022 and 2024) with jobs 1 and
 * jobs 2 and reports the speed-up, then what a run keeps per replication: 30 against 300
 * replications of a small version of the first scenario, each in a fresh child process, by peak RSS
 * (getrusage maxRSS) and by live heap after a full GC. Returns one JSON-ready object per benchmark.
 */
export async function benchExperiment(comparison: LoadedScenario[], options: ExperimentBenchOptions = {}): Promise<Record<string, unknown>[]> {
  const seed = options.seed ?? 'bench-experiment';
  const replications = options.replications ?? 6;
  const [fewer, more] = options.memoryReplications ?? [30, 300];
  const first = comparison[0];
  if (first === undefined) throw new RangeError('benchExperiment: give at least one scenario');
  // Warm-up so the in-process run is optimised before it is timed (workers start cold either way).
  await runExperiment(comparison, { seed: `${seed}-warmup`, replications: 1, jobs: 1 });
  const loadBefore = loadavg()[0];
  // Interleaved rounds, so a slow spell of a shared machine hits both settings; the median is reported.
  const rounds: { jobs1Seconds: number; jobs2Seconds: number; speedUp: number }[] = [];
  let identicalResults = true;
  for (let round = 0; round < (options.rounds ?? 2); round++) {
    const serial = await timed(comparison, seed, replications, 1);
    const parallel = await timed(comparison, seed, replications, 2);
    identicalResults &&= serial.json === parallel.json;
    rounds.push({ jobs1Seconds: serial.seconds, jobs2Seconds: parallel.seconds, speedUp: serial.seconds / parallel.seconds });
  }
  const timing = {
    benchmark: 'experiment-jobs',
    scenarios: comparison.map((s) => s.name),
    replications,
    seed,
    availableParallelism: availableParallelism(),
    // Other processes on the machine take cores from the workers: read the speed-up against this.
    loadAverage1m: [loadBefore, loadavg()[0]],
    method: 'in one process: jobs 1 on the warmed-up main thread, jobs 2 on worker threads that start cold each time',
    rounds,
    speedUp: median(rounds.map((r) => r.speedUp)),
    secondsPerReplicationJobs1: median(rounds.map((r) => r.jobs1Seconds)) / (replications * comparison.length),
    identicalResults,
  };
  const small = smallBenchScenario(first);
  const low = await measureInChild({ scenario: small, replications: fewer, seed });
  const high = await measureInChild({ scenario: small, replications: more, seed });
  const lowCollected = await measureInChild({ scenario: small, replications: fewer, seed, collectEvery10: true });
  const highCollected = await measureInChild({ scenario: small, replications: more, seed, collectEvery10: true });
  const retainedGrowth =
    high.retainedHeapEndBytes === null || low.retainedHeapEndBytes === null ? null : high.retainedHeapEndBytes - low.retainedHeapEndBytes;
  const memory = {
    benchmark: 'experiment-memory-small',
    method:
      'what the experiment keeps per replication, on a scenario small enough (about 3,000 events a replication) that the kept ' +
      'records dominate its memory: a fresh child process per count runs it in-process (jobs 1); peak RSS is the kernel ' +
      'high-water mark (getrusage maxRSS, KiB), which includes garbage V8 has not yet collected; retained heap is heapUsed ' +
      'after a forced full GC at the end, with the raw result still referenced. The 1.3x target is read on real runs (cli-memory).',
    small: low,
    large: high,
    peakRssGrowthKiB: high.peakRssKiB - low.peakRssKiB,
    peakRssRatio: high.peakRssKiB / low.peakRssKiB,
    // The same with a full GC forced every 10 replications: the memory the run needs, without V8's collection timing.
    peakRssRatioWithGc: highCollected.peakRssKiB / lowCollected.peakRssKiB,
    peakRssWithGcKiB: [lowCollected.peakRssKiB, highCollected.peakRssKiB],
    retainedHeapGrowthBytes: retainedGrowth,
    retainedHeapBytesPerReplication: retainedGrowth === null ? null : retainedGrowth / (more - fewer),
    recordJsonBytesPerReplication: (high.recordsJsonBytes - low.recordsJsonBytes) / (more - fewer),
  };
  return [timing, memory];
}
