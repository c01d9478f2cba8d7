import { runTeachingJob } from './runTeachingJob.js';
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
  /** False when the browser refused the worker and runs happen on the page itself (which then pauses while it runs). */
  inWorker(): boolean;
}

interface Pending {
  readonly key: string;
  readonly id: number;
  readonly request: SimulationRequest;
  readonly promise: Promise<TeachingRuns>;
  resolve(runs: TeachingRuns): void;
  reject(error: Error): void;
  onProgress(done: number): void;
}

/**
 * A client whose worker runs `code` (this page's own script, as a Blob URL, so the page stays one
 * file). Without code, or when the browser refuses the worker, runs fall back to the page's thread.
 */
export function createSimulationClient(code: string | undefined): SimulationClient {
  const url = code === undefined ? undefined : URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  let worker: Worker | undefined;
  let pending: Pending | undefined;
  let nextId = 1;

  const runInPage = (job: Pending): void => {
    // A short pause first, so the browser paints the "Running…" status before the page is busy.
    setTimeout(() => {
      try {
        job.resolve(runTeachingJob(job.request.scenario, job.request.seed, job.request.run, (done) => job.onProgress(done)));
      } catch (error) {
        job.reject(error instanceof Error ? error : new Error(String(error)));
      }
      if (pending === job) pending = undefined;
    }, 30);
  };

  const onReply = (reply: SimulationReply): void => {
    const job = pending;
    if (job === undefined || reply.id !== job.id) return;
    if (reply.kind === 'progress') return job.onProgress(reply.done);
    pending = undefined;
    if (reply.kind === 'result') job.resolve(reply.runs);
    else job.reject(new Error(reply.message));
  };

  const startWorker = (): Worker | undefined => {
    if (url === undefined) return undefined;
    try {
      const started = new Worker(url);
      started.addEventListener('message', (event: MessageEvent<SimulationReply>) => onReply(event.data));
      // A worker that cannot load (e.g. a policy forbids Blob workers) reports here: finish in the page.
      started.addEventListener('error', (event) => {
        event.preventDefault();
        started.terminate();
        if (worker !== started) return;
        worker = undefined;
        if (pending !== undefined) runInPage(pending);
      });
      return started;
    } catch {
      return undefined;
    }
  };

  worker = startWorker();

  return {
    inWorker: () => worker !== undefined,
    run(key, request, onProgress) {
      if (pending !== undefined && pending.key === key) {
        pending.onProgress = onProgress;
        return pending.promise;
      }
      if (pending !== undefined && worker !== undefined) {
        // Stopping the worker is the only way to stop a run in progress; a fresh one starts at once.
        pending.reject(new RunCancelledError());
        pending = undefined;
        worker.terminate();
        worker = startWorker();
      }
      let resolve: (runs: TeachingRuns) => void = () => {};
      let reject: (error: Error) => void = () => {};
      const promise = new Promise<TeachingRuns>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const id = nextId++;
      const job: Pending = { key, id, request: { ...request, id }, promise, resolve, reject, onProgress };
      pending = job;
      if (worker !== undefined) worker.postMessage(job.request);
      else runInPage(job);
      return promise;
    },
  };
}
