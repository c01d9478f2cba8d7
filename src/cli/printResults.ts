import type { ExperimentSummary } from '../experiment/index.js';
import { summaryCsv, summaryJson, sweepCsv } from '../results/index.js';
import type { SweepDesign, ToolInfo } from '../results/index.js';
import type { CliIo } from './cliIo.js';
import { headlineTable } from './headlineTable.js';
import type { OutputSettings } from './settings.js';
import { createStyler } from './styler.js';
import { sweepTable } from './sweepTable.js';
import { terminalWidth } from './terminalWidth.js';

/**
 * Prints the answer on stdout in the chosen format: the headline table fitted to the terminal width
 * (see terminalWidth), or the sweep table; the summary JSON (as in summary.json); or the CSV
 * (summary.csv, or sweep.csv for a sweep).
 */
export function printResults(io: CliIo, output: OutputSettings, summary: ExperimentSummary, tool: ToolInfo, sweep: SweepDesign | undefined): void {
  if (output.format === 'json') {
    io.stdout.write(summaryJson(summary, tool, sweep));
  } else if (output.format === 'csv') {
    io.stdout.write(sweep === undefined ? summaryCsv(summary) : sweepCsv(summary, sweep));
  } else {
    const style = createStyler(output.color);
    io.stdout.write(sweep === undefined ? headlineTable(summary, style, terminalWidth(io)) : sweepTable(summary, sweep, style, terminalWidth(io)));
  }
}
