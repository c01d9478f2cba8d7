import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Scenario } from '../scenario/schema.js';
import { ExperimentAbortError } from './experimentAbortError.js';
import { runTask } from './runTask.js';
import { taskError } from './taskError.js';
import type { ReplicationRecord } from './types.js';
import type { IndexedTask } from './workerProtocol.js';

/**
 * Runs tasks one after another in this thread, reporting each record. Between replications it yields
 * to the event loop, so an abort (from a timer or a signal handler) stops it after the replication
 * in progress, rejecting with ExperimentAbortError.
 */
export async function runTasksInProcess(
  scenarios: readonly Scenario[],
  tasks: readonly IndexedTask[],
  onRecord: (index: number, record: ReplicationRecord) => void,
  signal?: AbortSignal,
): Promise<void> {
  let completed = 0;
  for (const { index, scenarioIndex, task } of tasks) {
    if (signal?.aborted === true) throw new ExperimentAbortError(completed, tasks.length, signal.reason);
    const scenario = scenarios[scenarioIndex];
    if (scenario === undefined) throw new RangeError(`no scenario at index ${scenarioIndex}`);
    let record: ReplicationRecord;
    try {
      record = runTask(scenario, task);
    } catch (error) {
      throw taskError(task, error instanceof Error ? error.message : String(error), error);
    }
    completed++;
    onRecord(index, record);
    await yieldToEventLoop();
  }
}
