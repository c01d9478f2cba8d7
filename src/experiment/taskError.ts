import type { ReplicationTask } from './runTask.js';

/** An Error saying which replication of which scenario failed and why; the original is kept as `cause`. */
export function taskError(task: ReplicationTask, message: string, cause?: unknown): Error {
  const text = `replication ${task.replication} of scenario "${task.scenario}" (seed "${task.seed}") failed: ${message}`;
  return cause === undefined ? new Error(text) : new Error(text, { cause });
}
