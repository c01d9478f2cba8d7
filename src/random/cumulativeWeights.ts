import { requireNonNegative, show } from '../check/index.js';

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
