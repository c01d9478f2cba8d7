import type { TopLevelSpec } from 'vega-lite';
import type { DifferenceInput } from './types.js';
import { VERDICT_LABELS, changeVerdict } from './changeVerdict.js';
import { formatNumber } from './formatNumber.js';
import { ANNOTATION_COLOUR, PLOT_WIDTH, VEGA_LITE_SCHEMA, VERDICT_COLOURS, chartConfig } from './theme.js';

/**
 * Paired differences (comparison − baseline) of several metrics, one panel per metric with its own
 * unit and x scale: the mean as a dot, its 95% CI as a line, zero as a dashed rule. Each panel's
 * heading says in words whether the change is better, worse or unclear, so colour is not the only cue.
 */
export function differenceSpec(input: DifferenceInput): TopLevelSpec {
  const values = input.rows.map((r) => {
    const verdict = VERDICT_LABELS[changeVerdict(r, r.better)];
    const interval = `${formatNumber(r.mean, 1, true)} ${r.unit} (95% CI ${formatNumber(r.ciLow, 1, true)} to ${formatNumber(r.ciHigh, 1, true)})`;
    // Two-line panel heading, split again by the header labelExpr.
    return { ...r, verdict, heading: `${r.label} (${r.better} is better)\n${verdict}: ${interval}` };
  });
  const headings = values.map((v) => v.heading);
  const verdictScale = {
    domain: [VERDICT_LABELS.better, VERDICT_LABELS.worse, VERDICT_LABELS.unclear],
    range: [VERDICT_COLOURS.better, VERDICT_COLOURS.worse, VERDICT_COLOURS.unclear],
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Differences between ${input.comparison} and ${input.baseline} with 95% confidence intervals, one panel per metric.`,
    title: {
      text: `Change from ${input.baseline} to ${input.comparison}`,
      subtitle: [
        'Dot: mean paired difference across replications.',
        'Line: 95% confidence interval; dashed line: no change.',
        'Better or worse only where the interval excludes no change.',
      ],
    },
    config: chartConfig,
    data: { values },
    facet: {
      row: {
        field: 'heading',
        type: 'nominal',
        title: null,
        sort: headings,
        header: {
          labelAngle: 0,
          labelOrient: 'top',
          labelAnchor: 'start',
          labelAlign: 'left',
          labelFontWeight: 'normal',
          labelLineHeight: 16,
          labelExpr: "split(datum.label, '\\n')",
        },
      },
    },
    spec: {
      width: PLOT_WIDTH,
      height: 28,
      layer: [
        { mark: { type: 'rule', color: ANNOTATION_COLOUR, strokeDash: [5, 4] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        {
          mark: { type: 'rule', strokeWidth: 3 },
          encoding: {
            x: { field: 'ciLow', type: 'quantitative', title: null, scale: { zero: true, padding: 12 } },
            x2: { field: 'ciHigh' },
            color: { field: 'verdict', type: 'nominal', title: 'Change', scale: verdictScale },
          },
        },
        {
          mark: { type: 'point', filled: true, size: 90, opacity: 1 },
          encoding: {
            x: { field: 'mean', type: 'quantitative' },
            color: { field: 'verdict', type: 'nominal', title: 'Change', scale: verdictScale },
            tooltip: [
              { field: 'label', title: 'Metric' },
              { field: 'verdict', title: 'Change' },
              { field: 'mean', title: 'Mean difference', type: 'quantitative', format: '.2f' },
              { field: 'ciLow', title: '95% CI from', type: 'quantitative', format: '.2f' },
              { field: 'ciHigh', title: '95% CI to', type: 'quantitative', format: '.2f' },
              { field: 'unit', title: 'Unit' },
            ],
          },
        },
      ],
    },
    resolve: { scale: { x: 'independent' } },
  };
}
