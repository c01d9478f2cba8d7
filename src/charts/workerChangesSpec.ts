import type { TopLevelSpec } from 'vega-lite';
import type { UnitEncoding } from './specTypes.js';
import type { WorkerChangesInput } from './countTypes.js';
import { assertScenarios } from './assertScenarios.js';
import { VEGA_LITE_SCHEMA, chartConfig, scenarioColorScale } from './theme.js';
import { meanShareTitle, shareTooltip } from './shareEncodings.js';

const CHANGE_LABELS = ['0', '1', '2', '3', '4+'];

/**
 * Distribution of changes of social worker per child: grouped bars (one per scenario) of the mean
 * share across replications, with 95% CI error bars.
 */
export function workerChangesSpec(input: WorkerChangesInput): TopLevelSpec {
  assertScenarios('workerChangesSpec', input.scenarios, input.rows.map((r) => r.scenario));
  const values = input.rows.map((r) => ({ ...r, changes: String(r.changes) }));
  const x: UnitEncoding['x'] = {
    field: 'changes',
    type: 'ordinal',
    title: 'Changes of social worker per child',
    sort: CHANGE_LABELS,
    scale: { domain: CHANGE_LABELS, paddingInner: 0.25 },
    axis: { labelAngle: 0 },
  };
  const xOffset: UnitEncoding['xOffset'] = { field: 'scenario', type: 'nominal', scale: { domain: [...input.scenarios] } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Share of children by number of changes of social worker, by scenario, with 95% confidence intervals.',
    title: meanShareTitle('How often children changed social worker', 'Bar'),
    width: 480,
    height: 260,
    config: chartConfig,
    data: { values },
    encoding: { x, xOffset },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'share', type: 'quantitative', title: 'Share of children', axis: { format: '.0%' } },
          color: { field: 'scenario', type: 'nominal', title: 'Scenario', scale: scenarioColorScale(input.scenarios) },
          tooltip: [
            { field: 'scenario', title: 'Scenario' },
            { field: 'changes', title: 'Changes of social worker' },
            ...shareTooltip([['share', 'Share of children (mean)'], ['low', '95% CI from'], ['high', '95% CI to']]),
          ],
        },
      },
      {
        mark: { type: 'rule', color: '#222222', strokeWidth: 1.5 },
        encoding: { y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
      },
    ],
  };
}
