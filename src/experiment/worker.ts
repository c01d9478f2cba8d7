// Worker-thread entry point: a thin adapter that runs its share of tasks with runTask and posts each
// record back as soon as it is done. Node 20 runs it from the compiled dist/experiment/worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { runTask } from './runTask.js';
import type { WorkerInput, WorkerMessage } from './workerProtocol.js';

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

const input = workerData as WorkerInput;
let failed = false;
for (const { index, scenarioIndex, task } of input.tasks) {
  const scenario = input.scenarios[scenarioIndex];
  try {
    if (scenario === undefined) throw new RangeError(`no scenario at index ${scenarioIndex}`);
    post({ type: 'record', index, record: runTask(scenario, task) });
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    post({ type: 'failed', index, message: e.message, ...(e.stack !== undefined ? { stack: e.stack } : {}) });
    failed = true;
    break;
  }
}
if (!failed) post({ type: 'done' });
