import { allReplications, mergeTeachingRuns, runTeachingJob } from './runTeachingJob.js';
import type { TeachingRuns } from './runTeachingJob.js';
import type { SimulationReply, SimulationRequest } from './workerProtocol.js';

/** The rejection of a run that a newer request replaced before it finished. */
export class RunCancelledError extends Error {
  constructor() {
    super('the run was replaced by a newer one');
    this.name = 'RunCancelledError';
  }
}

/** Runs simulations off the page's thread when it can. */
export interface SimulationClient {
  /**
   * Runs one setting. The same key as the run in progress returns that run's promise; another key
   * stops it (its promise rejects with RunCancelledError) and starts this one.
   */
  run(key: string, request: Omit<SimulationRequest, 'id'>, onProgress: (done: number) => void): Promise<TeachingRuns>;
  /** False when the browser refused the workers and runs happen on the page itself (which then pauses while it runs). */
  inWorker(): boolean;
}

/** Most workers a page starts: the teaching page runs a few replications per setting. */
export const MAX_WORKERS = 4;

/** One part of a job (some of its replications, sent to one worker): its progress and, once back, its runs. */
interface Part {
  done: number;
  runs: TeachingRuns | undefined;
}

interface Pending {
  readonly key: string;
  readonly request: Omit<SimulationRequest, 'id'>;
  readonly promise: Promise<TeachingRuns>;
  /** The parts sent to workers, by request id (empty when the job runs on the page). */
  readonly parts: Map<number, Part>;
  resolve(runs: TeachingRuns): void;
  reject(error: Error): void;
  onProgress(done: number): void;
}

/**
 * The replication numbers split into at most `count` consecutive parts, as even as they can be, the
 * larger parts first (so the part with replication 0 is never the short one).
 */
export function splitReplications(replications: readonly number[], count: number): number[][] {
  const n = Math.max(1, Math.min(count, replications.length));
  const parts: number[][] = [];
  let from = 0;
  for (let k = 0; k < n; k++) {
    const size = Math.floor(replications.length / n) + (k < replications.length % n ? 1 : 0);
    parts.push(replications.slice(from, from + size));
    from += size;
  }
  return parts;
}

/**
 * A client whose workers run `code` (this page's own script, as a Blob URL, so the page stays one
 * file): `workers` of them (by default workerCount of the processors the browser reports, at most
 * MAX_WORKERS), each running a consecutive share of a setting's replications, put back together in
 * replication order, so the result is the same whatever the number of workers. Without code, or when
 * the browser refuses a worker, runs fall back to the page's thread.
 */
export function createSimulationClient(code: string | undefined, workers = defaultWorkers()): SimulationClient {
  const url = code === undefined ? undefined : URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const poolSize = Math.max(1, Math.min(MAX_WORKERS, Math.floor(workers)));
  let pool: Worker[] = [];
  let pending: Pending | undefined;
  let nextId = 1;

  const runInPage = (job: Pending): void => {
    // A short pause first, so the browser paints the "Running…" status before the page is busy.
    setTimeout(() => {
      if (pending !== job) return;
      try {
        const { scenario, seed, run, replications } = job.request;
        job.resolve(runTeachingJob(scenario, seed, run, (done) => job.onProgress(done), replications));
      } catch (error) {
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
      pending = undefined;
    }, 30);
  };

  const onReply = (reply: SimulationReply): void => {
    const job = pending;
    const part = job?.parts.get(reply.id);
    if (job === undefined || part === undefined) return;
    if (reply.kind === 'progress') {
      part.done = reply.done;
      let done = 0;
      for (const p of job.parts.values()) done += p.done;
      return job.onProgress(done);
    }
    if (reply.kind === 'error') {
      pending = undefined;
      // The other parts are of no use now: stop the workers still on them, so the next run starts at once.
      stopPool();
      startPool();
      return job.reject(new Error(reply.message));
    }
    part.runs = reply.runs;
    const parts = [...job.parts.values()];
    if (parts.some((p) => p.runs === undefined)) return;
    pending = undefined;
    job.resolve(mergeTeachingRuns(parts.map((p) => p.runs as TeachingRuns)));
  };

  const stopPool = (): void => {
    for (const w of pool) w.terminate();
    pool = [];
  };

  const startPool = (): void => {
    if (url === undefined) return;
    const started: Worker[] = [];
    try {
      for (let k = 0; k < poolSize; k++) started.push(startWorker(url));
    } catch {
      // The browser refuses workers: stop any that did start, and run on the page.
      for (const w of started) w.terminate();
      return;
    }
    pool = started;
  };

  const startWorker = (from: string): Worker => {
    const started = new Worker(from);
    started.addEventListener('message', (event: MessageEvent<SimulationReply>) => onReply(event.data));
    // A worker that cannot load (e.g. a policy forbids Blob workers) reports here: finish in the page.
    started.addEventListener('error', (event) => {
      event.preventDefault();
      started.terminate();
      if (!pool.includes(started)) return;
      stopPool();
      if (pending !== undefined) {
        pending.parts.clear();
        runInPage(pending);
      }
    });
    return started;
  };

  const send = (job: Pending): void => {
    const shares = splitReplications(job.request.replications ?? allReplications(job.request.run), pool.length);
    shares.forEach((replications, k) => {
      const id = nextId++;
      const request: SimulationRequest = { ...job.request, id, replications };
      job.parts.set(id, { done: 0, runs: undefined });
      pool[k]?.postMessage(request);
    });
  };

  startPool();

  return {
    inWorker: () => pool.length > 0,
    run(key, request, onProgress) {
      if (pending !== undefined && pending.key === key) {
        pending.onProgress = onProgress;
        return pending.promise;
      }
      if (pending !== undefined) {
        // Stopping the workers is the only way to stop a run in progress; fresh ones start at once.
        pending.reject(new RunCancelledError());
        pending = undefined;
        if (pool.length > 0) {
          stopPool();
          startPool();
        }
      }
      let resolve: (runs: TeachingRuns) => void = () => {};
      let reject: (error: Error) => void = () => {};
      const promise = new Promise<TeachingRuns>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const job: Pending = { key, request, promise, parts: new Map(), resolve, reject, onProgress };
      pending = job;
      if (pool.length > 0) send(job);
      else runInPage(job);
      return promise;
    },
  };
}

/**
 * The workers a page starts on a machine with `processors` processors: one per processor but one,
 * which is left to the page so that it keeps answering key presses and drawing while the workers
 * run (at least one worker, at most MAX_WORKERS).
 */
export function workerCount(processors: number): number {
  return Math.max(1, Math.min(MAX_WORKERS, Math.floor(processors) - 1));
}

/** workerCount of the processors the browser reports (1 when it reports none). */
function defaultWorkers(): number {
  const reported = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator?.hardwareConcurrency;
  return workerCount(typeof reported === 'number' && reported >= 1 ? reported : 1);
}
