import { closingFiles as closingFilesOf } from '../results/index.js';
import type { OutputFile, ResultsInput, RunRecordDocument } from '../results/index.js';
import type { CliIo } from './cliIo.js';
import { systemInfo } from './systemInfo.js';

/**
 * report.html (when `report` is given), README.md and run.json for the files already laid out, with
 * the git commit of the installed tool, this machine and the time now as the finishing time.
 */
export function closingFiles(
  io: CliIo,
  input: ResultsInput,
  files: readonly OutputFile[],
  options: { shard?: { index: number; count: number }; report?: (record: RunRecordDocument) => string } = {},
): OutputFile[] {
  return closingFilesOf(input, files, { gitCommit: io.gitCommit(io.packageRoot), system: systemInfo(), finished: io.now() }, options);
}
