/**
 * Streaming count, mean and sample variance (Welford's algorithm), so memory does not grow with
 * replications; `merge` combines two summaries exactly (Chan et al.), e.g. from worker threads.
 */
export class RunningSummary {
  #n = 0;
  #mean = 0;
  #m2 = 0;
  #min = Infinity;
  #max = -Infinity;

  /** Adds one value; throws RangeError if it is NaN or infinite. */
  add(x: number): void {
    if (!Number.isFinite(x)) throw new RangeError(`x must be finite, got ${String(x)}`);
    this.#n += 1;
    const delta = x - this.#mean;
    this.#mean += delta / this.#n;
    this.#m2 += delta * (x - this.#mean);
    if (x < this.#min) this.#min = x;
    if (x > this.#max) this.#max = x;
  }

  /** Adds every value of another summary, as if they had been added here one by one. */
  merge(other: RunningSummary): void {
    if (other.#n === 0) return;
    const n = this.#n + other.#n;
    const delta = other.#mean - this.#mean;
    this.#m2 += other.#m2 + (delta * delta * this.#n * other.#n) / n;
    this.#mean += (delta * other.#n) / n;
    this.#n = n;
    this.#min = Math.min(this.#min, other.#min);
    this.#max = Math.max(this.#max, other.#max);
  }

  /** Number of values added. */
  get n(): number {
    return this.#n;
  }

  /** Mean of the values added; NaN before any value. */
  get mean(): number {
    return this.#n === 0 ? NaN : this.#mean;
  }

  /** Sample variance (n − 1 denominator); 0 for one value, NaN before any value. */
  get variance(): number {
    if (this.#n === 0) return NaN;
    return this.#n === 1 ? 0 : this.#m2 / (this.#n - 1);
  }

  /** Sample standard deviation, the square root of `variance`. */
  get sd(): number {
    return Math.sqrt(this.variance);
  }

  /** Smallest value added; Infinity before any value. */
  get min(): number {
    return this.#min;
  }

  /** Largest value added; -Infinity before any value. */
  get max(): number {
    return this.#max;
  }
}
