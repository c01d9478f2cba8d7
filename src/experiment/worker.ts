// Worker-thread entry point: a thin adapter that runs each task the main thread posts with runTask
// and posts the record back. Node 20 runs it from the compiled dist/experiment/worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './runTask.js';
import type { WorkerInput, WorkerMessage, WorkerRequest } from './workerProtocol.js';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

const input = workerData as WorkerInput;
parentPort?.on('message', ({ index, scenarioIndex, task }: WorkerRequest) => {
  try {
    const scenario = input.scenarios[scenarioIndex];
    if (scenario === undefined) throw new RangeError(`no scenario at index ${scenarioIndex}`);
    post({ type: 'record', index, record: runTask(scenario, task) });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ type: 'failed', index, message: e.message, ...(e.stack !== undefined ? { stack: e.stack } : {}) });
  }
});
