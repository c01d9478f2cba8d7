/** Formats a value for an error message: strings quoted, everything else as String() shows it. */
function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/**
 * A RangeError for API misuse that names the call, the argument, what was required and the value
 * received, e.g. "schedule: delay must be a finite number >= 0, got -1".
 */
export function argumentError(call: string, argument: string, requirement: string, value: unknown): RangeError {
  return new RangeError(`${call}: ${argument} must be ${requirement}, got ${show(value)}`);
}
