import { piecewiseRate } from './piecewiseRate.js';
import type { PiecewiseRateOptions, RateSource } from './piecewiseRate.js';
import type { Rng } from './stream.js';
import { requireFinite, requireNonNegative, show } from './validate.js';

/** Options for a rate given as a function with a known bound (see PiecewisePoissonProcess.fromRateFunction). */
export interface RateFunctionOptions {
  rateAt: (t: number) => number;
  maxRate: number;
}

/** Candidates tried in one nextArrival call before giving up (a rate zero from t on, or a far too high bound). */
export const MAX_THINNING_CANDIDATES = 10_000_000;

function functionRate({ rateAt, maxRate }: RateFunctionOptions): RateSource {
  if (typeof rateAt !== 'function') {
    throw new RangeError(`PiecewisePoissonProcess.fromRateFunction: rateAt must be a function, got ${show(rateAt)}`);
  }
  requireNonNegative('PiecewisePoissonProcess.fromRateFunction', 'maxRate', maxRate);
  return {
    maxRate,
    rateAt,
    nextPositiveTime: (t) => (maxRate > 0 ? t : Number.POSITIVE_INFINITY),
  };
}

/**
 * A non-homogeneous Poisson process sampled by thinning (Lewis and Shedler, 1979): candidates
 * arrive at the maximum rate and each is kept with probability rate(t) / maxRate. Stretches where a
 * piecewise rate is zero are skipped outright, which is exact because Poisson candidates are memoryless.
 */
export class PiecewisePoissonProcess {
  private readonly source: RateSource;

  /**
   * Rates per unit time on consecutive pieces [breakpoints[i], breakpoints[i + 1]) (so one fewer rate
   * than breakpoints; rate 0 outside them), repeating every `period` from breakpoints[0] if given.
   * Also accepts { rateAt, maxRate } as fromRateFunction does. Throws a RangeError on bad input.
   */
  constructor(options: PiecewiseRateOptions | RateFunctionOptions) {
    this.source = 'rateAt' in options ? functionRate(options) : piecewiseRate(options);
  }

  /**
   * General thinning for a user rate function with an upper bound maxRate >= rateAt(t) for all t.
   * nextArrival throws a RangeError if the function ever returns a value outside [0, maxRate].
   */
  static fromRateFunction(rateAt: (t: number) => number, maxRate: number): PiecewisePoissonProcess {
    return new PiecewisePoissonProcess({ rateAt, maxRate });
  }

  /** The bound used for thinning: the largest rate (arrivals per unit time). */
  get maxRate(): number {
    return this.source.maxRate;
  }

  /** The rate at time t (arrivals per unit time). */
  rateAt(t: number): number {
    return this.source.rateAt(t);
  }

  /**
   * The time of the next arrival after t, drawing from `rng` one uniform per thinning candidate and a
   * second where the rate there is positive;
   * Infinity if the rate is zero from t on (known for piecewise rates, or maxRate = 0).
   */
  nextArrival(rng: Rng, t: number): number {
    requireFinite('PiecewisePoissonProcess.nextArrival', 't', t);
    const { maxRate } = this.source;
    let time = t;
    for (let candidate = 0; candidate < MAX_THINNING_CANDIDATES; candidate += 1) {
      time = this.source.nextPositiveTime(time);
      if (time === Number.POSITIVE_INFINITY) return time;
      time += -Math.log(1 - rng()) / maxRate;
      const rate = this.source.rateAt(time);
      if (!(rate >= 0 && rate <= maxRate)) {
        throw new RangeError(
          `PiecewisePoissonProcess.nextArrival: rate at t = ${show(time)} must be in [0, maxRate = ${show(maxRate)}], got ${show(rate)}`,
        );
      }
      if (rate > 0 && rng() * maxRate < rate) return time;
    }
    throw new Error(
      `PiecewisePoissonProcess.nextArrival: no arrival within ${MAX_THINNING_CANDIDATES} candidates after t = ${show(t)}; ` +
        'the rate may be zero from t on, or maxRate far above the rate',
    );
  }
}
