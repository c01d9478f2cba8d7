/**
 * Counts of `values` per bin [edges[i], edges[i+1]), the last bin closed [edges[n−2], edges[n−1]];
 * values outside [edges[0], edges[last]] and NaN values are ignored (not counted).
 * Throws RangeError unless there are at least 2 edges, all finite and strictly increasing.
 */
export function histogram(values: readonly number[], edges: readonly number[]): number[] {
  if (edges.length < 2) throw new RangeError(`edges must have at least 2 entries, got ${edges.length}`);
  edges.forEach((edge, i) => {
    if (!Number.isFinite(edge)) throw new RangeError(`edges[${i}] must be finite, got ${String(edge)}`);
    if (i > 0 && !(edge > (edges[i - 1] ?? -Infinity))) {
      throw new RangeError(`edges must be strictly increasing, but edges[${i}] = ${edge} follows ${String(edges[i - 1])}`);
    }
  });
  const bins = edges.length - 1;
  const counts = new Array<number>(bins).fill(0);
  const first = edges[0] ?? 0;
  const last = edges[bins] ?? 0;
  for (const v of values) {
    if (!(v >= first && v <= last)) continue;
    // Binary search for the last edge <= v; a value equal to the final edge joins the last bin.
    let lo = 0;
    let hi = bins;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if ((edges[mid] ?? Infinity) <= v) lo = mid;
      else hi = mid;
    }
    counts[lo] = (counts[lo] ?? 0) + 1;
  }
  return counts;
}
