import { requireFinite, requireNonEmptyArray, requireNonNegative, requirePositive, show } from './validate.js';

/** An arrival rate over time with a known upper bound, as the thinning algorithm needs it. */
export interface RateSource {
  /** The rate (arrivals per unit time) at time t, in [0, maxRate]. */
  rateAt(t: number): number;
  /** An upper bound on the rate at every time. */
  readonly maxRate: number;
  /** The earliest time >= t at which the rate may be positive, or Infinity if it is zero from t on. */
  nextPositiveTime(t: number): number;
}

/** Options of a piecewise-constant rate: rates[i] applies on [breakpoints[i], breakpoints[i + 1]). */
export interface PiecewiseRateOptions {
  breakpoints: readonly number[];
  rates: readonly number[];
  /** If given, the pattern repeats every `period` from breakpoints[0]; must be >= the span of the breakpoints (the rest of each period has rate 0). */
  period?: number;
}

const FN = 'PiecewisePoissonProcess';

/**
 * A piecewise-constant rate from strictly increasing breakpoints and one rate per piece. Outside
 * [first, last breakpoint) the rate is 0, unless a period repeats the pattern.
 */
export function piecewiseRate(options: PiecewiseRateOptions): RateSource {
  const breakpoints = requireNonEmptyArray<number>(FN, 'breakpoints', options.breakpoints);
  const rates = requireNonEmptyArray<number>(FN, 'rates', options.rates);
  breakpoints.forEach((point, i) => {
    requireFinite(FN, `breakpoints[${i}]`, point);
    const previous = breakpoints[i - 1];
    if (previous !== undefined && !(point > previous)) {
      throw new RangeError(`${FN}: breakpoints must be strictly increasing, got breakpoints[${i}] = ${show(point)} after ${show(previous)}`);
    }
  });
  if (rates.length !== breakpoints.length - 1) {
    throw new RangeError(`${FN}: rates must have one entry per piece (breakpoints.length - 1 = ${breakpoints.length - 1}), got ${rates.length}`);
  }
  rates.forEach((rate, i) => requireNonNegative(FN, `rates[${i}]`, rate));
  const start = breakpoints[0] ?? 0;
  const end = breakpoints[breakpoints.length - 1] ?? 0;
  const period = options.period === undefined ? undefined : requirePositive(FN, 'period', options.period);
  if (period !== undefined && period < end - start) {
    throw new RangeError(`${FN}: period must be >= the span of the breakpoints (${show(end - start)}), got ${show(period)}`);
  }
  const maxRate = Math.max(...rates);

  /** The cycle start and the offset of t in its cycle (the cycle is the whole line without a period). */
  const locate = (t: number): { cycleStart: number; phase: number } => {
    if (period === undefined) return { cycleStart: 0, phase: t };
    const cycles = Math.floor((t - start) / period);
    const cycleStart = cycles * period;
    return { cycleStart, phase: t - cycleStart };
  };
  /** Index of the piece holding phase, or -1 outside [start, end). */
  const pieceOf = (phase: number): number => {
    if (phase < start || phase >= end) return -1;
    let low = 0;
    let high = rates.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((breakpoints[middle] ?? 0) <= phase) low = middle;
      else high = middle - 1;
    }
    return low;
  };

  return {
    maxRate,
    rateAt(t) {
      return rates[pieceOf(locate(t).phase)] ?? 0;
    },
    nextPositiveTime(t) {
      if (maxRate === 0) return Number.POSITIVE_INFINITY;
      const { cycleStart, phase } = locate(t);
      const here = pieceOf(phase);
      if (here >= 0 && (rates[here] ?? 0) > 0) return t;
      // First positive piece starting after phase in this cycle, else the first one of the next cycle.
      for (let i = 0; i < rates.length; i += 1) {
        if ((rates[i] ?? 0) > 0 && (breakpoints[i] ?? 0) > phase) return cycleStart + (breakpoints[i] ?? 0);
      }
      if (period === undefined) return Number.POSITIVE_INFINITY;
      const first = rates.findIndex((rate) => rate > 0);
      return cycleStart + period + (breakpoints[first] ?? 0);
    },
  };
}
