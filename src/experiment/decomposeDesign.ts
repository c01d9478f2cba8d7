/** Most groups `--shapley` accepts: every subset of n groups is run, 2^6 = 64 configurations. */
export const MAX_SHAPLEY_GROUPS = 6;

/** Most groups a decomposition accepts without Shapley values (subsets are bitmasks of 31 bits). */
export const MAX_GROUPS = 16;

/**
 * A configuration of a decomposition: the set of groups of changes applied to the first scenario, as a
 * bitmask (bit i = group i). 0 is the first scenario; all bits set is the second.
 */
export type Subset = number;

/** Every group's bit set: the second scenario. */
export function fullSubset(groupCount: number): Subset {
  return 2 ** groupCount - 1;
}

/** The group indices in `subset`, ascending. */
export function groupsIn(subset: Subset, groupCount: number): number[] {
  const groups: number[] = [];
  for (let g = 0; g < groupCount; g++) if ((subset & (1 << g)) !== 0) groups.push(g);
  return groups;
}

/** The cumulative path in `order`: after step k, the first k groups of the order are applied (k = 0 … n). */
export function cumulativePath(order: readonly number[]): Subset[] {
  const path: Subset[] = [0];
  let subset = 0;
  for (const g of order) {
    subset |= 1 << g;
    path.push(subset);
  }
  return path;
}

/** Which configurations beyond the cumulative path a decomposition runs. */
export interface DesignChoice {
  /** Each group alone on the first scenario, and the second scenario without each group. */
  each: boolean;
  /** Every subset of the groups (implies `each`). */
  shapley: boolean;
}

/**
 * The configurations a decomposition runs, without repeats, in a fixed order: the first and second
 * scenarios, the cumulative path in `order`, with `each` also each group alone and all but each group,
 * and with `shapley` every subset. Throws RangeError for a bad group count or an order that is not a
 * permutation.
 */
export function decompositionSubsets(groupCount: number, order: readonly number[], design: DesignChoice): Subset[] {
  const { shapley } = design;
  const each = design.each || shapley;
  if (!Number.isInteger(groupCount) || groupCount < 1 || groupCount > MAX_GROUPS) {
    throw new RangeError(`decompositionSubsets: groupCount must be an integer from 1 to ${MAX_GROUPS}, got ${groupCount}`);
  }
  if (shapley && groupCount > MAX_SHAPLEY_GROUPS) {
    throw new RangeError(`decompositionSubsets: Shapley values need at most ${MAX_SHAPLEY_GROUPS} groups, got ${groupCount}`);
  }
  const sorted = [...order].sort((a, b) => a - b);
  if (sorted.length !== groupCount || sorted.some((g, i) => g !== i)) {
    throw new RangeError(`decompositionSubsets: order must list each group index 0…${groupCount - 1} once, got [${order.join(', ')}]`);
  }
  const full = fullSubset(groupCount);
  const subsets: Subset[] = [0, full];
  const add = (s: Subset) => {
    if (!subsets.includes(s)) subsets.push(s);
  };
  for (const s of cumulativePath(order)) add(s);
  if (each) {
    for (let g = 0; g < groupCount; g++) add(1 << g);
    for (let g = 0; g < groupCount; g++) add(full & ~(1 << g));
  }
  if (shapley) for (let s = 0; s <= full; s++) add(s);
  return subsets;
}

/**
 * The Shapley weights of one group among n: for each subset S without it, |S|! (n − |S| − 1)! / n!,
 * the share of the n! orders in which exactly S comes before it. They sum to 1 over the subsets.
 */
export function shapleyWeight(subsetSize: number, groupCount: number): number {
  const factorial = (k: number): number => (k <= 1 ? 1 : k * factorial(k - 1));
  return (factorial(subsetSize) * factorial(groupCount - subsetSize - 1)) / factorial(groupCount);
}

/** The number of groups in a subset. */
export function subsetSize(subset: Subset): number {
  let count = 0;
  for (let s = subset; s !== 0; s &= s - 1) count++;
  return count;
}
