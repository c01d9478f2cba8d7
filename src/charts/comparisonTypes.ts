// Inputs of the comparison charts: the parameter sweep and the paired differences, and the estimate both use.
// Like every chart input: plain, JSON-serialisable, already aggregated across replications.
// Shares are fractions in [0, 1] (drawn as 0–100%); dates are ISO calendar dates 'YYYY-MM-DD';
// durations are working days. Scenario lists are in run order, which fixes each scenario's colour.

/** One point of a parameter sweep: the metric's mean across replications with its 95% CI. */
export interface SweepPoint {
  /** The parameter's value, in the parameter's unit. */
  readonly value: number;
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Secondary factor this point belongs to (one line each); omitted for a single line. */
  readonly series?: string;
}

/** A metric against a swept parameter. */
export interface SweepInput {
  /** The swept parameter, with its unit if it has one, e.g. 'Social workers in post'. */
  readonly parameterLabel: string;
  /** What the parameter is, in words (e.g. 'case-holding social worker posts (establishment)'), shown with the label on the x axis. */
  readonly parameterDescription?: string;
  /** The metric on the y axis, e.g. 'Referral → allocation, 90th percentile'. */
  readonly metricLabel: string;
  /** The metric's unit, e.g. 'working days'. */
  readonly metricUnit: string;
  /** Legend title for the series, e.g. 'Caseload cap'; used only when points carry a series. */
  readonly seriesLabel?: string;
  readonly points: readonly SweepPoint[];
}

/** Paired difference (comparison − baseline) of one metric across replications, with its 95% CI. */
export interface DifferenceRow {
  /** The scenario compared with the baseline. */
  readonly comparison: string;
  /** Metric label, e.g. 'Referral → allocation, 90th percentile'. */
  readonly label: string;
  /** Unit of the difference, e.g. 'working days' or 'percentage points'. */
  readonly unit: string;
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** Which direction is an improvement for this metric. */
  readonly better: 'lower' | 'higher';
}

/** Differences of several metrics between each compared scenario and the baseline. */
export interface DifferenceInput {
  readonly baseline: string;
  /** Scenarios compared with the baseline, in run order. */
  readonly comparisons: readonly string[];
  readonly rows: readonly DifferenceRow[];
}

/** A mean across replications with its 95% confidence interval, in the row's unit. */
export interface Estimate {
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}
