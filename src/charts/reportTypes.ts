import type { TopLevelSpec } from 'vega-lite';
import type { Estimate } from './comparisonTypes.js';

// What the HTML report shows: headline rows, charts, parameters and STRESS-DES items.
// Like every chart input: plain, JSON-serialisable, already aggregated across replications.
// Shares are fractions in [0, 1] (drawn as 0–100%); dates are ISO calendar dates 'YYYY-MM-DD';
// durations are working days. Scenario lists are in run order, which fixes each scenario's colour.

/** One headline metric: per-scenario estimates (in `ReportInput.scenarios` order) and, for two scenarios, the paired difference. */
export interface HeadlineRow {
  /** E.g. 'Referral → allocation, median'. */
  readonly label: string;
  /** E.g. 'working days', '%', 'children'. */
  readonly unit: string;
  /** `exact`: the value as text, set only when every replication gave it; the table then shows it without an interval. */
  readonly values: readonly (Estimate & { readonly exact?: string })[];
  /**
   * Paired difference of each later scenario minus the first, in scenario order (one fewer than
   * `values`); undefined where that metric was not compared. Omitted with a single scenario.
   */
  readonly differences?: readonly (Estimate & { readonly exact?: string } | undefined)[];
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
  /** Plain-language reading of the results: per paragraph its text and the list it introduces (one item per measure; none for plain prose). */
  readonly reading: readonly { readonly text: string; readonly items?: readonly string[] }[];
  readonly parameters: readonly ParameterRow[];
  /** Run record: tool version, seed, replications, Node version, … */
  readonly runRecord: readonly { readonly key: string; readonly value: string }[];
  readonly stress: readonly StressItem[];
}
