/**
 * Priorities of the model's events at the same simulated time (smaller runs first; the engine then
 * orders by when each was scheduled). Named so each handler says why it runs when it does.
 */
export const EVENT_PRIORITY = {
  /** The day's screener roster is set before anything else happens that day. */
  ROSTER: -1,
  /** Everything that happens to a child or a worker. */
  NORMAL: 0,
  /** An allocation pass runs after every other event at its time, so it sees all the cases and room that became available then. */
  ALLOCATION: 1,
  /** Weekly snapshots observe the state once everything at their time has settled. */
  SNAPSHOT: 2,
} as const;
