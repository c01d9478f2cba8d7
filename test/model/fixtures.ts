// Shared helpers for the model tests: load a scenario file from scenarios/ (with `--set`-style
// overrides) through the real loader, and run a replication with every invariant checked.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario, ScenarioSchema, formatIssue } from '../../src/scenario/index.js';
import type { FileReader, Scenario } from '../../src/scenario/index.js';
import { modelCalendar, replicationMetrics, runReplication } from '../../src/model/index.js';
import type { MetricId, ReplicationMetrics, ReplicationOptions, ReplicationOutput } from '../../src/model/index.js';
import { forEachSpan } from '../../src/model/milestones.js';
import type { MilestoneId } from '../../src/model/index.js';
import { checkInvariants } from './invariants.js';

/** The scenarios folder of the repository. */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

/** A FileReader over node:fs, as the CLI uses. */
export const nodeReader: FileReader = {
  read: (p) => (existsSync(p) ? new Uint8Array(readFileSync(p)) : undefined),
  resolve: (from, rel) => resolve(dirname(from), rel),
};

/** Loads `scenarios/<file>` with overrides (`a.b=value`); throws listing every issue if it does not validate. */
export function scenarioFile(file: string, overrides: readonly string[] = []): Scenario {
  const result = loadScenario(resolve(SCENARIOS_DIR, file), ScenarioSchema, nodeReader, { overrides });
  if (!result.ok) throw new Error(`${file} does not load:\n${result.issues.map((i) => formatIssue(i)).join('\n')}`);
  return result.value;
}

/** Runs one replication and checks every model invariant on its output before returning it. */
export function runChecked(scenario: Scenario, options: ReplicationOptions): ReplicationOutput {
  const out = runReplication(scenario, options);
  checkInvariants(out, scenario);
  return out;
}

/** Runs one checked replication and summarises it. */
export function runMetrics(scenario: Scenario, options: ReplicationOptions): ReplicationMetrics {
  return replicationMetrics(runChecked(scenario, options), modelCalendar(scenario));
}

/** A scalar metric of a replication; throws if the metric is missing (e.g. no completed waits). */
export function scalar(m: ReplicationMetrics, id: MetricId): number {
  const value = m.scalars[id];
  if (value === undefined) throw new Error(`metric ${id} is missing in replication ${m.replication}`);
  return value;
}

/** Arithmetic mean of a non-empty list. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new Error('mean of an empty list');
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** A start and (if reached) end time of one delay, in simulated days. */
export interface Span {
  start: number;
  end: number | undefined;
}

/** The spans of a milestone in one replication's output, in record order; undefined ends are still waiting. */
export function spansOf(id: MilestoneId, out: Pick<ReplicationOutput, 'contacts' | 'journeys'>): Span[] {
  const spans: Span[] = [];
  forEachSpan(id, out.contacts, out.journeys, (start, end) => spans.push({ start, end }));
  return spans;
}
