import { quantile as ssQuantile } from 'simple-statistics';
import { checkProbability } from '../check/index.js';

/**
 * Pointwise bands across replications for fan charts: series[r][i] is replication r at grid point
 * i, and out[k][i] is the type-7 quantile over r of series[r][i] at probs[k], NaN entries ignored
 * (NaN where every replication is NaN). Throws RangeError if probs are outside [0, 1] or the
 * series lengths differ (all replications must share one grid).
 */
export function quantileBands(series: readonly (readonly number[])[], probs: readonly number[]): number[][] {
  probs.forEach((p, k) => checkProbability(p, `probs[${k}]`));
  const length = series[0]?.length ?? 0;
  series.forEach((s, r) => {
    if (s.length !== length) {
      throw new RangeError(`series[${r}] has ${s.length} grid points, but series[0] has ${length}`);
    }
  });
  const out = probs.map(() => new Array<number>(length).fill(NaN));
  const column: number[] = [];
  for (let i = 0; i < length; i++) {
    column.length = 0;
    for (const s of series) {
      const v = s[i] ?? NaN;
      if (!Number.isNaN(v)) column.push(v);
    }
    if (column.length === 0 || probs.length === 0) continue;
    const values = ssQuantile(column, probs);
    values.forEach((v, k) => {
      const row = out[k];
      if (row) row[i] = v;
    });
  }
  return out;
}
