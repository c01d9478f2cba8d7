import type { CliIo, StopSignal } from './cliIo.js';

/** A long-running command's watch for Ctrl-C and SIGTERM: the abort signal to pass on, which signal came, and the release of the handlers. */
export interface StopWatch {
  readonly signal: AbortSignal;
  stoppedBy(): StopSignal | undefined;
  release(): void;
}

/**
 * Starts catching Ctrl-C and SIGTERM: either aborts `signal` and is remembered for stoppedBy().
 * Call it before the command says it has started, so a signal sent once that line is out always
 * stops it cleanly; call release() when the work is over.
 */
export function watchForStop(io: CliIo): StopWatch {
  const controller = new AbortController();
  let stopSignal: StopSignal | undefined;
  const release = io.onInterrupt((signal) => {
    stopSignal = signal;
    controller.abort();
  });
  return { signal: controller.signal, stoppedBy: () => stopSignal, release };
}
