import type { TopLevelSpec } from 'vega-lite';
import type { UnitEncoding } from './specTypes.js';
import type { WithinTargetInput } from './delayTypes.js';
import { assertScenarios } from './assertScenarios.js';
import { wrapText } from './wrapText.js';
import { meanShareTitle, shareAxis, shareTooltip } from './shareEncodings.js';
import { PLOT_WIDTH, VEGA_LITE_SCHEMA, chartConfig, scenarioColorScale } from './theme.js';

/**
 * Share of children reaching each milestone within its timescale: one dot per scenario (mean across
 * replications) with its 95% CI, milestones as rows in input order, x from 0 to 100%.
 */
export function withinTargetSpec(input: WithinTargetInput): TopLevelSpec {
  assertScenarios('withinTargetSpec', input.scenarios, input.rows.map((r) => r.scenario));
  const values = input.rows.map((r) => ({
    ...r,
    // Multi-line axis label: the milestone wrapped, then its timescale (split again by the axis labelExpr).
    row: [...wrapText(r.label, 30), `within ${r.targetWorkingDays} working ${r.targetWorkingDays === 1 ? 'day' : 'days'}`].join('\n'),
  }));
  const rows = [...new Set(values.map((v) => v.row))];
  const y: UnitEncoding['y'] = {
    field: 'row',
    type: 'nominal',
    title: null,
    sort: rows,
    axis: { labelExpr: "split(datum.label, '\\n')", labelLineHeight: 14, labelPadding: 8 },
  };
  const yOffset: UnitEncoding['yOffset'] = { field: 'scenario', type: 'nominal', scale: { domain: [...input.scenarios], paddingOuter: 0.3 } };
  const color: UnitEncoding['color'] = { field: 'scenario', type: 'nominal', title: 'Scenario', scale: scenarioColorScale(input.scenarios) };
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Share of children reaching each milestone within its timescale, by scenario, with 95% confidence intervals.',
    title: meanShareTitle('How often timescales were met', 'Dot'),
    width: PLOT_WIDTH - 120,
    height: rows.length * 64,
    config: chartConfig,
    data: { values },
    encoding: { y, yOffset, color },
    layer: [
      {
        mark: { type: 'rule', strokeWidth: 2 },
        encoding: { x: { field: 'ciLow', type: 'quantitative' }, x2: { field: 'ciHigh' } },
      },
      {
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: {
          x: shareAxis('mean', 'Share of children within the timescale'),
          tooltip: [
            { field: 'label', title: 'Milestone' },
            { field: 'scenario', title: 'Scenario' },
            ...shareTooltip([['mean', 'Within timescale (mean)'], ['ciLow', '95% CI from'], ['ciHigh', '95% CI to']]),
          ],
        },
      },
    ],
  };
}
