/**
 * Thrown (as a rejection) when an experiment is stopped by its AbortSignal. Named 'AbortError' like
 * the DOM error, and says how many of the replications had completed; `cause` is the signal's reason.
 */
export class ExperimentAbortError extends Error {
  override readonly name = 'AbortError';
  readonly completed: number;
  readonly total: number;

  constructor(completed: number, total: number, reason?: unknown) {
    super(`experiment aborted after ${completed} of ${total} replications completed`, reason === undefined ? undefined : { cause: reason });
    this.completed = completed;
    this.total = total;
  }
}
