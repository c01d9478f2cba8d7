// The verdict is imported from its own file, not the charts index, which also exports Node-only code.
import { VERDICT_LABELS, changeVerdict } from '../charts/changeVerdict.js';
import type { Verdict } from '../charts/index.js';
import type { MetricId } from '../model/index.js';
import { pairedDifference } from '../stats/index.js';

/** Ids (from the model's metric registry) of the numbers the teaching page shows under the sliders. */
export const HEADLINE_IDS = ['unallocatedMean', 'referralToAssessment.withinTarget', 'missedChancesPerYear', 'workerChangesMean'] as const satisfies readonly MetricId[];

/** A headline metric id. */
export type HeadlineId = (typeof HEADLINE_IDS)[number];

/** Ids of the headroom figures: how much of each capacity the runs used (from the model's metric registry). */
export const HEADROOM_IDS = ['caseworkUtilisation', 'slotsUsed', 'screenerUtilisation'] as const satisfies readonly MetricId[];

/** A headroom metric id. */
export type HeadroomId = (typeof HEADROOM_IDS)[number];

/** Every metric the teaching page keeps from a run. */
export const TEACHING_SCALARS = [...HEADLINE_IDS, ...HEADROOM_IDS] as const;

/** A metric the teaching page keeps from a run. */
export type TeachingScalarId = HeadlineId | HeadroomId;

/** The headroom figures in plain language: what share of a capacity was used (1 = all of it). */
export const HEADROOM: readonly { readonly id: HeadroomId; readonly label: string }[] = [
  { id: 'caseworkUtilisation', label: 'Social workers’ casework hours needed by enquiries and assessments, of the hours they have' },
  { id: 'slotsUsed', label: 'Caseload places filled (cases held, of the caps of the workers in post)' },
  { id: 'screenerUtilisation', label: 'Screeners’ hours needed, of the hours they have' },
];

/** How a headline number is shown: label, unit, whether it is a share, and which direction is better. */
export interface HeadlineDefinition {
  readonly id: HeadlineId;
  readonly label: string;
  /** Unit of the value (for shares: of the difference, 'percentage points'). */
  readonly unit: string;
  /** Shares (0–1) are shown as percentages. */
  readonly share: boolean;
  readonly decimals: number;
  readonly better: 'lower' | 'higher';
}

/** The headline numbers in display order, in plain language. */
export const HEADLINES: readonly HeadlineDefinition[] = [
  { id: 'unallocatedMean', label: 'Children waiting for a social worker (average on any day)', unit: 'children', share: false, decimals: 1, better: 'lower' },
  { id: 'referralToAssessment.withinTarget', label: 'Assessments completed within 45 working days of referral', unit: 'percentage points', share: true, decimals: 0, better: 'higher' },
  { id: 'missedChancesPerYear', label: 'Missed chances: children at medium or high risk with 2 or more contacts closed without being linked to what was there to link', unit: 'children a year', share: false, decimals: 0, better: 'lower' },
  { id: 'workerChangesMean', label: 'Changes of social worker per allocated child', unit: 'changes', share: false, decimals: 2, better: 'lower' },
];

/** A headline value as text, e.g. '69%' or '31.4'; '–' when the value is missing (NaN). */
export function formatHeadline(definition: HeadlineDefinition, value: number): string {
  if (!Number.isFinite(value)) return '–';
  return definition.share ? `${(value * 100).toFixed(definition.decimals)}%` : value.toFixed(definition.decimals);
}

/**
 * The change from the starting point in words, e.g. '+12.3 children (worse)': the change is worked
 * out from the means as shown (so it matches the two numbers beside it; shares in percentage points),
 * and the verdict from the paired 95% interval of the per-run differences (the runs share their random
 * numbers), as in the report: better or worse only when the interval excludes zero. Runs without a
 * value on either side are left out; equal shown values are 'no change'.
 */
export function describeChange(definition: HeadlineDefinition, from: readonly number[], to: readonly number[]): { text: string; verdict: Verdict } {
  const pairs = from.flatMap((a, i) => (Number.isFinite(a) && Number.isFinite(to[i]) ? [[a, to[i] as number] as const] : []));
  if (pairs.length === 0) return { text: '–', verdict: 'unclear' };
  const scale = definition.share ? 100 : 1;
  const shown = (values: readonly number[]): number => Number(((values.reduce((x, y) => x + y, 0) / values.length) * scale).toFixed(definition.decimals));
  const change = Number((shown(pairs.map((p) => p[1])) - shown(pairs.map((p) => p[0]))).toFixed(definition.decimals));
  if (change === 0) return { text: 'no change', verdict: 'unclear' };
  const difference = pairedDifference(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
  const verdict = difference === undefined || !difference.ciAvailable ? 'unclear' : changeVerdict(difference, definition.better);
  const sign = change > 0 ? '+' : '−';
  return { text: `${sign}${Math.abs(change).toFixed(definition.decimals)} ${definition.unit} (${VERDICT_LABELS[verdict].toLowerCase()})`, verdict };
}
