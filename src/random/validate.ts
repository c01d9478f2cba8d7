// Parameter checks shared by the distribution factories. Each throws a RangeError that names
// the function, the parameter and the offending value, e.g.
// 'exponential: rate must be a finite number > 0, got -1'.

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

function fail(fn: string, name: string, requirement: string, value: unknown): never {
  throw new RangeError(`${fn}: ${name} must be ${requirement}, got ${show(value)}`);
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

/**
 * Checks that every weight is a finite number >= 0 and that they sum to a finite number > 0, and
 * returns their running totals (the last is the sum). `labelOf(i)` names weight i in messages and
 * `sumName` names the whole, e.g. ('bins[2].weight', 'bins').
 */
export function cumulativeWeights(
  fn: string,
  weights: readonly unknown[],
  labelOf: (index: number) => string,
  sumName: string,
): number[] {
  const cumulative: number[] = [];
  let total = 0;
  weights.forEach((weight, i) => {
    total += requireNonNegative(fn, labelOf(i), weight);
    cumulative.push(total);
  });
  if (!(total > 0 && Number.isFinite(total))) {
    throw new RangeError(`${fn}: ${sumName} must have weights summing to a finite number > 0, got sum ${show(total)}`);
  }
  return cumulative;
}
