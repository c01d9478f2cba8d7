import type { UnitEncoding } from './specTypes.js';
import { scenarioColorScale } from './theme.js';

/** The colour channel of a chart with one line per scenario: the palette colour by run order, shown as a stroke in the legend. */
export function scenarioLineColor(scenarios: readonly string[]): NonNullable<UnitEncoding['color']> {
  return { field: 'scenario', type: 'nominal', title: 'Scenario', scale: scenarioColorScale(scenarios), legend: { symbolType: 'stroke' } };
}

/**
 * Flattens per-scenario points into rows for a line with a band. `band` repeats the scenario so the
 * band's fill legend can be hidden without Vega-Lite merging it into (and hiding) the line's colour legend.
 */
export function lineAndBandRows<P extends object>(series: readonly { readonly scenario: string; readonly points: readonly P[] }[]): (P & { scenario: string; band: string })[] {
  return series.flatMap((s) => s.points.map((p) => ({ scenario: s.scenario, band: s.scenario, ...p })));
}
