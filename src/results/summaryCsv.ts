import type { ExperimentSummary, MetricSummary } from '../experiment/index.js';
import { toCsv } from './csv.js';
import type { CsvCell } from './csv.js';

/** Columns of summary.csv. */
export const SUMMARY_COLUMNS = ['metric', 'label', 'unit', 'scenario', 'mean', 'ciLow', 'ciHigh', 'p05', 'p95', 'n'] as const;

function row(metric: MetricSummary, scenario: string): CsvCell[] {
  const i = metric.interval;
  return [metric.id, metric.label, metric.unit, scenario, i.mean, i.ciLow, i.ciHigh, i.p05, i.p95, i.n];
}

/**
 * summary.csv: one row per (scenario, metric) with the mean, 95% CI, 5th/95th percentiles of the
 * replication values and n; then one row per paired difference, with scenario 'b − a'.
 */
export function summaryCsv(summary: ExperimentSummary): string {
  const rows: CsvCell[][] = [];
  for (const scenario of summary.scenarios) for (const metric of scenario.metrics) rows.push(row(metric, scenario.name));
  for (const comparison of summary.comparisons) {
    for (const metric of comparison.differences) rows.push(row(metric, `${comparison.comparison} − ${comparison.baseline}`));
  }
  return toCsv(SUMMARY_COLUMNS, rows);
}
