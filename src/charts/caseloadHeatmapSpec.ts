import type { TopLevelSpec } from 'vega-lite';
import type { LayerChild, UnitEncoding } from './specTypes.js';
import type { CaseloadCell, CaseloadHeatmapInput } from './countTypes.js';
import { VEGA_LITE_SCHEMA, chartConfig } from './theme.js';

const DAY_MS = 86_400_000;
/** Light to dark blue for caseloads up to the cap; the lightest is still visible against a blank (vacant) cell. */
const UNDER_CAP_RANGE = ['#d6e6f4', '#08306b'];
/** Vermillion (Okabe–Ito) for caseloads above the cap: distinct from the blues for all common colour-vision deficiencies. */
const ABOVE_CAP_COLOUR = '#D55E00';
/** Row height in pixels while all rows fit in MAX_HEIGHT. */
const ROW_STEP = 16;
/** The plot is never taller than this: with many workers (agency churn) the rows get thinner instead. */
const MAX_HEIGHT = 640;
/** Below this row height the worker labels would overlap, so they are left out (the tooltip names each row). */
const LABELLED_STEP = 11;

/** Worker labels ordered by the first period they hold a caseload (ties and never-in-post rows keep input order, last). */
function workersByStart(cells: readonly CaseloadCell[]): string[] {
  const first = new Map<string, string>();
  const order: string[] = [];
  for (const cell of cells) {
    if (!order.includes(cell.worker)) order.push(cell.worker);
    const seen = first.get(cell.worker);
    if (cell.caseload !== null && (seen === undefined || cell.weekStart < seen)) first.set(cell.worker, cell.weekStart);
  }
  const key = (worker: string): string => first.get(worker) ?? '\uffff';
  return order
    .map((worker, index) => ({ worker, index }))
    .sort((a, b) => (key(a.worker) < key(b.worker) ? -1 : key(a.worker) > key(b.worker) ? 1 : a.index - b.index))
    .map((w) => w.worker);
}

/**
 * Caseload per social worker per period for one replication: workers as rows sorted by start, blank
 * where the post is vacant, blues up to the cap and vermillion above it. Throws on a non-positive
 * cap or period length.
 */
export function caseloadHeatmapSpec(input: CaseloadHeatmapInput): TopLevelSpec {
  if (!(input.cap > 0)) throw new RangeError(`caseloadHeatmapSpec: cap must be positive, got ${input.cap}`);
  if (!(input.periodDays > 0)) throw new RangeError(`caseloadHeatmapSpec: periodDays must be positive, got ${input.periodDays}`);
  const aboveCap = `Above the cap (more than ${input.cap})`;
  const values = input.cells
    .filter((c) => c.caseload !== null)
    .map((c) => ({
      worker: c.worker,
      start: c.weekStart,
      end: new Date(Date.parse(c.weekStart) + input.periodDays * DAY_MS).toISOString().slice(0, 10),
      caseload: c.caseload,
      band: aboveCap,
      // Screen-reader text per cell; written here because Vega would format the period end in local time.
      description: `${c.worker}, period starting ${c.weekStart}: ${c.caseload} children`,
    }));
  const x: UnitEncoding['x'] = { field: 'start', type: 'temporal', title: 'Period starting', scale: { type: 'utc' }, axis: { format: '%b %Y' } };
  const rows = workersByStart(input.cells.filter((c) => c.caseload !== null));
  const step = Math.min(ROW_STEP, MAX_HEIGHT / Math.max(1, rows.length));
  const y: UnitEncoding['y'] = step >= LABELLED_STEP
    ? { field: 'worker', type: 'nominal', title: 'Social worker', sort: rows }
    : { field: 'worker', type: 'nominal', title: `Social workers (${rows.length}, one row each)`, sort: rows, axis: { labels: false, ticks: false } };
  const anyAbove = values.some((v) => (v.caseload ?? 0) > input.cap);
  const tooltip: UnitEncoding['tooltip'] = [
    { field: 'worker', title: 'Social worker' },
    { field: 'start', title: 'Period starting', type: 'temporal', timeUnit: 'utcyearmonthdate', format: '%d %b %Y' },
    { field: 'caseload', title: 'Caseload (children)', type: 'quantitative' },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Caseload per social worker over time in ${input.scenario}, replication ${input.replication}; cap ${input.cap} children.`,
    title: {
      text: `Caseload per social worker: ${input.scenario}`,
      subtitle: [
        `Replication ${input.replication} (numbered from 0, as in journeys.csv). Cap: ${input.cap} children${anyAbove ? '; above it in orange-red' : ''}.`,
        'Blank: post vacant or worker not in post.',
        'Rows in order of start date.',
      ],
    },
    width: 560,
    height: rows.length * ROW_STEP <= MAX_HEIGHT ? { step: ROW_STEP } : MAX_HEIGHT,
    config: chartConfig,
    data: { values },
    layer: [
      {
        transform: [{ filter: `datum.caseload <= ${input.cap}` }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: step >= LABELLED_STEP ? 0.5 : 0 },
        encoding: {
          x,
          x2: { field: 'end' },
          y,
          description: { field: 'description' },
          color: {
            field: 'caseload',
            type: 'quantitative',
            title: 'Caseload (children)',
            scale: { domain: [0, input.cap], range: UNDER_CAP_RANGE },
            legend: { gradientLength: 200 },
          },
          tooltip,
        },
      },
      ...(!anyAbove ? [] : [{
        transform: [{ filter: `datum.caseload > ${input.cap}` }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: step >= LABELLED_STEP ? 0.5 : 0 },
        encoding: {
          x,
          x2: { field: 'end' },
          y,
          description: { field: 'description' },
          color: { field: 'band', type: 'nominal', title: null, scale: { domain: [aboveCap], range: [ABOVE_CAP_COLOUR] } },
          tooltip,
        },
      } satisfies LayerChild]),
    ],
    resolve: { scale: { color: 'independent' } },
  };
}
