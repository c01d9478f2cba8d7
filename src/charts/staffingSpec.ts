import type { TopLevelSpec } from 'vega-lite';
import type { StaffingInput, StaffingPoint } from './countTypes.js';
import { assertScenarios } from './assertScenarios.js';
import { VEGA_LITE_SCHEMA, chartConfig } from './theme.js';
import { scenarioLineColor } from './scenarioLines.js';

/** Panel titles, in panel order, for each workforce measure counted at a date. */
const MEASURES: readonly { key: keyof Omit<StaffingPoint, 'date'>; title: string }[] = [
  { key: 'permanent', title: 'Permanent social workers in post (median)' },
  { key: 'agency', title: 'Agency social workers in post (median)' },
  { key: 'vacancies', title: 'Vacant posts (median)' },
];

const leaversTitle = (weeks: number): string => `Leavers per ${weeks} weeks (mean across replications)`;

/**
 * Workforce over time as four small multiples, one line per scenario: permanent, agency and vacant
 * posts (median across replications at each weekly count) and leavers per period (mean across
 * replications, labelled as such: a median of small counts moves in half-leaver steps). Each panel
 * has its own y scale so small counts stay legible. Throws on a leavers period under one week.
 */
export function staffingSpec(input: StaffingInput): TopLevelSpec {
  assertScenarios('staffingSpec', input.scenarios, input.series.map((s) => s.scenario));
  if (!(input.leaverPeriodWeeks >= 1)) throw new RangeError(`staffingSpec: leaverPeriodWeeks must be at least 1, got ${input.leaverPeriodWeeks}`);
  const leavers = leaversTitle(input.leaverPeriodWeeks);
  const values = input.series.flatMap((s) => [
    ...s.points.flatMap((p) => MEASURES.map((m) => ({ scenario: s.scenario, date: p.date, measure: m.title, value: p[m.key] }))),
    ...s.leavers.map((p) => ({ scenario: s.scenario, date: p.date, measure: leavers, value: Math.round(p.mean * 100) / 100 })),
  ]);
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Permanent and agency social workers in post, vacant posts and leavers over time, by scenario.',
    title: {
      text: 'Social workers in post, vacancies and leavers',
      subtitle: ['In post and vacant: median across replications of the weekly count.', `Leavers: mean across replications of those leaving in each ${input.leaverPeriodWeeks}-week period.`],
    },
    config: chartConfig,
    data: { values },
    columns: 2,
    facet: {
      field: 'measure',
      type: 'nominal',
      title: null,
      sort: [...MEASURES.map((m) => m.title), leavers],
      header: { labelAnchor: 'start', labelFontWeight: 'normal' },
    },
    spec: {
      width: 270,
      height: 150,
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x: { field: 'date', type: 'temporal', title: 'Date', scale: { type: 'utc' }, axis: { format: '%b %Y', tickCount: 4 } },
        y: { field: 'value', type: 'quantitative', title: 'Social workers', scale: { zero: true } },
        color: scenarioLineColor(input.scenarios),
        tooltip: [
          { field: 'scenario', title: 'Scenario' },
          { field: 'measure', title: 'Measure' },
          { field: 'date', title: 'Date', type: 'temporal', timeUnit: 'utcyearmonthdate', format: '%d %b %Y' },
          { field: 'value', title: 'Value', type: 'quantitative' },
        ],
      },
    },
    resolve: { scale: { y: 'independent' } },
  };
}
