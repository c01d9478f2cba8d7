// Argument checks shared by every layer: API misuse throws a RangeError at once, naming the call,
// the argument and the offending value, e.g. 'exponential: rate must be a finite number > 0, got -1'.
// This folder imports nothing, so the kernel folders (engine, random, calendar, stats) may use it.

/** Formats a value for an error message: numbers as JavaScript prints them (NaN, -Infinity), anything else as JSON. */
export function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** A RangeError naming the call, the argument, what was required and the value received. */
export function argumentError(fn: string, name: string, requirement: string, value: unknown): RangeError {
  return new RangeError(`${fn}: ${name} must be ${requirement}, got ${show(value)}`);
}

function fail(fn: string, name: string, requirement: string, value: unknown): never {
  throw argumentError(fn, name, requirement, value);
}

/** Returns `value` if it is a finite number; otherwise throws a RangeError naming `fn` and `name`. */
export function requireFinite(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(fn, name, 'a finite number', value);
  return value;
}

/** Returns `value` if it is a finite number > 0; otherwise throws. */
export function requirePositive(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value > 0)) {
    fail(fn, name, 'a finite number > 0', value);
  }
  return value;
}

/** Returns `value` if it is a finite number >= 0; otherwise throws. */
export function requireNonNegative(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value >= 0)) {
    fail(fn, name, 'a finite number >= 0', value);
  }
  return value;
}

/** Returns `value` if it is a finite number >= `bound`; `boundName` labels the bound in the message (e.g. 'min'). */
export function requireAtLeast(fn: string, name: string, value: unknown, bound: number, boundName: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || !(value >= bound)) {
    fail(fn, name, `a finite number >= ${boundName} (${show(bound)})`, value);
  }
  return value;
}

/** Returns `value` if it is a probability: a finite number in [0, 1]. */
export function requireProbability(fn: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) fail(fn, name, 'a number in [0, 1]', value);
  return value;
}

/** Returns a copy of `values` if it is a non-empty array; otherwise throws. Elements are not checked. */
export function requireNonEmptyArray<T>(fn: string, name: string, values: unknown): T[] {
  if (!Array.isArray(values) || values.length === 0) fail(fn, name, 'a non-empty array', values);
  return [...(values as T[])];
}

/** Returns `value` if it is a safe integer >= `min`; otherwise throws. */
export function requireInteger(fn: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) fail(fn, name, `an integer >= ${min}`, value);
  return value;
}

// The stats functions name only the argument (their call is clear from the stack).

/** Throws RangeError unless p is a number in [0, 1]; `name` is the argument name for the message. */
export function checkProbability(p: number, name: string): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`${name} must be in [0, 1], got ${String(p)}`);
}

/** Throws RangeError naming the first NaN entry of `values`. */
export function checkNoNaN(values: readonly number[], name: string): void {
  const i = values.findIndex((v) => Number.isNaN(v));
  if (i >= 0) throw new RangeError(`${name}[${i}] is NaN`);
}

/** Throws RangeError naming the first entry of `values` that is NaN or infinite. */
export function checkFinite(values: readonly number[], name: string): void {
  const i = values.findIndex((v) => !Number.isFinite(v));
  if (i >= 0) throw new RangeError(`${name}[${i}] must be finite, got ${String(values[i])}`);
}
