import type { SurvivalPoint } from '../charts/index.js';
import type { TeachingCurve } from './runTeachingJob.js';

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * The curve's points for the chart: at each grid point, the median share still waiting across runs,
 * with the lowest and highest run as the band (with a handful of runs, the full range is the honest
 * band). Throws on a curve with no runs or a run of the wrong length.
 */
export function curvePoints(curve: TeachingCurve): SurvivalPoint[] {
  if (curve.runs.length === 0) throw new RangeError('curvePoints: the curve has no runs');
  for (const run of curve.runs) {
    if (run.length !== curve.t.length) throw new RangeError(`curvePoints: a run has ${run.length} points, the grid ${curve.t.length}`);
  }
  return curve.t.map((t, i) => {
    const values = curve.runs.map((run) => run[i] as number).sort((a, b) => a - b);
    return { t, median: median(values), low: values[0] as number, high: values[values.length - 1] as number };
  });
}

/** Mean, lowest and highest of a metric across runs, ignoring missing (NaN) runs; all NaN when every run is missing. */
export function runSummary(values: readonly number[]): { mean: number; min: number; max: number } {
  const present = values.filter((v) => Number.isFinite(v));
  if (present.length === 0) return { mean: Number.NaN, min: Number.NaN, max: Number.NaN };
  return {
    mean: present.reduce((a, b) => a + b, 0) / present.length,
    min: Math.min(...present),
    max: Math.max(...present),
  };
}

/**
 * The runs' warnings, each kind once: warnings that differ only in their numbers (e.g. "from about 12
 * to 85") are one kind, shown with the first run's numbers and the number of runs that gave it.
 */
export function warningSummary(perRun: readonly (readonly string[])[]): { text: string; runs: number }[] {
  const kinds = new Map<string, { text: string; runs: number }>();
  for (const warnings of perRun) {
    for (const key of new Set(warnings.map((w) => w.replace(/\d+(\.\d+)?/g, '#')))) {
      const seen = kinds.get(key);
      if (seen !== undefined) seen.runs += 1;
      else kinds.set(key, { text: warnings.find((w) => w.replace(/\d+(\.\d+)?/g, '#') === key) as string, runs: 1 });
    }
  }
  return [...kinds.values()];
}
