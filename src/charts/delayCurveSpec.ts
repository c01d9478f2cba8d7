import type { TopLevelSpec } from 'vega-lite';
import type { DelayCurveInput } from './types.js';
import { assertScenarios } from './assertScenarios.js';
import { PLOT_HEIGHT, PLOT_WIDTH, VEGA_LITE_SCHEMA, chartConfig, scenarioColorScale } from './theme.js';
import { lineAndBandRows, scenarioLineColor } from './scenarioLines.js';
import { timescaleLayers } from './timescaleLayers.js';
import type { UnitEncoding } from './specTypes.js';

/**
 * Kaplan–Meier "share still waiting" against working days, one step line per scenario (median across
 * replications) with its 95% replication band, and each timescale as a labelled dashed rule.
 * Children still waiting at the end of the run are in the curve (right-censored), not dropped.
 */
export function delayCurveSpec(input: DelayCurveInput): TopLevelSpec {
  assertScenarios('delayCurveSpec', input.scenarios, input.series.map((s) => s.scenario));
  const values = lineAndBandRows(input.series);
  const xMax = Math.max(1, ...values.map((v) => v.t), ...input.milestone.timescales.map((t) => t.workingDays));
  const x: UnitEncoding['x'] = { field: 't', type: 'quantitative', title: 'Working days waited', scale: { domain: [0, xMax], nice: false } };
  const color = scenarioLineColor(input.scenarios);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Share of children still waiting against working days for ${input.milestone.label}, by scenario.`,
    title: {
      text: `How long children waited: ${input.milestone.label}`,
      subtitle: [
        'Line: median across replications; band: middle 95%.',
        'Includes children still waiting at the end (Kaplan–Meier).',
      ],
    },
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    config: chartConfig,
    data: { values },
    layer: [
      {
        mark: { type: 'area', interpolate: 'step-after', opacity: 0.18 },
        encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, fill: { field: 'band', type: 'nominal', scale: scenarioColorScale(input.scenarios), legend: null } },
      },
      {
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2.5 },
        params: [{ name: 'zoom', select: 'interval', bind: 'scales' }],
        encoding: {
          x,
          y: {
            field: 'median',
            type: 'quantitative',
            title: 'Share of children still waiting',
            scale: { domain: [0, 1] },
            axis: { format: '.0%' },
          },
          color,
          tooltip: [
            { field: 'scenario', title: 'Scenario' },
            { field: 't', title: 'Working days', type: 'quantitative' },
            { field: 'median', title: 'Still waiting (median)', type: 'quantitative', format: '.1%' },
            { field: 'low', title: '2.5th percentile', type: 'quantitative', format: '.1%' },
            { field: 'high', title: '97.5th percentile', type: 'quantitative', format: '.1%' },
          ],
        },
      },
      ...timescaleLayers(input.milestone.timescales, xMax),
    ],
  };
}
