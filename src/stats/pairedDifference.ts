import { checkFinite } from '../check/index.js';
import { summarizeReplications } from './summarizeReplications.js';
import type { Interval } from './summarizeReplications.js';

/**
 * Paired comparison under common random numbers: summarizes b[i] − a[i] per replication i
 * (positive means b is larger), so the CI is the paired-t interval; undefined when both are empty.
 * Throws RangeError if the lengths differ or any value is NaN or infinite.
 */
export function pairedDifference(a: readonly number[], b: readonly number[]): Interval | undefined {
  if (a.length !== b.length) {
    throw new RangeError(`a and b must have the same length (one value per replication), got ${a.length} and ${b.length}`);
  }
  checkFinite(a, 'a');
  checkFinite(b, 'b');
  return summarizeReplications(b.map((value, i) => value - (a[i] ?? NaN)));
}
