import type { Scenario } from '../scenario/index.js';
import type { TeachingRun } from './pageContract.js';
import type { TeachingRuns } from './runTeachingJob.js';

/** Asks the simulation worker to run one setting. `id` matches the replies to the request. */
export interface SimulationRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly seed: string;
  readonly run: TeachingRun;
  /** The replication numbers to run (all of the run's when absent): a job split over several workers gives each a part. */
  readonly replications?: readonly number[];
}

/** The worker's replies: progress after each run, then the result or the error's message. */
export type SimulationReply =
  | { readonly id: number; readonly kind: 'progress'; readonly done: number }
  | { readonly id: number; readonly kind: 'result'; readonly runs: TeachingRuns }
  | { readonly id: number; readonly kind: 'error'; readonly message: string };
