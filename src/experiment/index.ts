export { runExperiment } from './runExperiment.js';
export { runSequentialExperiment } from './runSequentialExperiment.js';
export { DEFAULT_REPLICATION_RULE, HEADLINE_METRICS, REPLICATION_RULE_METHOD, checkReplicationRule, decideReplications, lookAheadAt } from './replicationRule.js';
export type { ReplicationRule, ReplicationRuleOutcome } from './replicationRule.js';
export { summarizeExperiment } from './summarizeExperiment.js';
export { summarizeScenario } from './summarizeScenario.js';
export { compareScenarios } from './compareScenarios.js';
export { mergeShards } from './mergeShards.js';
export { shardIndices, checkShard } from './shardIndices.js';
export type { Shard } from './shardIndices.js';
export { parseShard } from './parseShard.js';
export { parseSweepSet, MAX_SWEEP_VALUES } from './parseSweepSet.js';
export type { SweepAxis } from './parseSweepSet.js';
export { sweepGrid, MAX_SWEEP_POINTS } from './sweepGrid.js';
export type { SweepGridPoint } from './sweepGrid.js';
export { EXPERIMENT_METHOD } from './experimentMethod.js';
export { ExperimentAbortError } from './experimentAbortError.js';
export { runTask } from './runTask.js';
export { summarizeRunaway, summarizeSettling, SETTLING_METHOD, TREND_METHOD } from './summarizeSettling.js';
export type { ReplicationTask } from './runTask.js';
export { workerUrl } from './workerUrl.js';
export { milestoneDefinitions } from './milestoneDefinitions.js';
export { scenarioClock } from './scenarioClock.js';
export type { ScenarioClock } from './scenarioClock.js';
export { scenarioFacts } from './scenarioFacts.js';
export type { ScenarioFacts } from './scenarioFacts.js';
// The model's metric ids and named streams, for the layers that cannot import the model.
export { METRIC_IDS, STREAM_NAMES, isMetricId } from '../model/index.js';
export type {
  BandPoint, Calendar, Comparison, ContactRecord, MissedChanceChild, CompactSeries, ExperimentOptions, ExperimentRaw, ExperimentSummary, Journey, LoadedScenario,
  MetricDefinition, MetricId, MetricSummary, MilestoneDefinition, MilestoneId, ReplicationRecord, ReplicationSample, ScenarioSummary, SettlingSeries,
  SettlingSummary, TraceLine, FanSeries, RunawaySummary,
} from './types.js';
export { findHeadroom, headroomRule, ranAway, searchDemand, searchPosts } from './headroom.js';
export type { HeadroomDimension, HeadroomOptions, HeadroomProbe, HeadroomResult } from './headroom.js';
export { MAX_GROUPS, MAX_SHAPLEY_GROUPS, cumulativePath, decompositionSubsets, fullSubset, groupsIn, shapleyWeight } from './decomposeDesign.js';
export type { DesignChoice, Subset } from './decomposeDesign.js';
export { applyChanges, variantFor } from './decomposeVariants.js';
export type { DecompositionChange, DecompositionGroup } from './decomposeVariants.js';
export { runDecomposition, shapleyValue, summarizeDecomposition } from './decompose.js';
export type { DecompositionOptions, DecompositionPlan, DecompositionRaw, GroupEffect, MetricDecomposition } from './decompose.js';
export { changeBasis, groupChanges } from './decomposeGroups.js';
export type { GroupChoice, LabelledChange, LabelledGroup, ValueLabel } from './decomposeGroups.js';
