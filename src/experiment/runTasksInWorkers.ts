import { Worker } from 'node:worker_threads';
import type { Scenario } from '../scenario/schema.js';
import { ExperimentAbortError } from './experimentAbortError.js';
import { taskError } from './taskError.js';
import type { ReplicationRecord } from './types.js';
import type { IndexedTask, WorkerInput, WorkerMessage, WorkerRequest } from './workerProtocol.js';
import { workerUrl } from './workerUrl.js';

/** Settings for a worker-thread run. */
export interface WorkerRunOptions {
  jobs: number;
  /** Called once per finished task with its index into `tasks`. */
  onRecord: (index: number, record: ReplicationRecord) => void;
  signal?: AbortSignal;
}

/**
 * Runs tasks on `jobs` worker threads from a shared queue: each worker is given one task at a time,
 * in the order of `tasks`, and the next one as soon as it posts its record, so a worker that meets
 * shorter replications (or a less busy core) takes more of them and all finish close together.
 * Which worker runs a task never changes its record. Each record is reported as it arrives. Resolves
 * when every task is done; on a failed task, a crashed worker or an abort it terminates every worker
 * and rejects (ExperimentAbortError on abort).
 */
export function runTasksInWorkers(scenarios: readonly Scenario[], tasks: readonly IndexedTask[], options: WorkerRunOptions): Promise<void> {
  const count = Math.min(options.jobs, tasks.length);
  if (count === 0) return Promise.resolve();
  const url = workerUrl();
  return new Promise<void>((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let completed = 0;
    let settled = false;
    const stop = (error: Error | undefined) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void Promise.allSettled(workers.map((w) => w.terminate())).then(() => (error === undefined ? resolve() : reject(error)));
    };
    const onAbort = () => stop(new ExperimentAbortError(completed, tasks.length, options.signal?.reason));
    if (options.signal?.aborted === true) {
      onAbort();
      return;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const dispatch = (worker: Worker) => {
      const task = tasks[next];
      if (task === undefined) return;
      next++;
      const request: WorkerRequest = task;
      worker.postMessage(request);
    };
    const input: WorkerInput = { scenarios: [...scenarios] };
    for (let k = 0; k < count; k++) {
      const worker = new Worker(url, { workerData: input });
      workers.push(worker);
      worker.on('message', (message: WorkerMessage) => {
        if (settled) return;
        if (message.type === 'record') {
          completed++;
          try {
            options.onRecord(message.index, message.record);
          } catch (error) {
            stop(error instanceof Error ? error : new Error(String(error)));
            return;
          }
          if (completed === tasks.length) stop(undefined);
          else dispatch(worker);
        } else {
          const task = tasks.find((t) => t.index === message.index)?.task;
          const error = task === undefined ? new Error(message.message) : taskError(task, message.message);
          if (message.stack !== undefined) error.stack = `${error.message}\n(worker) ${message.stack}`;
          stop(error);
        }
      });
      worker.on('messageerror', (error) => stop(new Error(`worker thread ${k} sent a message that could not be read: ${error.message}`, { cause: error })));
      worker.on('error', (error) => stop(new Error(`worker thread ${k} crashed: ${error.message}`, { cause: error })));
      // Workers only stop when terminated above, so an exit before then lost a replication.
      worker.on('exit', (code) => stop(new Error(`worker thread ${k} exited with code ${code} before finishing its replications`)));
      dispatch(worker);
    }
  });
}
