import type { TopLevelSpec } from 'vega-lite';
import type { StaffingInput, StaffingPoint } from './types.js';
import { assertScenarios } from './assertScenarios.js';
import { VEGA_LITE_SCHEMA, chartConfig } from './theme.js';
import { scenarioLineColor } from './scenarioLines.js';

/** Panel titles, in panel order, for each workforce measure. */
const MEASURES: readonly { key: keyof Omit<StaffingPoint, 'date'>; title: string }[] = [
  { key: 'permanent', title: 'Permanent social workers in post' },
  { key: 'agency', title: 'Agency social workers in post' },
  { key: 'vacancies', title: 'Vacant posts' },
  { key: 'leavers', title: 'Leavers since the previous point' },
];

/**
 * Workforce over time as four small multiples (permanent, agency, vacancies, leavers), one line per
 * scenario (median across replications); each panel has its own y scale so small counts stay legible.
 */
export function staffingSpec(input: StaffingInput): TopLevelSpec {
  assertScenarios('staffingSpec', input.scenarios, input.series.map((s) => s.scenario));
  const values = input.series.flatMap((s) =>
    s.points.flatMap((p) => MEASURES.map((m) => ({ scenario: s.scenario, date: p.date, measure: m.title, value: p[m.key] }))),
  );
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Permanent and agency social workers in post, vacant posts and leavers over time, by scenario.',
    title: { text: 'Social workers in post, vacancies and leavers', subtitle: 'Median across replications.' },
    config: chartConfig,
    data: { values },
    columns: 2,
    facet: {
      field: 'measure',
      type: 'nominal',
      title: null,
      sort: MEASURES.map((m) => m.title),
      header: { labelAnchor: 'start', labelFontWeight: 'normal' },
    },
    spec: {
      width: 270,
      height: 150,
      mark: { type: 'line', strokeWidth: 2, point: { size: 14 } },
      encoding: {
        x: { field: 'date', type: 'temporal', title: 'Date', scale: { type: 'utc' }, axis: { format: '%b %Y', tickCount: 4 } },
        y: { field: 'value', type: 'quantitative', title: 'Number (median)', scale: { zero: true } },
        color: scenarioLineColor(input.scenarios),
        tooltip: [
          { field: 'scenario', title: 'Scenario' },
          { field: 'measure', title: 'Measure' },
          { field: 'date', title: 'Date', type: 'temporal', timeUnit: 'utcyearmonthdate', format: '%d %b %Y' },
          { field: 'value', title: 'Median', type: 'quantitative' },
        ],
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}
