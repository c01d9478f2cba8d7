// Argument checks shared by the stats functions: misuse throws at once, naming the argument and value.

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
