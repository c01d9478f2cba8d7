import type { ExperimentSummary } from '../experiment/index.js';
import type { SweepDesign } from './sweepDesign.js';
import type { ToolInfo } from './toolInfo.js';

/** Version of summary.json's layout. */
export const SUMMARY_SCHEMA_VERSION = 2;

/**
 * summary.json (layout SUMMARY_SCHEMA_VERSION): the layout version, the tool, the seed, replications,
 * per scenario its metrics, delays, fans, staffing, worker changes, the warm-up analysis and the
 * replications that ran away, the paired differences, and the sweep when there is one. Layout 2
 * added the settling and runaway fields and the reallocation and handover fans.
 */
export function summaryJson(summary: ExperimentSummary, tool: ToolInfo, sweep: SweepDesign | undefined): string {
  const document = {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    tool: { name: tool.name, version: tool.version },
    seed: summary.seed,
    replications: summary.replications,
    scenarios: summary.scenarios.map((s) => ({
      name: s.name, metrics: s.metrics, delays: s.delays, fans: s.fans, staffing: s.staffing, workerChanges: s.workerChanges,
      ...(s.settling === undefined ? {} : { settling: s.settling }), runaway: s.runaway,
    })),
    comparisons: summary.comparisons,
    ...(sweep === undefined ? {} : { sweep }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
