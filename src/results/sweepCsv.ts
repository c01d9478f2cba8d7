import type { ExperimentSummary } from '../experiment/index.js';
import { toCsv } from './csv.js';
import type { CsvCell } from './csv.js';
import { pointValue } from './sweepDesign.js';
import type { SweepDesign } from './sweepDesign.js';

/**
 * sweep.csv: one row per (sweep point, metric), with one column per swept key path holding the
 * point's value, then the metric's mean, 95% CI, 5th/95th percentiles and n across replications.
 */
export function sweepCsv(summary: ExperimentSummary, sweep: SweepDesign): string {
  const paths = sweep.axes.map((axis) => axis.path);
  const header = ['point', ...paths, 'metric', 'label', 'unit', 'mean', 'ciLow', 'ciHigh', 'p05', 'p95', 'n'];
  const rows: CsvCell[][] = [];
  for (const point of sweep.points) {
    const scenario = summary.scenarios.find((s) => s.name === point.name);
    if (scenario === undefined) continue;
    const values = paths.map((path) => pointValue(point, path));
    for (const m of scenario.metrics) {
      const i = m.interval;
      rows.push([point.label, ...values, m.id, m.label, m.unit, i.mean, i.ciLow, i.ciHigh, i.p05, i.p95, i.n]);
    }
  }
  return toCsv(header, rows);
}
