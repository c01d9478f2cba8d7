import type { TopLevelSpec } from 'vega-lite';
import { BASIS_LABELS, basisScale } from './decompositionColours.js';
import { formatNumber } from './formatNumber.js';
import { ANNOTATION_COLOUR, PLOT_WIDTH, VEGA_LITE_SCHEMA, chartConfig } from './theme.js';

/** One group's Shapley value with its paired 95% interval, in the chart's unit. */
export interface ShapleyBar {
  readonly name: string;
  readonly basis: 'evidence' | 'assumption';
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** Each group's Shapley value for one measure; they add up to the total difference. */
export interface ShapleyInput {
  readonly metricLabel: string;
  readonly unit: string;
  readonly fromName: string;
  readonly toName: string;
  readonly total: number;
  readonly bars: readonly ShapleyBar[];
  readonly decimals: number;
}

/**
 * A horizontal bar per group of changes: its Shapley value (its step averaged over every order in
 * which the groups could be added), coloured by basis, with its 95% CI as a black line and no change
 * as a dashed rule; the subtitle gives the total the values add up to.
 */
export function shapleySpec(input: ShapleyInput): TopLevelSpec {
  const values = input.bars.map((b) => ({
    ...b,
    basis: BASIS_LABELS[b.basis],
    text: `${formatNumber(b.mean, input.decimals, true)} (${formatNumber(b.ciLow, input.decimals, true)} to ${formatNumber(b.ciHigh, input.decimals, true)})`,
  }));
  const y = { field: 'name', type: 'nominal' as const, sort: input.bars.map((b) => b.name), title: null };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Shapley values of each group of changes for ${input.metricLabel}, ${input.fromName} to ${input.toName}.`,
    title: {
      text: `Share of the change in ${input.metricLabel} carried by each group`,
      subtitle: [
        `Shapley values, ${input.fromName} to ${input.toName}: they add up to the total change of ${formatNumber(input.total, input.decimals, true)} ${input.unit}.`,
        'Black line: 95% confidence interval (paired replications); dashed line: no effect.',
      ],
    },
    config: chartConfig,
    width: PLOT_WIDTH,
    height: { step: 34 },
    data: { values },
    layer: [
      { mark: { type: 'rule', color: ANNOTATION_COLOUR, strokeDash: [5, 4] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      {
        mark: { type: 'bar', height: { band: 0.6 } },
        encoding: {
          y,
          x: { field: 'mean', type: 'quantitative', title: `Shapley value (${input.unit})`, scale: { zero: true, nice: true } },
          color: { field: 'basis', type: 'nominal', title: null, scale: basisScale(false) },
          tooltip: [
            { field: 'name', title: 'Group' },
            { field: 'text', title: 'Value (95% CI)' },
            { field: 'basis', title: 'Basis' },
          ],
        },
      },
      { mark: { type: 'rule', color: ANNOTATION_COLOUR, strokeWidth: 2 }, encoding: { y, x: { field: 'ciLow', type: 'quantitative' }, x2: { field: 'ciHigh' } } },
      {
        // Right of the bar and its interval, and never over a bar that points left.
        transform: [{ calculate: 'max(datum.ciHigh, datum.mean, 0)', as: 'labelAt' }],
        mark: { type: 'text', align: 'left', dx: 6, fontSize: 11, color: '#222222' },
        encoding: { y, x: { field: 'labelAt', type: 'quantitative' }, text: { field: 'text' } },
      },
    ],
  };
}
