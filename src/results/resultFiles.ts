import { scenarioClock, summarizeExperiment, summarizeRunaway, summarizeSettling } from '../experiment/index.js';
import type { ExperimentRaw, ExperimentSummary, ScenarioClock } from '../experiment/index.js';
import { eventLogCsv } from './eventLogCsv.js';
import { journeysCsv } from './journeysCsv.js';
import { outputReadme } from './outputReadme.js';
import { runRecord } from './runRecord.js';
import type { RecordedScenario, RunRecordDocument, RunRecordInput, SteadyState } from './runRecord.js';
import { summaryCsv } from './summaryCsv.js';
import { summaryJson } from './summaryJson.js';
import { sweepCsv } from './sweepCsv.js';
import type { SweepDesign } from './sweepDesign.js';
import type { SystemInfo } from './systemInfo.js';
import { timeseriesCsv } from './timeseriesCsv.js';
import type { ToolInfo } from './toolInfo.js';

/** Replications per scenario kept in full (journeys, workers, caseloads) for journeys.csv and charts. */
export const SAMPLE_REPLICATIONS = 1;

/** What the result files are made from: complete raw results and the scenarios they used. */
export interface ResultsInput {
  command: string;
  arguments: readonly string[];
  tool: ToolInfo;
  raw: ExperimentRaw;
  /** In the order of raw.scenarios. */
  scenarios: RecordedScenario[];
  seedSource: RunRecordInput['seedSource'];
  jobs: number;
  started: Date;
  sweep?: SweepDesign;
  mergedFrom?: unknown;
  /** Also write events.csv, the vidigi event log of the sample replications. */
  events?: boolean;
}

/** A file to write: its path inside the output folder and its content. */
export type OutputFile = [path: string, data: string | Uint8Array];

/** The clock (calendar, measured window, working days) of each scenario, by the names used in the raw results. */
export function scenarioClocks(scenarios: readonly RecordedScenario[]): Map<string, ScenarioClock> {
  return new Map(scenarios.map((s) => [s.name, scenarioClock(s.resolved)]));
}

/**
 * Summarises complete raw results and lays out the data files of an output folder: summary.json,
 * summary.csv, sweep.csv (sweeps), journeys.csv, timeseries.csv, raw.json and README.md. run.json
 * is made separately by `runRecordFile`, last, so it can list every file and the finishing time.
 */
export function resultFiles(input: ResultsInput): { summary: ExperimentSummary; files: OutputFile[] } {
  const summary = summarizeExperiment(input.raw, input.scenarios.map((s) => ({ name: s.name, scenario: s.resolved })));
  const clocks = scenarioClocks(input.scenarios);
  const windows = new Map([...clocks].map(([name, clock]) => [name, clock.window]));
  const files: OutputFile[] = [
    ['summary.json', summaryJson(summary, input.tool, input.sweep)],
    ['summary.csv', summaryCsv(summary)],
    ...(input.sweep === undefined ? [] : [['sweep.csv', sweepCsv(summary, input.sweep)] as OutputFile]),
    ['journeys.csv', journeysCsv(input.raw, clocks)],
    ['timeseries.csv', timeseriesCsv(input.raw, clocks)],
    ...(input.events === true ? [['events.csv', eventLogCsv(input.raw, windows)] as OutputFile] : []),
    ['raw.json', `${JSON.stringify(input.raw)}\n`],
  ];
  return { summary, files };
}

/** Per scenario, the warm-up analysis and the replications that ran away, from the raw records. */
function steadyStates(input: ResultsInput): Record<string, SteadyState> {
  const out: Record<string, SteadyState> = {};
  for (const s of input.raw.scenarios) {
    const records = input.raw.records.filter((r) => r.scenario === s.name);
    const settling = summarizeSettling(records);
    out[s.name] = { ...(settling === undefined ? {} : { settling }), runaway: summarizeRunaway(records) };
  }
  return out;
}

/** What only the caller can know when the folder is closed: the commit checked out, the machine and the finishing time. */
export interface ClosingFacts {
  gitCommit: string | undefined;
  system: SystemInfo;
  finished: Date;
}

/**
 * report.html (when `report` is given, built from the run record), README.md and run.json for the
 * files already laid out; run.json comes last, listing every file and the finishing time.
 */
export function closingFiles(
  input: ResultsInput,
  files: readonly OutputFile[],
  facts: ClosingFacts,
  options: { shard?: { index: number; count: number }; report?: (record: RunRecordDocument) => string } = {},
): OutputFile[] {
  const { shard, report } = options;
  const names = [...files.map(([name]) => name), ...(report === undefined ? [] : ['report.html']), 'README.md', 'run.json'];
  const perScenario = input.raw.records.length / Math.max(1, input.raw.scenarios.length);
  const readme = outputReadme({
    title: `frontdoor ${input.command}: ${input.scenarios.map((s) => s.name).join(', ')}`,
    seed: input.raw.seed,
    replications: input.raw.replications,
    sampleReplications: SAMPLE_REPLICATIONS,
    files: names,
    ...(shard === undefined ? {} : { shard: `${shard.index + 1}/${shard.count}` }),
  });
  const record = runRecord({
    tool: input.tool,
    gitCommit: facts.gitCommit,
    command: input.command,
    arguments: input.arguments,
    seed: input.raw.seed,
    seedSource: input.seedSource,
    replications: input.raw.replications,
    replicationsRun: perScenario,
    ...(input.raw.replicationRule === undefined ? {} : { replicationRule: input.raw.replicationRule }),
    shard,
    jobs: input.jobs,
    sampleReplications: SAMPLE_REPLICATIONS,
    scenarios: input.scenarios,
    steadyState: steadyStates(input),
    ...(input.sweep === undefined ? {} : { sweep: input.sweep }),
    ...(input.mergedFrom === undefined ? {} : { mergedFrom: input.mergedFrom }),
    system: facts.system,
    started: input.started,
    finished: facts.finished,
    files: names,
  });
  return [
    ...(report === undefined ? [] : [['report.html', report(record)] as OutputFile]),
    ['README.md', readme],
    ['run.json', `${JSON.stringify(record, null, 2)}\n`],
  ];
}
