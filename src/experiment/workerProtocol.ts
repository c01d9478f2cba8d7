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

/** What a worker thread is started with (structured-cloned plain data). */
export interface WorkerInput {
  scenarios: Scenario[];
  tasks: IndexedTask[];
}

/** What a worker thread posts back: one message per finished task, then `done`, or an error. */
export type WorkerMessage =
  | { type: 'record'; index: number; record: ReplicationRecord }
  | { type: 'failed'; index: number; message: string; stack?: string }
  | { type: 'done' };
