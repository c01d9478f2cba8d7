import { compareScenarios } from './compareScenarios.js';
import { summarizeScenario } from './summarizeScenario.js';
import type { ExperimentRaw, ExperimentSummary, ReplicationRecord } from './types.js';

/**
 * Summarises raw results: per scenario (see summarizeScenario), and every scenario after the first
 * compared with the first by paired differences. `replications` is the design's count; a shard's
 * summary covers only its records, and each interval's `n` says how many replications it used.
 */
export function summarizeExperiment(raw: ExperimentRaw): ExperimentSummary {
  const groups = raw.scenarios.map((s) => ({
    name: s.name,
    records: raw.records.filter((r) => r.scenario === s.name).sort((a, b) => a.replication - b.replication) as readonly ReplicationRecord[],
  }));
  const [baseline, ...others] = groups;
  return {
    seed: raw.seed,
    replications: raw.replications,
    scenarios: groups.map((g) => summarizeScenario(g.name, g.records)),
    comparisons: baseline === undefined ? [] : others.map((g) => compareScenarios(baseline, g)),
  };
}
