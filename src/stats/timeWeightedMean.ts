/**
 * Average of a step function over [times[0], end]: values[i] holds from times[i] until times[i+1]
 * (the last until `end`), e.g. a queue length recorded at each change. If end = times[0] it returns
 * the value in force at that instant. Throws RangeError on empty or mismatched arrays, non-finite
 * numbers, decreasing times, or end before the last time.
 */
export function timeWeightedMean(times: readonly number[], values: readonly number[], end: number): number {
  if (times.length === 0) throw new RangeError('times must not be empty');
  if (times.length !== values.length) {
    throw new RangeError(`times and values must have the same length, got ${times.length} and ${values.length}`);
  }
  if (!Number.isFinite(end)) throw new RangeError(`end must be finite, got ${String(end)}`);
  let area = 0;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] ?? NaN;
    const v = values[i] ?? NaN;
    if (!Number.isFinite(t)) throw new RangeError(`times[${i}] must be finite, got ${String(t)}`);
    if (!Number.isFinite(v)) throw new RangeError(`values[${i}] must be finite, got ${String(v)}`);
    const next = i + 1 < times.length ? (times[i + 1] ?? NaN) : end;
    if (next < t) {
      const what = i + 1 < times.length ? `times[${i + 1}] = ${next}` : `end = ${end}`;
      throw new RangeError(`${what} is before times[${i}] = ${t}`);
    }
    area += v * (next - t);
  }
  const start = times[0] ?? 0;
  const duration = end - start;
  if (duration === 0) return values[values.length - 1] ?? NaN;
  return area / duration;
}
