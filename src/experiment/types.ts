import type { Interval } from '../stats/index.js';
import type { ContactRecord, Journey, MetricDefinition, MetricId, MilestoneId, MissedChanceChild, ReplicationMetrics, TraceLine, WorkerRecord } from '../model/index.js';
import type { Scenario } from '../scenario/schema.js';
import type { ScenarioFacts } from './scenarioFacts.js';
import type { ReplicationRuleOutcome } from './replicationRule.js';

// Model types that appear in results, so readers of results need not import the model.
export type { Calendar } from '../calendar/index.js';
export type { ContactRecord, Journey, MetricDefinition, MetricId, MilestoneId, MissedChanceChild, TraceLine } from '../model/index.js';

/** A scenario ready to run: its resolved value plus where it came from (filled in by the CLI). */
export interface LoadedScenario {
  name: string;
  file: string;
  /** sha256 of the resolved scenario as canonical JSON. */
  hash: string;
  /** Files in the `extends` chain, child first. */
  chain: string[];
  scenario: Scenario;
}

/** How to run an experiment. Results depend only on (scenarios, seed, replication indices). */
export interface ExperimentOptions {
  seed: string;
  /** Replications per scenario, indices 0..replications-1. */
  replications: number;
  /** Worker threads; 1 runs in-process. Results are identical for any value. */
  jobs: number;
  /** Run only replication indices r >= this (default 0): a later batch of a sequential run. */
  fromReplication?: number;
  /** Run only replication indices r with r % count === index (0-based), for spreading over machines. */
  shard?: { index: number; count: number };
  /** Keep full journeys, workers and caseloads for the first k replications of each scenario (default 1). */
  sampleReplications?: number;
  /** Record a story for this child (by arrival order) in replication 0. */
  tracedChild?: number;
  /** Cap on stored records per replication (see model). */
  maxStoredRecords?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The weekly series kept for every replication (small, so memory stays flat). */
export interface CompactSeries {
  time: number[];
  /** New referrals waiting for a first allocation. */
  unallocated: number[];
  /** Cases waiting to be allocated again after a change of worker. */
  awaitingReallocation: number[];
  /** Cases in a handover between workers. */
  inHandover: number[];
  heldOnDuty: number[];
  permanent: number[];
  agency: number[];
  vacancies: number[];
  leavers: number[];
  caseloadMean: number[];
}

/** Weekly series from day 0, warm-up included, for the warm-up analysis. */
export interface SettlingSeries {
  time: number[];
  unallocated: number[];
  caseloadMean: number[];
}

/** Whether the warm-up was long enough, by MSER-5 on each settling series. */
export interface SettlingSummary {
  method: string;
  /** The configured warm-up, in days. */
  warmupDays: number;
  /** Per series: the day MSER-5 would cut at, and whether that cut fell where the rule is trusted. */
  measures: { id: string; label: string; truncationDays: number; reliable: boolean }[];
  /** Every series settled within the configured warm-up. */
  sufficient: boolean;
}

/** How many replications of a scenario ran away, by the per-replication trend tests (see TREND_METHOD). */
export interface RunawaySummary {
  replications: number;
  /** The queue of new referrals kept rising. */
  queueRising: number;
  /** The queue of new referrals held four weeks of arrivals or more on average. */
  queueOverwhelmed: number;
  /** The average caseload kept rising. */
  caseloadRising: number;
  /** The screening queue kept rising. */
  screeningRising: number;
}

/** Full detail kept for sample replications only. */
export interface ReplicationSample {
  journeys: Journey[];
  workers: WorkerRecord[];
  /** caseloads[week][workerIndex], null when not in post. */
  caseloads: (number | null)[][];
  trace: TraceLine[];
  /** The traced child's contacts (empty when no child was traced), to tie each decision to its contact. */
  tracedContacts: ContactRecord[];
  /** Children counted as missed chances in the measured window, in order of their second unlinked closed contact. */
  missedChances: MissedChanceChild[];
}

/** One replication of one scenario, as it comes back from a worker. */
export interface ReplicationRecord {
  scenario: string;
  replication: number;
  metrics: ReplicationMetrics;
  series: CompactSeries;
  settling: SettlingSeries;
  /** End of warm-up and end of the run, in simulated days. */
  window: { warmupEnd: number; end: number };
  events: number;
  warnings: string[];
  sample?: ReplicationSample;
}

/** Raw results of a run or a shard: mergeable, serialisable, small. */
export interface ExperimentRaw {
  schemaVersion: 2;
  seed: string;
  scenarios: Omit<LoadedScenario, 'scenario'>[];
  /** Every replication index the full experiment has (before sharding). */
  replications: number;
  shard?: { index: number; count: number };
  /** With `--replications auto`: the sequential rule and what it decided (absent for a fixed count). */
  replicationRule?: ReplicationRuleOutcome;
  /** Ordered by scenario (input order), then replication index. */
  records: ReplicationRecord[];
}

/** The weekly series drawn as fan charts. */
export type FanSeries = 'unallocated' | 'awaitingReallocation' | 'inHandover' | 'heldOnDuty';

/** A metric across replications for one scenario. */
export interface MetricSummary {
  id: MetricId;
  label: string;
  unit: string;
  interval: Interval;
}

/** Pointwise band across replications: `median` with `low`–`high` (2.5–97.5%). */
export interface BandPoint {
  x: number;
  median: number;
  low: number;
  high: number;
}

/** Everything summarised for one scenario. */
export interface ScenarioSummary {
  name: string;
  metrics: MetricSummary[];
  /** Per milestone: "share still waiting" bands over the grid (x in working days) and mean bin shares. */
  delays: Record<MilestoneId, { survival: BandPoint[]; bins: { lower: number; upper: number; share: number }[] }>;
  /** Weekly fan-chart quantiles (p05, p25, p50, p75, p95) by series name, x = simulated day. */
  fans: Record<FanSeries, { x: number; p05: number; p25: number; p50: number; p75: number; p95: number }[]>;
  /** Weekly medians of staffing across replications. */
  staffing: { x: number; permanent: number; agency: number; vacancies: number; leavers: number }[];
  /** Share of allocated referrals with 0,1,2,3,4+ changes of social worker (interval across replications). */
  workerChanges: Interval[];
  /** Dates of the measured window and of each weekly snapshot, and the caseload cap. */
  facts: ScenarioFacts;
  /** The warm-up analysis (absent when no replication carries a settling series). */
  settling?: SettlingSummary;
  /** Replications that ran away. */
  runaway: RunawaySummary;
}

/** A paired difference (comparison − baseline) per metric under common random numbers. */
export interface Comparison {
  baseline: string;
  comparison: string;
  differences: MetricSummary[];
}

/** A delay milestone as readers label it: its timescale in working days (undefined when none) and the source of that timescale. */
export interface MilestoneDefinition {
  id: MilestoneId;
  label: string;
  targetWorkingDays: number | undefined;
  source: string;
}

/**
 * The summary an analyst reads: per scenario, paired differences against the first scenario, and the
 * definitions (labels, units, better direction, timescales) of every metric and milestone.
 */
export interface ExperimentSummary {
  seed: string;
  replications: number;
  scenarios: ScenarioSummary[];
  comparisons: Comparison[];
  definitions: { metrics: MetricDefinition[]; milestones: MilestoneDefinition[] };
}
