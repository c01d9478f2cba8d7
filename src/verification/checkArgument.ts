/** Formats a value for an error message: strings quoted, everything else as String() shows it. */
function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** A RangeError naming the call, the argument, what was required and the value received. */
export function argumentError(call: string, argument: string, requirement: string, value: unknown): RangeError {
  return new RangeError(`${call}: ${argument} must be ${requirement}, got ${show(value)}`);
}

/** Throws RangeError unless value is a finite number > 0. */
export function requirePositive(call: string, argument: string, value: number): void {
  if (typeof value !== 'number' || !(value > 0 && value < Infinity)) {
    throw argumentError(call, argument, 'a finite number > 0', value);
  }
}

/** Throws RangeError unless value is a finite number >= 0. */
export function requireNonNegative(call: string, argument: string, value: number): void {
  if (typeof value !== 'number' || !(value >= 0 && value < Infinity)) {
    throw argumentError(call, argument, 'a finite number >= 0', value);
  }
}

/** Throws RangeError unless value is an integer >= min. */
export function requireInteger(call: string, argument: string, value: number, min: number): void {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw argumentError(call, argument, `an integer >= ${min}`, value);
  }
}

/** Throws RangeError unless the utilisation (offered load per server) is below 1, so a queue settles. */
export function requireStable(call: string, utilisation: number, detail: string): void {
  if (!(utilisation < 1)) {
    throw new RangeError(`${call}: the queue is unstable, utilisation ${detail} = ${utilisation} must be < 1`);
  }
}
