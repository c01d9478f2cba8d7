import { missedChanceChildren, modelCalendar, replicationMetrics, runReplication } from '../model/index.js';
import type { Scenario } from '../scenario/schema.js';
import { compactSeries } from './compactSeries.js';
import type { ReplicationRecord } from './types.js';

/** One replication to run: which scenario (by name), with which seed and index, and what to keep. */
export interface ReplicationTask {
  scenario: string;
  seed: string;
  replication: number;
  /** Keep journeys, workers, caseloads and the trace (the `sample`). */
  keepSample: boolean;
  /** Child whose story to trace (only honoured when the sample is kept). */
  tracedChild?: number;
  maxStoredRecords?: number;
}

/**
 * Runs one replication and reduces it to a ReplicationRecord: metrics and the compact weekly series
 * always, the full sample only when asked. A pure function of (scenario, task), used both in-process
 * and inside worker threads, so every `jobs` value gives the same records.
 */
export function runTask(scenario: Scenario, task: ReplicationTask): ReplicationRecord {
  const traced = task.keepSample && task.tracedChild !== undefined ? { tracedChild: task.tracedChild } : {};
  const limit = task.maxStoredRecords !== undefined ? { maxStoredRecords: task.maxStoredRecords } : {};
  const out = runReplication(scenario, { seed: task.seed, replication: task.replication, ...traced, ...limit });
  const record: ReplicationRecord = {
    scenario: task.scenario,
    replication: task.replication,
    metrics: replicationMetrics(out, modelCalendar(scenario)),
    series: compactSeries(out.series),
    settling: out.settling,
    window: { warmupEnd: out.warmupEnd, end: out.end },
    events: out.events,
    warnings: out.warnings,
  };
  if (task.keepSample) {
    record.sample = {
      journeys: out.journeys, workers: out.workers, caseloads: out.series.caseloads, trace: out.trace,
      tracedContacts: task.tracedChild === undefined ? [] : out.contacts.filter((c) => c.child === task.tracedChild),
      missedChances: missedChanceChildren(out, (t) => t >= out.warmupEnd && t <= out.end),
    };
  }
  return record;
}
