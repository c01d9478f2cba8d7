import { requireInteger } from '../check/index.js';
import { runTasksInProcess } from './runTasksInProcess.js';
import { runTasksInWorkers } from './runTasksInWorkers.js';
import { checkShard, shardIndices } from './shardIndices.js';
import type { ExperimentOptions, ExperimentRaw, LoadedScenario, ReplicationRecord } from './types.js';
import type { IndexedTask } from './workerProtocol.js';

function checkArguments(scenarios: readonly LoadedScenario[], options: ExperimentOptions): void {
  if (scenarios.length === 0) throw new RangeError('runExperiment: scenarios must not be empty');
  const names = new Set<string>();
  for (const s of scenarios) {
    if (names.has(s.name)) throw new RangeError(`runExperiment: scenario names must be unique (records are keyed by name), "${s.name}" appears twice`);
    names.add(s.name);
  }
  if (typeof options.seed !== 'string') throw new RangeError(`runExperiment: seed must be a string, got ${String(options.seed)}`);
  requireInteger('runExperiment', 'replications', options.replications, 1);
  requireInteger('runExperiment', 'jobs', options.jobs, 1);
  if (options.sampleReplications !== undefined) requireInteger('runExperiment', 'sampleReplications', options.sampleReplications, 0);
  if (options.tracedChild !== undefined) requireInteger('runExperiment', 'tracedChild', options.tracedChild, 0);
  if (options.maxStoredRecords !== undefined) requireInteger('runExperiment', 'maxStoredRecords', options.maxStoredRecords, 0);
  if (options.fromReplication !== undefined) requireInteger('runExperiment', 'fromReplication', options.fromReplication, 0);
  if (options.shard !== undefined) checkShard(options.shard);
}

/** The experiment's tasks in canonical order: scenario (input order), then replication index. */
function buildTasks(scenarios: readonly LoadedScenario[], options: ExperimentOptions): IndexedTask[] {
  const from = options.fromReplication ?? 0;
  const indices = shardIndices(options.replications, options.shard).filter((r) => r >= from);
  const sampleReplications = options.sampleReplications ?? 1;
  const tasks: IndexedTask[] = [];
  scenarios.forEach((s, scenarioIndex) => {
    for (const replication of indices) {
      const keepSample = replication < sampleReplications;
      tasks.push({
        index: tasks.length,
        scenarioIndex,
        task: {
          scenario: s.name,
          // Common random numbers: the same seed and replication index for every scenario.
          seed: options.seed,
          replication,
          keepSample,
          ...(keepSample && replication === 0 && options.tracedChild !== undefined ? { tracedChild: options.tracedChild } : {}),
          ...(options.maxStoredRecords !== undefined ? { maxStoredRecords: options.maxStoredRecords } : {}),
        },
      });
    }
  });
  return tasks;
}

/**
 * Runs every scenario for the replications of the options' shard (all without one), under common
 * random numbers: replication r of every scenario uses the same seed and index r, so the model's
 * named streams draw the same arrivals. The steps:
 * 1. check the arguments; 2. list the tasks in canonical order (scenario, then replication);
 * 3. run them in-process (jobs = 1) or on worker threads that take them one at a time from a shared queue;
 * 4. put the records in task order.
 * The result is identical for any `jobs`. Rejects with ExperimentAbortError when `signal` aborts,
 * and with an Error naming the scenario and replication when a replication fails.
 */
export async function runExperiment(scenarios: LoadedScenario[], options: ExperimentOptions): Promise<ExperimentRaw> {
  // 1.
  checkArguments(scenarios, options);
  // 2.
  const tasks = buildTasks(scenarios, options);
  // 3.
  const slots = new Array<ReplicationRecord | undefined>(tasks.length);
  let done = 0;
  const onRecord = (index: number, record: ReplicationRecord) => {
    slots[index] = record;
    done++;
    options.onProgress?.(done, tasks.length);
  };
  const plain = scenarios.map((s) => s.scenario);
  if (options.jobs === 1) await runTasksInProcess(plain, tasks, onRecord, options.signal);
  else await runTasksInWorkers(plain, tasks, { jobs: options.jobs, onRecord, ...(options.signal ? { signal: options.signal } : {}) });
  // 4.
  const records = slots.map((record, i) => {
    if (record === undefined) throw new Error(`runExperiment: task ${i} finished without a record`);
    return record;
  });
  return {
    schemaVersion: 2,
    seed: options.seed,
    scenarios: scenarios.map((s) => ({ name: s.name, file: s.file, hash: s.hash, chain: [...s.chain] })),
    replications: options.replications,
    ...(options.shard !== undefined ? { shard: { index: options.shard.index, count: options.shard.count } } : {}),
    records,
  };
}
