import type { ToolInfo } from '../results/index.js';
import type { CliIo } from './cliIo.js';
import type { ExitCode } from './exitCodes.js';

/** What every command handler receives: the outside world, the command line, and where to leave its exit code. */
export interface CommandContext {
  io: CliIo;
  /** The arguments as given (without `node` and the script), recorded in run.json. */
  argv: readonly string[];
  tool: ToolInfo;
  /** Set by a handler that finishes without throwing but must not exit 0 (validate, verify). */
  exitCode: ExitCode;
}
