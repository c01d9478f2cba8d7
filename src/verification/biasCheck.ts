import { studentTUpperTail } from '../stats/index.js';
import { FAMILY_WISE_ERROR } from './compareToTheory.js';

/** The per-replication values of one row of a model, with its theory value. */
export interface RowValues {
  model: string;
  measure: string;
  values: readonly number[];
  theory: number;
}

/** Whether one model's rows lean to one side of theory together. */
export interface BiasCheck {
  model: string;
  rows: number;
  /** Rows whose mean lies above theory, and below it. */
  above: number;
  below: number;
  /** Two-sided p of the t-test that each replication's summed standardised deviation has mean 0. */
  pValue: number;
  /** True when pValue is at most FAMILY_WISE_ERROR divided by the number of models checked. */
  flagged: boolean;
}

/** The bias check in words, for the table footer and the README. */
export const BIAS_RULE =
  'for every model with two or more rows (Little\'s law rows aside), the rows above and below theory, and a ' +
  't-test of each replication\'s sum over rows of (value − theory)/SD of the row: rows share replications, ' +
  'so a plain sign test over rows would overstate the evidence, while this sum carries their correlation. ' +
  `A model is flagged when p ≤ ${FAMILY_WISE_ERROR} divided by the number of models checked`;

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function sampleSd(values: readonly number[]): number {
  const m = mean(values);
  return Math.sqrt(values.reduce((s, x) => s + (x - m) ** 2, 0) / (values.length - 1));
}

/**
 * A systematic-bias check for each model with at least two rows (rows of one model come from the
 * same replications, in the same order; rows named in `skip` are left out). See BIAS_RULE. Rows
 * with no spread between replications add nothing to the sum. Models in first-seen order.
 */
export function biasChecks(rows: readonly RowValues[], skip: ReadonlySet<string> = new Set()): BiasCheck[] {
  const byModel = new Map<string, RowValues[]>();
  for (const row of rows) {
    if (skip.has(row.measure)) continue;
    byModel.set(row.model, [...(byModel.get(row.model) ?? []), row]);
  }
  const checked = [...byModel].filter(([, group]) => group.length >= 2);
  return checked.map(([model, group]) => {
    const n = Math.min(...group.map((r) => r.values.length));
    const scores = new Array<number>(n).fill(0);
    for (const row of group) {
      const sd = sampleSd(row.values);
      if (!(sd > 0)) continue;
      for (let r = 0; r < n; r++) scores[r] = (scores[r] ?? 0) + ((row.values[r] ?? Number.NaN) - row.theory) / sd;
    }
    const spread = n >= 2 ? sampleSd(scores) : 0;
    const t = spread > 0 ? mean(scores) / (spread / Math.sqrt(n)) : 0;
    const pValue = spread > 0 ? Math.min(1, 2 * studentTUpperTail(Math.abs(t), n - 1)) : 1;
    const above = group.filter((r) => mean(r.values) > r.theory).length;
    const below = group.filter((r) => mean(r.values) < r.theory).length;
    return { model, rows: group.length, above, below, pValue, flagged: pValue <= FAMILY_WISE_ERROR / checked.length };
  });
}
