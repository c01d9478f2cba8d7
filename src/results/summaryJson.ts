import type { ExperimentSummary } from '../experiment/index.js';
import type { SweepDesign } from './sweepDesign.js';
import type { ToolInfo } from './toolInfo.js';

/** Version of summary.json's layout. */
export const SUMMARY_SCHEMA_VERSION = 1;

/**
 * summary.json (layout SUMMARY_SCHEMA_VERSION): the layout version, the tool, the seed, replications,
 * per scenario its metrics, delays, fans, staffing and worker changes, the paired differences, and
 * the sweep when there is one. The summary's facts and definitions are not part of this layout.
 */
export function summaryJson(summary: ExperimentSummary, tool: ToolInfo, sweep: SweepDesign | undefined): string {
  const document = {
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    tool: { name: tool.name, version: tool.version },
    seed: summary.seed,
    replications: summary.replications,
    scenarios: summary.scenarios.map((s) => ({
      name: s.name, metrics: s.metrics, delays: s.delays, fans: s.fans, staffing: s.staffing, workerChanges: s.workerChanges,
    })),
    comparisons: summary.comparisons,
    ...(sweep === undefined ? {} : { sweep }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
