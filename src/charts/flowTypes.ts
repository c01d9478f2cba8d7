// Input of the flow diagram: counts at each stage and the links between them.
// Like every chart input: plain, JSON-serialisable, already aggregated across replications.
// Shares are fractions in [0, 1] (drawn as 0–100%); dates are ISO calendar dates 'YYYY-MM-DD';
// durations are working days. Scenario lists are in run order, which fixes each scenario's colour.

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
