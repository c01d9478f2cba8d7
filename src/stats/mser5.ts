/** What MSER-5 finds for one series. */
export interface MserResult {
  /** Observations to delete from the start (a multiple of 5). */
  truncation: number;
  /** Batches of 5 the rule read. */
  batches: number;
  /**
   * Whether the minimum fell in the first half of the series, where the rule is trusted; at the
   * edge of that range the series has probably not settled within the run.
   */
  reliable: boolean;
}

/** Batch size of MSER-5. */
export const MSER_BATCH = 5;

/**
 * The MSER-5 warm-up rule (White, Cobb and Spratt 2000; Franklin and White 2008): average the series
 * in batches of 5, and choose the number d of leading batches to delete that minimises the
 * squared standard error of the mean of the rest, Σ (z_i − z̄_d)² / (m − d)², over d up to half the
 * batches. Returns the truncation point in observations. Run it on the mean of several
 * replications' series.
 */
export function mser5(values: readonly number[]): MserResult {
  const z: number[] = [];
  for (let start = 0; start + MSER_BATCH <= values.length; start += MSER_BATCH) {
    let sum = 0;
    for (let k = start; k < start + MSER_BATCH; k++) sum += values[k] as number;
    z.push(sum / MSER_BATCH);
  }
  const m = z.length;
  if (m < 4) return { truncation: 0, batches: m, reliable: false };
  // Suffix sums make each candidate d O(1).
  const sum = new Array<number>(m + 1).fill(0);
  const sumSq = new Array<number>(m + 1).fill(0);
  for (let i = m - 1; i >= 0; i--) {
    sum[i] = (sum[i + 1] as number) + (z[i] as number);
    sumSq[i] = (sumSq[i + 1] as number) + (z[i] as number) ** 2;
  }
  const maxD = Math.floor(m / 2);
  let best = 0;
  let bestValue = Number.POSITIVE_INFINITY;
  for (let d = 0; d <= maxD; d++) {
    const k = m - d;
    const s = sum[d] as number;
    const ss = (sumSq[d] as number) - (s * s) / k;
    const value = Math.max(0, ss) / (k * k);
    // Ties (up to rounding) keep the smaller truncation.
    if (d === 0 || value < bestValue * (1 - 1e-12)) {
      bestValue = value;
      best = d;
    }
  }
  return { truncation: best * MSER_BATCH, batches: m, reliable: best < maxD - 1 };
}
