/**
 * The documented exit codes: 0 success (for `validate`, every file valid; for `verify`, every row
 * passes), 1 internal error, a failed verification or a fault of the machine (disk full), 2 usage
 * error (unknown flag or command, bad flag value, refused or unwritable output folder), 3 invalid
 * scenario or input file, 130 interrupted (Ctrl-C), 143 terminated (SIGTERM, e.g. a scheduler's time limit).
 */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  invalidInput: 3,
  interrupted: 130,
  terminated: 143,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
