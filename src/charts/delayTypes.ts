// Inputs of the delay charts: timescales, milestones, Kaplan–Meier curves, histograms, shares within timescale.
// Like every chart input: plain, JSON-serialisable, already aggregated across replications.
// Shares are fractions in [0, 1] (drawn as 0–100%); dates are ISO calendar dates 'YYYY-MM-DD';
// durations are working days. Scenario lists are in run order, which fixes each scenario's colour.

import type { WithInterval } from './intervalTypes.js';

/** A timescale drawn as a labelled dashed rule: statutory (Working Together) or a local standard. */
export interface Timescale {
  /** Length of the timescale in working days, e.g. 45. */
  readonly workingDays: number;
  /** Statutory guidance or a local standard (e.g. child seen within 1 working day). */
  readonly kind: 'statutory' | 'local';
  /** Which children it applies to, e.g. 'child protection'; omitted when it applies to all. */
  readonly appliesTo?: string;
}

/** A delay between two events in a child's journey, e.g. referral → assessment complete. */
export interface Milestone {
  /** Stable identifier, e.g. 'referral-to-assessment'. */
  readonly id: string;
  /** Plain-language label, e.g. 'Referral → assessment complete'. */
  readonly label: string;
  /** Timescales to mark; empty when there is none (referral → allocation). */
  readonly timescales: readonly Timescale[];
}

/**
 * One step of a Kaplan–Meier "share still waiting" curve across replications: the median across
 * replications of the share of children still waiting at t (0–1), and its 2.5th (`low`) and 97.5th
 * (`high`) percentiles.
 */
export interface SurvivalPoint extends WithInterval<'median', 'low', 'high'> {
  /** Working days since the milestone's start event. */
  readonly t: number;
}

/** One milestone's data per scenario: the scenarios in run order, and each one's items under `Key`. */
export interface MilestoneSeries<Key extends string, Item> {
  readonly milestone: Milestone;
  readonly scenarios: readonly string[];
  readonly series: readonly ({ readonly scenario: string } & { readonly [K in Key]: readonly Item[] })[];
}

/** Kaplan–Meier curves of one milestone, one series per scenario. */
export type DelayCurveInput = MilestoneSeries<'points', SurvivalPoint>;

/** One histogram bin of completed delays: [lower, upper) working days. */
export interface DelayBin {
  readonly lower: number;
  readonly upper: number;
  /** Share of children whose delay fell in the bin, mean across replications (0–1). */
  readonly share: number;
  /** The bin holds every wait from `lower` up (no upper limit); `upper` is only where its bar ends. */
  readonly openEnded?: boolean;
}

/** Histogram of completed delays of one milestone, drawn as one panel per scenario. */
export type DelayHistogramInput = MilestoneSeries<'bins', DelayBin>;

/** Share of children reaching a milestone within its timescale, for one scenario: the mean across replications (0–1) and its 95% CI. */
export interface WithinTargetRow extends WithInterval<'mean', 'ciLow', 'ciHigh'> {
  /** Milestone id; rows with the same id share a line of the chart. */
  readonly milestone: string;
  /** Plain-language milestone label. */
  readonly label: string;
  readonly scenario: string;
  /** The timescale the share is measured against, in working days. */
  readonly targetWorkingDays: number;
}

/** Shares within timescale for several milestones and scenarios. */
export interface WithinTargetInput {
  readonly scenarios: readonly string[];
  readonly rows: readonly WithinTargetRow[];
}
