// Inputs of the charts of counts over time: the fan chart, staffing, caseload heatmap and changes of worker.
// Like every chart input: plain, JSON-serialisable, already aggregated across replications.
// Shares are fractions in [0, 1] (drawn as 0–100%); dates are ISO calendar dates 'YYYY-MM-DD';
// durations are working days. Scenario lists are in run order, which fixes each scenario's colour.

import type { WithInterval } from './intervalTypes.js';

/** The mean and quantiles across replications of a count at one date. */
export interface FanPoint {
  /** ISO date of the observation. */
  readonly date: string;
  /** Mean across replications: the line, and what the tables average over time. */
  readonly mean: number;
  readonly p05: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/** A count over time (e.g. unallocated children) as a mean line with 50% and 90% bands of replications. */
export interface FanChartInput {
  /** Chart title, e.g. 'Children waiting for allocation'. */
  readonly title: string;
  /** Y axis title with its unit, e.g. 'Children (count)'. */
  readonly yTitle: string;
  readonly scenarios: readonly string[];
  readonly series: readonly { readonly scenario: string; readonly points: readonly FanPoint[] }[];
  /** What each point is, for the subtitle, e.g. 'Each point: a calendar month, the mean of its weekly quantiles.'; omitted for raw weekly points. */
  readonly periodNote?: string;
  /** Limits of the model drawn as dotted rules in the scenario's colour, e.g. the duty capacity; omitted when there is none. */
  readonly limits?: readonly FanLimit[];
}

/** A ceiling a count cannot pass in one scenario, e.g. 'Duty capacity with the full rota: 60'. */
export interface FanLimit {
  readonly scenario: string;
  readonly value: number;
  /** Label drawn on the rule, with its number. */
  readonly label: string;
}

/** Workforce at one date: medians across replications. */
export interface StaffingPoint {
  /** ISO date of the observation. */
  readonly date: string;
  /** Permanent social workers in post (headcount). */
  readonly permanent: number;
  /** Agency social workers in post (headcount). */
  readonly agency: number;
  /** Funded posts with nobody in them. */
  readonly vacancies: number;
}

/** Social workers who left in one period, mean across replications (so not a whole number). */
export interface LeaversPoint {
  /** ISO date the period starts. */
  readonly date: string;
  readonly mean: number;
}

/** Workforce over time, one series per scenario. */
export interface StaffingInput {
  readonly scenarios: readonly string[];
  readonly series: readonly {
    readonly scenario: string;
    readonly points: readonly StaffingPoint[];
    /** Leavers per period of `leaverPeriodWeeks` weeks. */
    readonly leavers: readonly LeaversPoint[];
  }[];
  /** Length of a leavers period in weeks, e.g. 4. */
  readonly leaverPeriodWeeks: number;
}

/** One social worker's caseload in one period of one replication. */
export interface CaseloadCell {
  /** Display label, e.g. 'SW 014 (agency)'. */
  readonly worker: string;
  /** ISO date the period starts. */
  readonly weekStart: string;
  /** Children allocated at the start of the period; null when the post is vacant or not yet filled. */
  readonly caseload: number | null;
}

/** Caseload per social worker over time for one replication of one scenario. */
export interface CaseloadHeatmapInput {
  readonly scenario: string;
  /** Replication number shown in the title (from 0, as in journeys.csv). */
  readonly replication: number;
  /** Caseload cap in children; cells above it get a distinct colour. */
  readonly cap: number;
  /** Length of each period in calendar days (7 = weekly, 14 = fortnightly). */
  readonly periodDays: number;
  readonly cells: readonly CaseloadCell[];
}

/** Number of changes of social worker a child experienced; 4 or more are pooled. */
export type WorkerChangeCount = 0 | 1 | 2 | 3 | '4+';

/** Share of children with a given number of worker changes in one scenario: the mean across replications (0–1), with its 95% CI. */
export interface WorkerChangesRow extends WithInterval<'share', 'low', 'high'> {
  readonly scenario: string;
  readonly changes: WorkerChangeCount;
}

/** Distribution of changes of social worker per child, per scenario. */
export interface WorkerChangesInput {
  readonly scenarios: readonly string[];
  readonly rows: readonly WorkerChangesRow[];
}
