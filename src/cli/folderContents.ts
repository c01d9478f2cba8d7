import { buildReport } from '../report/index.js';
import type { ExperimentSummary } from '../experiment/index.js';
import { reportInput } from '../results/index.js';
import type { OutputFile, ResultsInput, RunRecordDocument } from '../results/index.js';
import { chartFiles } from './chartFiles.js';
import { closingFiles } from './closingFiles.js';
import type { CliIo } from './cliIo.js';
import { MESSAGES } from './messages.js';
import type { Narrator } from './narrator.js';

/**
 * Everything an output folder holds, in writing order: the data files, then (when `charts`) the
 * chart files and report.html (with inlined vega and vega-embed for tooltips and zoom when
 * `interactive`), then README.md and run.json. A report that cannot be built is left
 * out with a warning rather than losing the run.
 */
export async function folderContents(
  io: CliIo, input: ResultsInput, summary: ExperimentSummary, files: readonly OutputFile[], charts: boolean, narrator: Narrator,
  interactive = false,
): Promise<OutputFile[]> {
  if (!charts) return [...files, ...closingFiles(io, input, files)];
  const drawn = await chartFiles(input, summary, narrator);
  const all = [...files, ...drawn.files];
  const report = (record: RunRecordDocument) => buildReport(reportInput(summary, input.scenarios, drawn.charts, record), { interactive });
  try {
    return [...all, ...closingFiles(io, input, all, { report })];
  } catch (error) {
    narrator.warn(MESSAGES.reportFailed(error instanceof Error ? error.message : String(error)));
    return [...all, ...closingFiles(io, input, all)];
  }
}
