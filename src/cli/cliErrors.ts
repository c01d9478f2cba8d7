import { EXIT } from './exitCodes.js';
import type { ExitCode } from './exitCodes.js';
import { MESSAGES } from './messages.js';

/** An error the CLI reports without a stack trace, with the exit code it stands for. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  /** Further lines printed after the message (for example every scenario problem). */
  readonly details: readonly string[];

  constructor(message: string, exitCode: ExitCode, details: readonly string[] = []) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.details = details;
  }
}

/** A bad command line: unknown flag or command, bad flag value, refused output folder (exit 2). */
export class UsageError extends CliError {
  constructor(message: string, details: readonly string[] = []) {
    super(message, EXIT.usage, details);
    this.name = 'UsageError';
  }
}

/** A scenario or input file that is missing or invalid (exit 3); `details` lists every problem. */
export class InputError extends CliError {
  constructor(message: string, details: readonly string[] = []) {
    super(message, EXIT.invalidInput, details);
    this.name = 'InputError';
  }
}

/** The run was interrupted (exit 130, or 143 for SIGTERM); nothing half-written remains. */
export class InterruptedError extends CliError {
  constructor(message: string, signal: 'SIGINT' | 'SIGTERM' = 'SIGINT') {
    super(message, signal === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted);
    this.name = 'InterruptedError';
  }
}

/** A fault of the machine while reading or writing (disk full, read-only disk): exit 1 naming the folder and file, not a bug. */
export class FileSystemError extends CliError {
  constructor(message: string) {
    super(message, EXIT.internal);
    this.name = 'FileSystemError';
  }
}

/** The error for a run stopped by Ctrl-C (exit 130) or SIGTERM (exit 143), saying how many replications had completed. */
export function stopError(signal: 'SIGINT' | 'SIGTERM' | undefined, completed: number, total: number): InterruptedError {
  return signal === 'SIGTERM'
    ? new InterruptedError(MESSAGES.terminated(completed, total), 'SIGTERM')
    : new InterruptedError(MESSAGES.interrupted(completed, total));
}
