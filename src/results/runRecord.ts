import { EXPERIMENT_METHOD, SETTLING_METHOD, STREAM_NAMES, TREND_METHOD } from '../experiment/index.js';
import type { RunawaySummary, SettlingSummary } from '../experiment/index.js';
import type { Scenario } from '../scenario/index.js';
import { stressItems } from './stressItems.js';
import type { StressItemText } from './stressItems.js';
import type { SystemInfo } from './systemInfo.js';
import type { ToolInfo } from './toolInfo.js';

/** Version of run.json's layout; raised when a field changes meaning. */
export const RUN_RECORD_SCHEMA_VERSION = 1;

/** How per-child randomness is drawn, beside the named streams (see src/random keyedStream). */
export const PER_CHILD_STREAMS =
  "per-child keyed streams: each child gets a 32-bit key drawn from the 'needs' stream, and every draw about that child " +
  '(its contacts, screening, casework) comes from sfc32 generators keyed by (child key, purpose), so a child meets the ' +
  'same numbers in every scenario (common random numbers at the level of a child)';

/** Event ordering of the simulation kernel, for STRESS-DES 5.3. */
export const EVENT_ORDERING =
  'one future-event list ordered by (time, priority, insertion sequence): equal-time events run in a fixed, reproducible order';

/** 'replication 0' or 'replications 0 to k−1': the replications kept in full. */
export function sampleWords(sampleReplications: number): string {
  return sampleReplications === 1 ? 'replication 0' : `replications 0 to ${sampleReplications - 1}`;
}

/** A scenario as recorded in run.json: where it came from, its hash and the resolved values. */
export interface RecordedScenario {
  name: string;
  file: string;
  sha256: string;
  /** The `extends` chain, child first. */
  extends: string[];
  resolved: Scenario;
  /** Dotted key path -> the file (or `(--set)`) that set it. */
  provenance: Record<string, string>;
  /**
   * Dotted key path -> the evidence or assumption label written beside the value in the file that set
   * it; absent when the scenario files carry no labels.
   */
  labels?: Record<string, ParameterLabelText>;
}

/** A value's label in a scenario file: it rests on a source (`evidence`) or is a modelling choice (`assumption`). */
export interface ParameterLabelText {
  kind: 'evidence' | 'assumption';
  /** The source, or why the value was chosen. */
  note: string;
}

/** run.json as written (layout version RUN_RECORD_SCHEMA_VERSION). */
export interface RunRecordDocument {
  schemaVersion: number;
  tool: { name: string; version: string; gitCommit: string | null; dependencies: Record<string, string> };
  command: string;
  arguments: string[];
  seed: string;
  seedSource: RunRecordInput['seedSource'];
  replications: number;
  replicationsRun: number;
  /** With `--replications auto`: the sequential rule and what it decided. */
  replicationRule?: unknown;
  shard: { index: number; count: number; text: string } | null;
  jobs: number;
  scenarios: (RecordedScenario & { sha256Of: string; warmupDays: number; years: number; startDate: string; steadyState?: SteadyState })[];
  sweep?: unknown;
  mergedFrom?: unknown;
  method: Record<string, unknown>;
  sampling: { sampleReplications: number; journeys: string; timeseries: string };
  system: SystemInfo;
  timing: { started: string; finished: string; durationSeconds: number };
  files: string[];
  stress: { checklist: string; items: StressItemText[] };
}

/** A scenario's warm-up analysis and the replications that ran away. */
export interface SteadyState {
  settling?: SettlingSummary;
  runaway: RunawaySummary;
}

/** What run.json is built from. */
export interface RunRecordInput {
  tool: ToolInfo;
  gitCommit: string | undefined;
  command: string;
  arguments: readonly string[];
  seed: string;
  seedSource: 'argument' | 'clock' | 'shards';
  replications: number;
  replicationsRun: number;
  replicationRule?: unknown;
  shard: { index: number; count: number } | undefined;
  jobs: number;
  sampleReplications: number;
  scenarios: RecordedScenario[];
  /** Per scenario name: the warm-up analysis and the replications that ran away. */
  steadyState?: Record<string, SteadyState>;
  sweep?: unknown;
  mergedFrom?: unknown;
  system: SystemInfo;
  started: Date;
  finished: Date;
  files: readonly string[];
}

/**
 * run.json: everything needed to repeat and report a run: tool version and commit, command line,
 * seed, replications and shard, the scenarios with their sha256 and `extends` chains, the methods
 * (random numbers, intervals, quantiles), sampling of the detailed files, machine, timing, and the
 * STRESS-DES items 4.1–4.3 and 5.1–5.4 written out.
 */
export function runRecord(input: RunRecordInput): RunRecordDocument {
  const durationSeconds = (input.finished.getTime() - input.started.getTime()) / 1000;
  const method = {
    ...EXPERIMENT_METHOD,
    streamNames: [...STREAM_NAMES],
    perChildStreams: PER_CHILD_STREAMS,
    eventOrdering: EVENT_ORDERING,
    warmup: SETTLING_METHOD,
    trendTest: TREND_METHOD,
  };
  const stress: StressItemText[] = stressItems({ ...input, durationSeconds, method });
  return {
    schemaVersion: RUN_RECORD_SCHEMA_VERSION,
    tool: { name: input.tool.name, version: input.tool.version, gitCommit: input.gitCommit ?? null, dependencies: input.tool.dependencies },
    command: input.command,
    arguments: [...input.arguments],
    seed: input.seed,
    seedSource: input.seedSource,
    replications: input.replications,
    replicationsRun: input.replicationsRun,
    ...(input.replicationRule === undefined ? {} : { replicationRule: input.replicationRule }),
    shard: input.shard === undefined ? null : { ...input.shard, text: `${input.shard.index + 1}/${input.shard.count}` },
    jobs: input.jobs,
    scenarios: input.scenarios.map((s) => ({
      name: s.name,
      file: s.file,
      sha256: s.sha256,
      sha256Of: 'canonical JSON (keys sorted, no whitespace) of the resolved scenario',
      extends: s.extends,
      warmupDays: s.resolved.horizon.warmupDays,
      years: s.resolved.horizon.years,
      startDate: s.resolved.startDate,
      resolved: s.resolved,
      provenance: s.provenance,
      ...(s.labels === undefined ? {} : { labels: s.labels }),
      ...(input.steadyState?.[s.name] === undefined ? {} : { steadyState: input.steadyState[s.name] }),
    })),
    ...(input.sweep === undefined ? {} : { sweep: input.sweep }),
    ...(input.mergedFrom === undefined ? {} : { mergedFrom: input.mergedFrom }),
    method,
    sampling: {
      sampleReplications: input.sampleReplications,
      journeys: `journeys.csv holds every referral episode of ${sampleWords(input.sampleReplications)} of each scenario ` +
        '(the replications kept in full), referred after the warm-up and by the horizon; every other file uses all replications',
      timeseries: 'timeseries.csv holds the weekly snapshots of every replication, from the end of the warm-up',
    },
    system: input.system,
    timing: { started: input.started.toISOString(), finished: input.finished.toISOString(), durationSeconds },
    files: [...input.files],
    stress: {
      checklist: 'STRESS-DES (Monks et al. 2019, Journal of Simulation 13(1):55–67), items filled in by the tool',
      items: stress,
    },
  };
}
