import type { TopLevelSpec } from 'vega-lite';
import type { LayerChild, UnitEncoding } from './specTypes.js';
import type { FanChartInput } from './countTypes.js';
import { assertScenarios } from './assertScenarios.js';
import { PLOT_HEIGHT, PLOT_WIDTH, VEGA_LITE_SCHEMA, chartConfig, scenarioColorScale } from './theme.js';
import { lineAndBandRows, scenarioLineColor, scenarioLineDash } from './scenarioLines.js';

/**
 * A count over time per scenario as a fan: the mean across replications as a line (what the tables
 * average; a median of a queue that most replications do not have sits at 0), the middle 50%
 * (25th–75th percentile) as a darker band and the middle 90% (5th–95th) as a lighter one, lines over
 * bands. Each scenario's line has its own dash pattern as well as colour, so a line drawn over another
 * leaves it showing. Dates are read and labelled in UTC, so the chart does not shift with the
 * machine's time zone.
 */
export function fanChartSpec(input: FanChartInput): TopLevelSpec {
  assertScenarios('fanChartSpec', input.scenarios, input.series.map((s) => s.scenario));
  const values = lineAndBandRows(input.series);
  const x: UnitEncoding['x'] = { field: 'date', type: 'temporal', title: 'Date', scale: { type: 'utc' }, axis: { format: '%b %Y' } };
  const color = scenarioLineColor(input.scenarios);
  const limits = input.limits ?? [];
  for (const limit of limits) {
    if (!input.scenarios.includes(limit.scenario)) throw new RangeError(`fanChartSpec: limit for unknown scenario ${JSON.stringify(limit.scenario)}`);
  }
  const limitColour = color;
  // Each limit as a dotted rule (dashes tell the scenarios' lines apart) with its label above the right end, in the scenario's colour.
  const limitLayers: LayerChild[] = limits.length === 0 ? [] : [
    { data: { values: limits }, mark: { type: 'rule', strokeDash: [2, 3], strokeWidth: 2 }, encoding: { y: { field: 'value', type: 'quantitative' }, color: limitColour } },
    {
      data: { values: limits },
      mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, fontSize: 11, fontWeight: 'bold' },
      encoding: { x: { value: PLOT_WIDTH - 4 }, y: { field: 'value', type: 'quantitative' }, text: { field: 'label' }, color: limitColour },
    },
  ];
  const band = (low: string, high: string, opacity: number): LayerChild => ({
    mark: { type: 'area', opacity },
    encoding: { x, y: { field: low, type: 'quantitative' }, y2: { field: high }, fill: { field: 'band', type: 'nominal', scale: scenarioColorScale(input.scenarios), legend: null } },
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `${input.title} over time by scenario: mean across replications with bands of the middle 50% and 90% of replications.`,
    title: {
      text: input.title,
      subtitle: [
        'Line: mean across replications (a dash pattern per scenario).',
        'Bands: middle 50% (darker) and 90% (lighter) of replications.',
        ...(input.periodNote === undefined ? [] : [input.periodNote]),
        ...(limits.length === 0 ? [] : ['Dotted: a limit of the model, which the count cannot pass.']),
      ],
    },
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    config: chartConfig,
    data: { values },
    layer: [
      band('p05', 'p95', 0.12),
      band('p25', 'p75', 0.25),
      {
        mark: { type: 'line', strokeWidth: 2.5 },
        params: [{ name: 'zoom', select: 'interval', bind: 'scales' }],
        encoding: {
          x,
          y: { field: 'mean', type: 'quantitative', title: input.yTitle, scale: limits.length === 0 ? { zero: true } : { zero: true, domain: { unionWith: [0, Math.max(...limits.map((l) => l.value)) * 1.12] } } },
          color,
          strokeDash: scenarioLineDash(input.scenarios),
          tooltip: [
            { field: 'scenario', title: 'Scenario' },
            { field: 'date', title: 'Date', type: 'temporal', timeUnit: 'utcyearmonthdate', format: '%d %b %Y' },
            { field: 'mean', title: 'Mean', type: 'quantitative', format: '.2f' },
            { field: 'p50', title: 'Median', type: 'quantitative' },
            { field: 'p25', title: '25th percentile', type: 'quantitative' },
            { field: 'p75', title: '75th percentile', type: 'quantitative' },
            { field: 'p05', title: '5th percentile', type: 'quantitative' },
            { field: 'p95', title: '95th percentile', type: 'quantitative' },
          ],
        },
      },
      ...limitLayers,
    ],
  };
}
