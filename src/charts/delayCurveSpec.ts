import type { TopLevelSpec } from 'vega-lite';
import type { DelayCurveInput, SurvivalPoint } from './delayTypes.js';
import { assertScenarios } from './assertScenarios.js';
import { PLOT_HEIGHT, PLOT_WIDTH, VEGA_LITE_SCHEMA, chartConfig, scenarioColorScale } from './theme.js';
import { lineAndBandRows, scenarioLineColor } from './scenarioLines.js';
import { timescaleLayers } from './timescaleLayers.js';
import type { UnitEncoding } from './specTypes.js';
import { wrapText } from './wrapText.js';
import { shareAxis, shareTooltip } from './shareEncodings.js';

/** A curve has ended once even its band's upper edge is below this share still waiting. */
const ENDED_SHARE = 0.01;
/** Title lines are wrapped at this many characters, so a long milestone name does not widen the canvas past the plot. */
const TITLE_CHARS = 62;

/**
 * The working day the x axis ends at: where every scenario's band has fallen below ENDED_SHARE (or the
 * last point, if one never does), with a tenth more room, and never before a timescale; rounded up to 5.
 */
export function curveEndWorkingDays(series: readonly { readonly points: readonly SurvivalPoint[] }[], timescaleDays: readonly number[]): number {
  const ends = series.map((s) => {
    const last = s.points.at(-1)?.t ?? 0;
    const ended = s.points.find((p, i) => s.points.slice(i).every((q) => q.high < ENDED_SHARE));
    return ended === undefined ? last : ended.t;
  });
  const dataEnd = Math.max(1, ...ends) * 1.1;
  const timescaleEnd = Math.max(0, ...timescaleDays) * 1.15;
  const gridEnd = Math.max(1, ...series.map((s) => s.points.at(-1)?.t ?? 0));
  return Math.min(Math.ceil(Math.max(dataEnd, timescaleEnd, 5) / 5) * 5, Math.max(gridEnd, ...timescaleDays));
}

/**
 * Kaplan–Meier "share still waiting" against working days, one step line per scenario (median across
 * replications) with its 95% replication band, and each timescale as a labelled dashed rule.
 * Children still waiting at the end of the run are in the curve (right-censored), not dropped.
 */
export function delayCurveSpec(input: DelayCurveInput): TopLevelSpec {
  assertScenarios('delayCurveSpec', input.scenarios, input.series.map((s) => s.scenario));
  const xMax = curveEndWorkingDays(input.series, input.milestone.timescales.map((t) => t.workingDays));
  // Points past the axis end are dropped, keeping the first one past it so the step reaches the edge.
  const values = lineAndBandRows(input.series.map((s) => {
    const beyond = s.points.findIndex((p) => p.t >= xMax);
    return { scenario: s.scenario, points: beyond < 0 ? s.points : s.points.slice(0, beyond + 1) };
  }));
  const x: UnitEncoding['x'] = { field: 't', type: 'quantitative', title: 'Working days waited', scale: { domain: [0, xMax], nice: false } };
  const color = scenarioLineColor(input.scenarios);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Share of children still waiting against working days for ${input.milestone.label}, by scenario.`,
    title: {
      text: wrapText(`How long children waited: ${input.milestone.label}`, TITLE_CHARS),
      subtitle: [
        'Line: median across replications; band: middle 95%.',
        'Includes children still waiting at the end (Kaplan–Meier).',
        ...(xMax < Math.max(...input.series.map((s) => s.points.at(-1)?.t ?? 0)) ? [`Axis ends at ${xMax} working days: past it fewer than 1% wait in every replication.`] : []),
      ],
    },
    width: PLOT_WIDTH,
    height: PLOT_HEIGHT,
    config: chartConfig,
    data: { values },
    layer: [
      {
        mark: { type: 'area', interpolate: 'step-after', opacity: 0.18, clip: true },
        encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, fill: { field: 'band', type: 'nominal', scale: scenarioColorScale(input.scenarios), legend: null } },
      },
      {
        mark: { type: 'line', interpolate: 'step-after', strokeWidth: 2.5, clip: true },
        params: [{ name: 'zoom', select: 'interval', bind: 'scales' }],
        encoding: {
          x,
          y: shareAxis('median', 'Share of children still waiting'),
          color,
          tooltip: [
            { field: 'scenario', title: 'Scenario' },
            { field: 't', title: 'Working days', type: 'quantitative' },
            ...shareTooltip([['median', 'Still waiting (median)'], ['low', '2.5th percentile'], ['high', '97.5th percentile']]),
          ],
        },
      },
      ...timescaleLayers(input.milestone.timescales, xMax),
    ],
  };
}
