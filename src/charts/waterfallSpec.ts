import type { TopLevelSpec } from 'vega-lite';
import { BASIS_LABELS, basisScale } from './decompositionColours.js';
import { formatNumber } from './formatNumber.js';
import { ANNOTATION_COLOUR, PLOT_HEIGHT, VEGA_LITE_SCHEMA, chartConfig } from './theme.js';

/** One group's step on the cumulative path: its mean effect and paired 95% interval, in the chart's unit. */
export interface WaterfallStep {
  readonly name: string;
  readonly basis: 'evidence' | 'assumption';
  readonly mean: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** A waterfall from the first scenario's level to the second's through each group's step, in order. */
export interface WaterfallInput {
  readonly metricLabel: string;
  /** Unit as shown on the axis, e.g. '%' or 'working days'. */
  readonly unit: string;
  readonly fromName: string;
  readonly toName: string;
  readonly fromLevel: number;
  readonly toLevel: number;
  readonly steps: readonly WaterfallStep[];
  /** Decimals in the value labels. */
  readonly decimals: number;
}

/**
 * A waterfall chart: the first scenario's level as a grey bar, then each group's step on the
 * cumulative path as a floating bar coloured by its basis (evidence or assumption) with its 95% CI as a
 * black line at the bar's end, then the second scenario's level. Each bar is labelled with its value.
 */
export function waterfallSpec(input: WaterfallInput): TopLevelSpec {
  const bars: Record<string, unknown>[] = [];
  const level = (name: string, value: number) => ({
    name, basis: BASIS_LABELS.level, start: 0, end: value, low: null, high: null, text: formatNumber(value, input.decimals),
  });
  bars.push(level(input.fromName, input.fromLevel));
  let running = input.fromLevel;
  for (const step of input.steps) {
    const end = running + step.mean;
    bars.push({
      name: `+ ${step.name}`,
      basis: BASIS_LABELS[step.basis],
      start: running,
      end,
      low: running + step.ciLow,
      high: running + step.ciHigh,
      text: formatNumber(step.mean, input.decimals, true),
    });
    running = end;
  }
  bars.push(level(input.toName, input.toLevel));
  const order = bars.map((b) => String(b['name']));
  const x = { field: 'name', type: 'nominal' as const, sort: order, title: null, axis: { labelAngle: -30, labelLimit: 200 } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Waterfall of ${input.metricLabel} from ${input.fromName} to ${input.toName}, one step per group of changes.`,
    title: {
      text: `What moved ${input.metricLabel}`,
      subtitle: [
        `From ${input.fromName} to ${input.toName}, adding one group of changes at a time in the order shown.`,
        'Black line: 95% confidence interval of the step (paired replications, common random numbers).',
        'A step depends on the order: see the Shapley values for an order-free share.',
      ],
    },
    config: chartConfig,
    width: Math.max(360, 70 * bars.length),
    height: PLOT_HEIGHT,
    data: { values: bars },
    layer: [
      {
        mark: { type: 'bar', width: { band: 0.7 } },
        encoding: {
          x,
          y: { field: 'start', type: 'quantitative', title: `Level and steps (${input.unit})`, scale: { zero: false, nice: true } },
          y2: { field: 'end' },
          color: { field: 'basis', type: 'nominal', title: null, scale: basisScale(true) },
          tooltip: [
            { field: 'name', title: 'Step' },
            { field: 'text', title: 'Value' },
            { field: 'basis', title: 'Basis' },
          ],
        },
      },
      {
        mark: { type: 'rule', color: ANNOTATION_COLOUR, strokeWidth: 2 },
        encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
      },
      {
        mark: { type: 'text', dy: -8, fontSize: 11, color: '#222222' },
        encoding: {
          x,
          y: { field: 'top', type: 'quantitative' },
          text: { field: 'text' },
        },
        transform: [{ calculate: 'max(datum.start, datum.end, isValid(datum.high) ? datum.high : datum.end)', as: 'top' }],
      },
    ],
  };
}
