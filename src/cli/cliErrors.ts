import { EXIT } from './exitCodes.js';
import type { ExitCode } from './exitCodes.js';

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

/** The run was interrupted (exit 130); nothing half-written remains. */
export class InterruptedError extends CliError {
  constructor(message: string) {
    super(message, EXIT.interrupted);
    this.name = 'InterruptedError';
  }
}
