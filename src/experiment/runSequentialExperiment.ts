import { checkReplicationRule, decideReplications, lookAheadAt } from './replicationRule.js';
import type { ReplicationRule } from './replicationRule.js';
import { runExperiment } from './runExperiment.js';
import type { ExperimentOptions, ExperimentRaw, LoadedScenario, ReplicationRecord } from './types.js';

/** Replications added per batch after the first: enough to keep two worker threads busy between checks. */
const BATCH = 10;

/**
 * Runs replications in batches until the sequential rule (see REPLICATION_RULE_METHOD) decides how
 * many are needed, then returns the raw results of exactly that many, with the rule's outcome in
 * `replicationRule`. The steps: 1. check the rule; 2. run the minimum plus its look-ahead; 3. apply
 * the rule to every replication so far and, while undecided, run the next batch (starting where the
 * last one stopped); 4. keep replications 0..n-1 of the answer n and drop any a batch ran past it.
 * Replication r is the same run whatever the batches, so the result equals a fixed run of n
 * replications, for any `jobs`. Not for shards (the rule needs every replication).
 */
export async function runSequentialExperiment(
  scenarios: LoadedScenario[], options: Omit<ExperimentOptions, 'replications' | 'fromReplication' | 'shard'>, rule: ReplicationRule,
): Promise<ExperimentRaw> {
  // 1.
  checkReplicationRule(rule);
  const records: ReplicationRecord[] = [];
  let available = 0;
  let target = Math.min(rule.maxReplications, rule.minReplications + lookAheadAt(rule, rule.minReplications));
  for (;;) {
    // 2. and 3.
    const batch = await runExperiment(scenarios, {
      ...options, replications: target, fromReplication: available,
      onProgress: (done) => options.onProgress?.(available * scenarios.length + done, target * scenarios.length),
    });
    records.push(...batch.records);
    available = target;
    const outcome = decideReplications(records, available, rule);
    if (outcome !== undefined) {
      // 4.
      const order = new Map(scenarios.map((s, i) => [s.name, i]));
      const kept = records
        .filter((r) => r.replication < outcome.replications)
        .sort((a, b) => (order.get(a.scenario) ?? 0) - (order.get(b.scenario) ?? 0) || a.replication - b.replication);
      return { ...batch, replications: outcome.replications, replicationRule: outcome, records: kept };
    }
    target = Math.min(rule.maxReplications, available + Math.max(BATCH, lookAheadAt(rule, available)));
  }
}
