import type { TopLevelSpec } from 'vega-lite';
import type { UnitEncoding } from './specTypes.js';
import type { CaseloadCell, CaseloadHeatmapInput } from './types.js';
import { VEGA_LITE_SCHEMA, chartConfig } from './theme.js';

const DAY_MS = 86_400_000;
/** Light to dark blue for caseloads up to the cap; the lightest is still visible against a blank (vacant) cell. */
const UNDER_CAP_RANGE = ['#d6e6f4', '#08306b'];
/** Vermillion (Okabe–Ito) for caseloads above the cap: distinct from the blues for all common colour-vision deficiencies. */
const ABOVE_CAP_COLOUR = '#D55E00';

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
  const x: UnitEncoding['x'] = { field: 'start', type: 'temporal', title: 'Period starting', scale: { type: 'utc' }, axis: { format: '%d %b %Y' } };
  const y: UnitEncoding['y'] = { field: 'worker', type: 'nominal', title: 'Social worker', sort: workersByStart(input.cells) };
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
        `Replication ${input.replication}. Cap: ${input.cap} children; above it in orange-red.`,
        'Blank: post vacant or worker not in post.',
        'Rows in order of start date.',
      ],
    },
    width: 560,
    height: { step: 16 },
    config: chartConfig,
    data: { values },
    layer: [
      {
        transform: [{ filter: `datum.caseload <= ${input.cap}` }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: 0.5 },
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
      {
        transform: [{ filter: `datum.caseload > ${input.cap}` }],
        mark: { type: 'rect', stroke: 'white', strokeWidth: 0.5 },
        encoding: {
          x,
          x2: { field: 'end' },
          y,
          description: { field: 'description' },
          color: { field: 'band', type: 'nominal', title: null, scale: { domain: [aboveCap], range: [ABOVE_CAP_COLOUR] } },
          tooltip,
        },
      },
    ],
    resolve: { scale: { color: 'independent' } },
  };
}
