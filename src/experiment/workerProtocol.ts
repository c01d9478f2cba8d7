import type { Scenario } from '../scenario/schema.js';
import type { ReplicationTask } from './runTask.js';
import type { ReplicationRecord } from './types.js';

/** One task for a worker: its position in the experiment's task list and what to run. */
export interface IndexedTask {
  /** Index into the experiment's task list, so results can be put back in canonical order. */
  index: number;
  scenarioIndex: number;
  task: ReplicationTask;
}

/** What a worker thread is started with (structured-cloned plain data): the scenarios its tasks name by index. */
export interface WorkerInput {
  scenarios: Scenario[];
}

/** What the main thread posts to a worker: the next task to run (one at a time, so idle workers take the next one). */
export type WorkerRequest = IndexedTask;

/** What a worker thread posts back: one message per finished task, or an error. */
export type WorkerMessage =
  | { type: 'record'; index: number; record: ReplicationRecord }
  | { type: 'failed'; index: number; message: string; stack?: string };
