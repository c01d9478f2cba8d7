import type { UnitEncoding } from './specTypes.js';
import { scenarioColorScale } from './theme.js';

/** The colour channel of a chart with one line per scenario: the palette colour by run order, shown as a stroke in the legend. */
export function scenarioLineColor(scenarios: readonly string[]): NonNullable<UnitEncoding['color']> {
  return { field: 'scenario', type: 'nominal', title: 'Scenario', scale: scenarioColorScale(scenarios), legend: { symbolType: 'stroke' } };
}

/** Dash pattern of each scenario's line by run order (the first solid), one per palette colour. */
const SCENARIO_DASHES: readonly (readonly number[])[] = [[1, 0], [8, 5], [2, 3], [12, 4, 2, 4], [5, 2], [1, 5], [16, 4]];

/**
 * The stroke-dash channel of a chart with one line per scenario: a dash pattern by run order, so a line
 * drawn over another (both at 0, say) leaves the one below showing through its gaps. Shares the colour
 * channel's field and title, so the two make one legend.
 */
export function scenarioLineDash(scenarios: readonly string[]): NonNullable<UnitEncoding['strokeDash']> {
  const { domain } = scenarioColorScale(scenarios);
  return { field: 'scenario', type: 'nominal', title: 'Scenario', scale: { domain, range: SCENARIO_DASHES.slice(0, domain.length).map((d) => [...d]) } };
}

/**
 * Flattens per-scenario points into rows for a line with a band. `band` repeats the scenario so the
 * band's fill legend can be hidden without Vega-Lite merging it into (and hiding) the line's colour legend.
 */
export function lineAndBandRows<P extends object>(series: readonly { readonly scenario: string; readonly points: readonly P[] }[]): (P & { scenario: string; band: string })[] {
  return series.flatMap((s) => s.points.map((p) => ({ scenario: s.scenario, band: s.scenario, ...p })));
}
