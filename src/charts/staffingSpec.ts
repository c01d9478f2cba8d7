import type { TopLevelSpec } from 'vega-lite';
import type { StaffingInput, StaffingPoint } from './countTypes.js';
import { assertScenarios } from './assertScenarios.js';
import { VEGA_LITE_SCHEMA, chartConfig } from './theme.js';
import { scenarioLineColor } from './scenarioLines.js';

/** Panel titles and y-axis titles, in panel order, for each workforce measure counted at a date. */
const MEASURES: readonly { key: keyof Omit<StaffingPoint, 'date'>; title: string; yTitle: string }[] = [
  { key: 'permanent', title: 'Permanent social workers in post (median)', yTitle: 'Social workers' },
  { key: 'agency', title: 'Agency social workers in post (median)', yTitle: 'Social workers' },
  { key: 'vacancies', title: 'Vacant posts (median)', yTitle: 'Posts' },
];

// Leavers count every social worker who goes, as summary.csv's "leaving per year (incl. agency)":
// permanent staff who leave and agency workers whose assignment ends.
// In two lines: on one, the title would widen its column.
const leaversTitleLines = (weeks: number): string[] => [`Leavers per ${weeks} weeks, permanent and agency`, '(mean across replications)'];
const LEAVERS_Y_TITLE = 'Social workers leaving';

/** Panels per row. */
const COLUMNS = 2;

/**
 * Workforce over time as four small multiples, one line per scenario: permanent, agency and vacant
 * posts (median across replications at each weekly count) and leavers per period, permanent and agency
 * (an agency assignment's end counts), as a mean across replications (a median of small counts moves
 * in half-leaver steps). Each panel has its own y scale, so small counts stay legible, and its own y
 * title (vacancies are posts, not social workers). Throws on a leavers period under one week.
 */
export function staffingSpec(input: StaffingInput): TopLevelSpec {
  assertScenarios('staffingSpec', input.scenarios, input.series.map((s) => s.scenario));
  if (!(input.leaverPeriodWeeks >= 1)) throw new RangeError(`staffingSpec: leaverPeriodWeeks must be at least 1, got ${input.leaverPeriodWeeks}`);
  const leaversLines = leaversTitleLines(input.leaverPeriodWeeks);
  const leavers = leaversLines.join(' ');
  const values = input.series.flatMap((s) => [
    ...s.points.flatMap((p) => MEASURES.map((m) => ({ scenario: s.scenario, date: p.date, measure: m.title, value: p[m.key] }))),
    ...s.leavers.map((p) => ({ scenario: s.scenario, date: p.date, measure: leavers, value: Math.round(p.mean * 100) / 100 })),
  ]);
  const panels: { title: string; lines: string | string[]; yTitle: string }[] = [
    ...MEASURES.map((m) => ({ title: m.title, lines: m.title, yTitle: m.yTitle })),
    { title: leavers, lines: leaversLines, yTitle: LEAVERS_Y_TITLE },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: 'Permanent and agency social workers in post, vacant posts and leavers (permanent and agency) over time, by scenario.',
    title: {
      text: 'Social workers in post, vacancies and leavers',
      subtitle: [
        'In post and vacant: median across replications of the weekly count.',
        'Leavers: permanent and agency social workers (an agency assignment ending counts),',
        `mean across replications of those leaving in each ${input.leaverPeriodWeeks}-week period.`,
      ],
    },
    config: chartConfig,
    data: { values },
    columns: COLUMNS,
    // Concatenated rather than faceted, so each panel has its own y title.
    concat: panels.map((panel, i) => ({
      title: { text: panel.lines, fontSize: 12, fontWeight: 'normal', anchor: 'start', offset: 6 },
      transform: [{ filter: { field: 'measure', equal: panel.title } }],
      width: 270,
      height: 150,
      mark: { type: 'line', strokeWidth: 2 },
      encoding: {
        x: { field: 'date', type: 'temporal', title: i >= panels.length - COLUMNS ? 'Date' : null, scale: { type: 'utc' }, axis: { format: '%b %Y', tickCount: 4 } },
        y: { field: 'value', type: 'quantitative', title: panel.yTitle, scale: { zero: true } },
        color: scenarioLineColor(input.scenarios),
        tooltip: [
          { field: 'scenario', title: 'Scenario' },
          { field: 'measure', title: 'Measure' },
          { field: 'date', title: 'Date', type: 'temporal', timeUnit: 'utcyearmonthdate', format: '%d %b %Y' },
          { field: 'value', title: 'Value', type: 'quantitative' },
        ],
      },
    })),
  };
}
