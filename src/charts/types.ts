import type { TopLevelSpec } from 'vega-lite';

// Inputs of the chart builders: plain, JSON-serialisable, already aggregated across replications.
// Shares are fractions in [0, 1] (drawn as 0–100%); dates are ISO calendar dates 'YYYY-MM-DD';
// durations are working days. Scenario lists are in run order, which fixes each scenario's colour.

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

/** One step of a Kaplan–Meier "share still waiting" curve across replications. */
export interface SurvivalPoint {
  /** Working days since the milestone's start event. */
  readonly t: number;
  /** Median across replications of the share of children still waiting at t (0–1). */
  readonly median: number;
  /** 2.5th percentile across replications (0–1). */
  readonly low: number;
  /** 97.5th percentile across replications (0–1). */
  readonly high: number;
}

/** Kaplan–Meier curves of one milestone, one series per scenario. */
export interface DelayCurveInput {
  readonly milestone: Milestone;
  readonly scenarios: readonly string[];
  readonly series: readonly { readonly scenario: string; readonly points: readonly SurvivalPoint[] }[];
}

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
export interface DelayHistogramInput {
  readonly milestone: Milestone;
  readonly scenarios: readonly string[];
  readonly series: readonly { readonly scenario: string; readonly bins: readonly DelayBin[] }[];
}

/** Share of children reaching a milestone within its timescale, for one scenario. */
export interface WithinTargetRow {
  /** Milestone id; rows with the same id share a line of the chart. */
  readonly milestone: string;
  /** Plain-language milestone label. */
  readonly label: string;
  readonly scenario: string;
  /** Mean share within the timescale across replications (0–1), and its 95% CI. */
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
  /** The timescale the share is measured against, in working days. */
  readonly targetWorkingDays: number;
}

/** Shares within timescale for several milestones and scenarios. */
export interface WithinTargetInput {
  readonly scenarios: readonly string[];
  readonly rows: readonly WithinTargetRow[];
}

/** Quantiles across replications of a count at one date. */
export interface FanPoint {
  /** ISO date of the observation. */
  readonly date: string;
  readonly p05: number;
  readonly p25: number;
  readonly p50: number;
  readonly p75: number;
  readonly p95: number;
}

/** A count over time (e.g. unallocated children) as a median line with 50% and 90% bands. */
export interface FanChartInput {
  /** Chart title, e.g. 'Children waiting for allocation'. */
  readonly title: string;
  /** Y axis title with its unit, e.g. 'Children (count)'. */
  readonly yTitle: string;
  readonly scenarios: readonly string[];
  readonly series: readonly { readonly scenario: string; readonly points: readonly FanPoint[] }[];
  /** What each point is, for the subtitle, e.g. 'Each point: a calendar month, the mean of its weekly quantiles.'; omitted for raw weekly points. */
  readonly periodNote?: string;
  /** Limits of the model drawn as dashed rules in the scenario's colour, e.g. the duty capacity; omitted when there is none. */
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

/** Share of children with a given number of worker changes in one scenario. */
export interface WorkerChangesRow {
  readonly scenario: string;
  readonly changes: WorkerChangeCount;
  /** Mean share across replications (0–1), with its 95% CI. */
  readonly share: number;
  readonly low: number;
  readonly high: number;
}

/** Distribution of changes of social worker per child, per scenario. */
export interface WorkerChangesInput {
  readonly scenarios: readonly string[];
  readonly rows: readonly WorkerChangesRow[];
}

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

/** One headline metric: per-scenario estimates (in `ReportInput.scenarios` order) and, for two scenarios, the paired difference. */
export interface HeadlineRow {
  /** E.g. 'Referral → allocation, median'. */
  readonly label: string;
  /** E.g. 'working days', '%', 'children'. */
  readonly unit: string;
  readonly values: readonly Estimate[];
  /**
   * Paired difference of each later scenario minus the first, in scenario order (one fewer than
   * `values`); undefined where that metric was not compared. Omitted with a single scenario.
   */
  readonly differences?: readonly (Estimate | undefined)[];
  /** Which direction is an improvement; lets the report say "better"/"worse" in words. */
  readonly better?: 'lower' | 'higher';
  /** Decimal places to show (default 1). */
  readonly decimals?: number;
}

/** A chart in the report: its Vega-Lite spec and the SVG rendered from it by `renderSvg`. */
export interface ReportChart {
  /** HTML id, letters, digits and '-' only, starting with a letter; unique in the report. */
  readonly id: string;
  readonly title: string;
  /** One or two plain-language sentences on how to read the chart; also its alt text. */
  readonly caption: string;
  readonly spec: TopLevelSpec;
  readonly svg: string;
  /** One of the few charts that tell the story: drawn large at the top of the report, in the order given. */
  readonly key?: boolean;
}

/** One scenario parameter: its value in each scenario (in `ReportInput.scenarios` order) and where it came from. */
export interface ParameterRow {
  readonly key: string;
  readonly values: readonly (string | number | boolean | null)[];
  /**
   * What the value rests on, per scenario where it differs, e.g. 'evidence: Ofsted ILACS 2022' or
   * 'assumption: duty rota from the case-holding posts'; omitted when the scenario files carry no label.
   */
  readonly labels?: readonly string[];
  /** The files that set the value. */
  readonly source: string;
}

/** One STRESS-DES reporting item (Monks et al. 2019). */
export interface StressItem {
  /** E.g. '5.2'. */
  readonly id: string;
  /** E.g. 'Random sampling'. */
  readonly item: string;
  readonly text: string;
}

/** Everything the HTML report shows; all text is plain (the report escapes it). */
export interface ReportInput {
  readonly title: string;
  /** When the results were produced, as the caller wants it shown (e.g. ISO 8601). */
  readonly generatedAt: string;
  readonly scenarios: readonly string[];
  readonly headline: readonly HeadlineRow[];
  readonly charts: readonly ReportChart[];
  /** The story the page opens on: three or four sentences with the numbers that matter. */
  readonly story: readonly string[];
  /** Whether each scenario settled (warm-up analysis and runaway replications) and how much of each capacity it used, one line each. */
  readonly settling: readonly string[];
  /** Plain-language reading of the results, one string per paragraph. */
  readonly reading: readonly string[];
  readonly parameters: readonly ParameterRow[];
  /** Run record: tool version, seed, replications, Node version, … */
  readonly runRecord: readonly { readonly key: string; readonly value: string }[];
  readonly stress: readonly StressItem[];
}

/** What happened at one point of a child's journey, for the timeline chart. */
export type JourneyEventKind =
  | 'notice'
  | 'contact'
  | 'information'
  | 'linked'
  | 'notLinked'
  | 'decision'
  | 'referral'
  | 'strategy'
  | 'heldOnDuty'
  | 'allocation'
  | 'workerChange'
  | 'workerLeaves'
  | 'transfer'
  | 'seen'
  | 'enquiry'
  | 'assessment'
  | 'conference'
  | 'plan'
  | 'closure'
  | 'other';

/** One dated event of a child's journey in one scenario. */
export interface JourneyEvent {
  readonly scenario: string;
  /** ISO date of the event. */
  readonly date: string;
  readonly kind: JourneyEventKind;
  /** Short plain-language label drawn beside the point, e.g. 'Contact: school' (about 30 characters at most). */
  readonly label: string;
  /** The full sentence of the story, shown as a tooltip. */
  readonly text: string;
}

/** A wait in a child's journey, e.g. referral → allocation, drawn as a bar so the delay is visible. */
export interface JourneyWait {
  readonly scenario: string;
  /** ISO dates the wait starts and ends (the end of the run if it never ended). */
  readonly start: string;
  readonly end: string;
  /** Plain-language label with its unit, e.g. 'Waiting for a social worker: 23 working days'. */
  readonly label: string;
}

/** One child's journey in several scenarios (the same seed, so the same child with the same needs). */
export interface JourneyTimelineInput {
  /** The child's number, by order of arrival from 0. */
  readonly child: number;
  readonly scenarios: readonly string[];
  readonly events: readonly JourneyEvent[];
  readonly waits: readonly JourneyWait[];
  /** An extra subtitle line, e.g. a caveat; omitted when there is none. */
  readonly note?: string;
}

/** A box of a flow diagram: a count of contacts or referrals at one stage. */
export interface FlowNode {
  /** Unique within its run, e.g. 'referred'. */
  readonly id: string;
  /** Plain-language label, e.g. 'Referred'. */
  readonly label: string;
  readonly count: number;
  /** Stage, from 0 (left) onwards. */
  readonly column: number;
}

/** Part of one node's count that moves on to a node in a later column. */
export interface FlowLink {
  readonly from: string;
  readonly to: string;
  readonly count: number;
}

/** The flow through the front door in one replication of one scenario, over its measured window. */
export interface FlowRun {
  readonly scenario: string;
  /** Replication number, from 0. */
  readonly replication: number;
  /** ISO dates of the measured window. */
  readonly start: string;
  readonly end: string;
  readonly nodes: readonly FlowNode[];
  readonly links: readonly FlowLink[];
  /** Counts shown as text, e.g. 'Re-referrals within 12 months: 812 (19% of referrals)'. */
  readonly notes: readonly string[];
}

/** One flow per scenario, in run order. */
export interface FlowDiagramInput {
  readonly scenarios: readonly string[];
  readonly runs: readonly FlowRun[];
}
