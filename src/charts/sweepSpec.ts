import type { TopLevelSpec } from 'vega-lite';
import type { LayerChild, UnitEncoding } from './specTypes.js';
import type { SweepInput } from './comparisonTypes.js';
import { withNote, wrapText } from './wrapText.js';
import { PLOT_HEIGHT, PLOT_WIDTH, SERIES_PALETTE, VEGA_LITE_SCHEMA, chartConfig } from './theme.js';

/** Pixels between the plot's edges and the first and last swept values. */
const END_PADDING_PX = 12;

/** Most swept values given a tick each; more are left to the axis's own ticks. */
const MAX_SWEPT_TICKS = 12;

/** Characters per line of the x axis title, so it stays within the plot's width. */
const X_TITLE_CHARS = 56;

/** Most lines of the x axis title; a longer description is cut at a word and marked with an ellipsis. */
const X_TITLE_LINES = 3;

/**
 * The x axis title: the parameter's description (its first clause, up to a semicolon), capitalised,
 * then the label in brackets, e.g. 'Case-holding social worker posts (establishment)
 * (workforce.posts)', wrapped; the label alone when there is no description.
 */
export function sweepAxisTitle(label: string, description: string | undefined): string | string[] {
  const clause = description?.split(';')[0]?.trim() ?? '';
  if (clause === '') return label;
  const words = `${clause.charAt(0).toUpperCase()}${clause.slice(1)}`.split(/\s+/);
  const lines = wrapText(`${words.join(' ')} (${label})`, X_TITLE_CHARS);
  if (lines.length <= X_TITLE_LINES) return lines;
  // Too long: keep what fits before the label's own line, and end it with an ellipsis.
  const kept = wrapText(words.join(' '), X_TITLE_CHARS).slice(0, X_TITLE_LINES - 1);
  const last = kept.length - 1;
  kept[last] = `${(kept[last] ?? '').slice(0, X_TITLE_CHARS - 1)}…`;
  return [...kept, `(${label})`];
}

/**
 * A metric against a swept parameter: mean across replications as a line with points and its 95% CI
 * as a band, one line per series when points carry one. Series colours avoid the first scenario colours
 * so a factor level is never mistaken for a scenario. Throws on more series than the palette holds.
 */
export function sweepSpec(input: SweepInput): TopLevelSpec {
  const series = [...new Set(input.points.flatMap((p) => (p.series === undefined ? [] : [p.series])))];
  if (series.length > SERIES_PALETTE.length) {
    throw new RangeError(`sweepSpec: ${series.length} series, but the palette has ${SERIES_PALETTE.length} colours`);
  }
  const hasSeries = series.length > 0;
  // `band` repeats the series so the band's fill legend can be hidden without Vega-Lite merging it
  // into (and hiding) the line's colour legend.
  const values = input.points.map((p) => ({ ...p, series: p.series ?? '', band: p.series ?? '' }));
  const scale = { domain: series, range: SERIES_PALETTE.slice(0, series.length) };
  const single = SERIES_PALETTE[0] ?? 'black';
  // Padded, so the points at the first and last values are drawn whole: the zoom binding clips marks to the plot.
  // Ticks at the values that were run (when they are few enough to label), not at round numbers between them.
  const swept = [...new Set(input.points.map((p) => p.value))].sort((a, b) => a - b);
  const x: UnitEncoding['x'] = {
    field: 'value', type: 'quantitative', title: input.parameterLabel, scale: { zero: false, padding: END_PADDING_PX },
    axis: { title: sweepAxisTitle(input.parameterLabel, input.parameterDescription), ...(swept.length <= MAX_SWEPT_TICKS ? { values: swept } : {}) },
  };
  const color: UnitEncoding['color'] = hasSeries
    ? { field: 'series', type: 'nominal', title: input.seriesLabel ?? 'Series', scale, legend: { symbolType: 'stroke' } }
    : { value: single };
  const fill: UnitEncoding['fill'] = hasSeries ? { field: 'band', type: 'nominal', scale, legend: null } : { value: single };
  const detail: UnitEncoding['detail'] = { field: 'series', type: 'nominal' };
  const band: LayerChild = {
    mark: { type: 'area', opacity: 0.2 },
    encoding: { x, y: { field: 'ciLow', type: 'quantitative' }, y2: { field: 'ciHigh' }, fill, detail },
  };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${withNote(input.metricLabel, input.metricUnit)} against ${input.parameterLabel}, mean with 95% confidence band.`,
    title: {
      text: `What if: ${input.parameterLabel}`,
      subtitle: [`${withNote(input.metricLabel, input.metricUnit)}.`, 'Line: mean across replications; band: 95% confidence interval.'],
    },
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    config: chartConfig,
    data: { values },
    layer: [
      band,
      {
        mark: { type: 'line', strokeWidth: 2.5, point: { filled: true, size: 40 } },
        params: [{ name: 'zoom', select: 'interval', bind: 'scales' }],
        encoding: {
          x,
          // Wrapped: Vega estimates text extents, and a long rotated title would pad the chart vertically.
          y: {
            field: 'mean',
            type: 'quantitative',
            title: withNote(input.metricLabel, input.metricUnit),
            axis: { title: wrapText(withNote(input.metricLabel, input.metricUnit), 32) },
            scale: { zero: false },
          },
          color,
          detail,
          tooltip: [
            { field: 'value', title: input.parameterLabel, type: 'quantitative' },
            ...(hasSeries ? [{ field: 'series', title: input.seriesLabel ?? 'Series' }] : []),
            { field: 'mean', title: 'Mean', type: 'quantitative', format: '.2f' },
            { field: 'ciLow', title: '95% CI from', type: 'quantitative', format: '.2f' },
            { field: 'ciHigh', title: '95% CI to', type: 'quantitative', format: '.2f' },
          ],
        },
      },
    ],
  };
}
