import type { SweepAxis } from './parseSweepSet.js';

/** Most points a sweep grid may have (the product of the axes' sizes). */
export const MAX_SWEEP_POINTS = 100_000;

/** One point of a sweep: a readable label and the `path=value` overrides for the scenario loader's --set. */
export interface SweepGridPoint {
  label: string;
  overrides: string[];
}

/**
 * The cartesian product of the axes, first axis varying slowest, e.g. label
 * 'workforce.posts=75, workforce.caseloadCap=15' with overrides ['workforce.posts=75',
 * 'workforce.caseloadCap=15']. No axes give one point with no overrides. Throws RangeError when a
 * path repeats, an axis is empty, or the grid exceeds MAX_SWEEP_POINTS.
 */
export function sweepGrid(axes: readonly SweepAxis[]): SweepGridPoint[] {
  const paths = new Set<string>();
  let size = 1;
  for (const axis of axes) {
    if (paths.has(axis.path)) throw new RangeError(`sweep path "${axis.path}" is given twice`);
    paths.add(axis.path);
    if (axis.values.length === 0) throw new RangeError(`sweep path "${axis.path}" has no values`);
    size *= axis.values.length;
    if (size > MAX_SWEEP_POINTS) throw new RangeError(`the sweep grid has more than ${MAX_SWEEP_POINTS} points; use fewer values`);
  }
  let points: string[][] = [[]];
  for (const axis of axes) {
    points = points.flatMap((prefix) => axis.values.map((v) => [...prefix, `${axis.path}=${String(v)}`]));
  }
  return points.map((overrides) => ({ label: overrides.join(', '), overrides }));
}
