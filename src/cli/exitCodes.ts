/**
 * The documented exit codes: 0 success (for `validate`, every file valid; for `verify`, every row
 * passes), 1 internal error or a failed verification, 2 usage error (unknown flag or command, bad
 * flag value, refused output folder), 3 invalid scenario or input file, 130 interrupted (Ctrl-C).
 */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  invalidInput: 3,
  interrupted: 130,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
