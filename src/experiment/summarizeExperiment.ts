import { METRICS } from '../model/index.js';
import type { Scenario } from '../scenario/schema.js';
import { compareScenarios } from './compareScenarios.js';
import { milestoneDefinitions } from './milestoneDefinitions.js';
import { summarizeScenario } from './summarizeScenario.js';
import type { ExperimentRaw, ExperimentSummary, ReplicationRecord } from './types.js';

/**
 * Summarises raw results: per scenario (see summarizeScenario), and every scenario after the first
 * compared with the first by paired differences, with the definitions of the metrics and milestones.
 * `scenarios` gives the resolved scenario of every name in raw.scenarios (a missing one throws
 * RangeError). `replications` is the design's count; a shard's summary covers only its records, and
 * each interval's `n` says how many replications it used.
 */
export function summarizeExperiment(raw: ExperimentRaw, scenarios: readonly { name: string; scenario: Scenario }[]): ExperimentSummary {
  const groups = raw.scenarios.map((s) => {
    const scenario = scenarios.find((x) => x.name === s.name)?.scenario;
    if (scenario === undefined) throw new RangeError(`summarizeExperiment: no resolved scenario named ${s.name}`);
    return {
      name: s.name,
      scenario,
      records: raw.records.filter((r) => r.scenario === s.name).sort((a, b) => a.replication - b.replication) as readonly ReplicationRecord[],
    };
  });
  const [baseline, ...others] = groups;
  return {
    seed: raw.seed,
    replications: raw.replications,
    scenarios: groups.map((g) => summarizeScenario(g.name, g.records, g.scenario)),
    comparisons: baseline === undefined ? [] : others.map((g) => compareScenarios(baseline, g)),
    definitions: {
      metrics: METRICS.map((m) => ({ ...m })),
      milestones: milestoneDefinitions(),
    },
  };
}
