import type { TopLevelSpec } from 'vega-lite';
import type { DelayHistogramInput } from './delayTypes.js';
import { assertScenarios } from './assertScenarios.js';
import { PLOT_WIDTH, VEGA_LITE_SCHEMA, chartConfig, scenarioColorScale } from './theme.js';
import { timescaleLayers } from './timescaleLayers.js';
import { shareTooltip } from './shareEncodings.js';

/**
 * Histogram of completed delays for one milestone, one panel per scenario (stacked, sharing both
 * axes) rather than overlaid, with each timescale as a labelled dashed rule in every panel. An
 * open-ended last bin is labelled "N+" above its bar and named in the subtitle, so its bar is not
 * read as a bin of that width.
 */
export function delayHistogramSpec(input: DelayHistogramInput): TopLevelSpec {
  assertScenarios('delayHistogramSpec', input.scenarios, input.series.map((s) => s.scenario));
  const values = input.series.flatMap((s) => s.bins.map((b) => ({ scenario: s.scenario, ...b })));
  const yMax = Math.min(1, 1.25 * Math.max(0.01, ...values.map((v) => v.share)));
  const xMax = Math.max(1, ...values.map((v) => v.upper), ...input.milestone.timescales.map((t) => t.workingDays));
  const open = values.find((v) => v.openEnded === true);
  const subtitle = ['Completed waits; mean share per bin across replications.', 'Bins differ in width (DfE bands); heights are shares.'];
  if (open !== undefined) subtitle.push(`The last bar (${open.lower}+) holds every wait of ${open.lower} working days or more.`);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Histogram of working days for ${input.milestone.label}, one panel per scenario.`,
    title: {
      text: `Spread of waits: ${input.milestone.label}`,
      subtitle,
    },
    config: chartConfig,
    data: { values },
    facet: {
      row: {
        field: 'scenario',
        type: 'nominal',
        title: null,
        sort: [...input.scenarios],
        header: { labelAngle: 0, labelOrient: 'top', labelAnchor: 'start', labelAlign: 'left' },
      },
    },
    spec: {
      width: PLOT_WIDTH,
      height: 140,
      layer: [
        {
          mark: { type: 'bar', stroke: 'white', strokeWidth: 0.5 },
          encoding: {
            x: { field: 'lower', type: 'quantitative', title: 'Working days', scale: { domain: [0, xMax], nice: false } },
            x2: { field: 'upper' },
            // Headroom above the tallest bar keeps the timescale label clear of the bars.
            y: { field: 'share', type: 'quantitative', title: 'Share of children', axis: { format: '.0%' }, scale: { domainMax: yMax } },
            y2: { datum: 0 },
            color: { field: 'scenario', type: 'nominal', scale: scenarioColorScale(input.scenarios), legend: null },
            tooltip: [
              { field: 'scenario', title: 'Scenario' },
              { field: 'lower', title: 'From (working days)', type: 'quantitative' },
              { field: 'upper', title: 'To (working days)', type: 'quantitative' },
              ...shareTooltip([['share', 'Share of children']]),
            ],
          },
        },
        {
          transform: [{ filter: 'datum.openEnded === true' }, { calculate: '(datum.lower + datum.upper) / 2', as: 'middle' }, { calculate: "datum.lower + '+'", as: 'openLabel' }],
          mark: { type: 'text', dy: -7, fontSize: 11 },
          encoding: {
            x: { field: 'middle', type: 'quantitative' },
            y: { field: 'share', type: 'quantitative' },
            text: { field: 'openLabel', type: 'nominal' },
          },
        },
        ...timescaleLayers(input.milestone.timescales, xMax, ['scenario']),
      ],
    },
  };
}
