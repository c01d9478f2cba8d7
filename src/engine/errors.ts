/**
 * An error raised while a simulation runs, carrying the simulated time at which it happened.
 * Wraps an exception thrown by an event handler (the original is `cause`) or reports a runaway
 * run (the event limit was reached); the message always says "at simulated time <t>".
 */
export class SimulationError extends Error {
  /** The simulated time (model units) of the event that failed or at which the run was stopped. */
  readonly time: number;

  constructor(message: string, time: number, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'SimulationError';
    this.time = time;
  }
}

/**
 * Wraps `cause`, thrown by the handler named `handlerName` (may be empty), into a SimulationError
 * whose message reads "handler 'x' threw at simulated time <t>: <original message>".
 */
export function handlerFailure(cause: unknown, time: number, handlerName: string): SimulationError {
  const label = handlerName === '' ? 'an event handler' : `handler '${handlerName}'`;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new SimulationError(`${label} threw at simulated time ${time}: ${detail}`, time, cause);
}
