/** Holm's step-down decision for one p-value of a family. */
export interface HolmDecision {
  /** The level this p-value was held to: α/(m − i + 1) for the i-th smallest of m. */
  level: number;
  rejected: boolean;
}

/**
 * Holm–Bonferroni at family-wise error `alpha`: sort the m p-values ascending and reject the i-th
 * smallest while it and every smaller one are at most α/(m − i + 1); stop at the first that is not
 * (Holm 1979). The chance of rejecting any true hypothesis is at most α, whatever the dependence
 * between the tests. Decisions come back in the input order; ties keep input order. RangeError
 * unless 0 < alpha < 1 and every p-value is in [0, 1].
 */
export function holmBonferroni(pValues: readonly number[], alpha: number): HolmDecision[] {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`holmBonferroni: alpha must be in (0, 1), got ${String(alpha)}`);
  pValues.forEach((p, i) => {
    if (!(p >= 0 && p <= 1)) throw new RangeError(`holmBonferroni: pValues[${i}] must be in [0, 1], got ${String(p)}`);
  });
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p || a.i - b.i);
  const decisions: HolmDecision[] = new Array<HolmDecision>(m);
  let stillRejecting = true;
  order.forEach(({ p, i }, rank) => {
    const level = alpha / (m - rank);
    stillRejecting = stillRejecting && p <= level;
    decisions[i] = { level, rejected: stillRejecting };
  });
  return decisions;
}
