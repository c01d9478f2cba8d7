import type { ExperimentSummary, MetricSummary } from '../experiment/index.js';
import { displayUnit, formatEstimate, formatMean, pointValue } from '../results/index.js';
import type { SweepDesign } from '../results/index.js';
import { withNote, wrapText } from '../charts/index.js';
import { MESSAGES } from './messages.js';
import { SHORT_LABEL_KEY, shortLabel } from './shortLabels.js';
import { DEFAULT_WIDTH, wrapParagraph } from './terminalWidth.js';
import type { Styler } from './styler.js';
import { textTable } from './textTable.js';

/** Columns from which the per-metric tables, with every interval, are shown. */
const WIDE_COLUMNS = 120;

/** A headline metric's summary at a sweep point; undefined where no replication gave a value (n/a). */
function metricAt(summary: ExperimentSummary, point: SweepDesign['points'][number], id: string): MetricSummary | undefined {
  return summary.scenarios.find((s) => s.name === point.name)?.metrics.find((m) => m.id === id);
}

/** The widest line of a laid-out table, in characters. */
const widest = (text: string): number => Math.max(...text.split('\n').map((line) => [...line].length));

/**
 * A one-axis sweep as one table: a row per headline metric (short labels), a column per point, the
 * means only; undefined when the sweep has several axes (its points need several header rows).
 */
function overview(summary: ExperimentSummary, sweep: SweepDesign): string | undefined {
  const [axis] = sweep.axes;
  if (axis === undefined || sweep.axes.length !== 1) return undefined;
  const rows = summary.definitions.metrics.filter((m) => m.headline).map((metric) => [
    shortLabel(metric.id, metric.unit, summary.definitions) ?? withNote(metric.label, displayUnit(metric.unit)),
    ...sweep.points.map((point) => {
      const found = metricAt(summary, point, metric.id);
      return { text: found === undefined ? 'n/a' : formatMean(found.interval, found.unit), align: 'right' as const };
    }),
  ]);
  return textTable([`${axis.path} =`, ...sweep.points.map((point) => String(pointValue(point, axis.path) ?? point.label))], rows);
}

/**
 * A sweep as readable text. For each headline metric, a small table with one row per point (the
 * swept values, then the mean and its 95% CI across replications), its title wrapped to `width`. On
 * a terminal too narrow for those tables to be read together (under 120 columns), a one-axis sweep
 * whose points fit across the width is shown instead as one table of means, metrics down and points
 * across, with a note on where the intervals are. Then the note on replications and seeds, wrapped to
 * the width as well.
 */
export function sweepTable(summary: ExperimentSummary, sweep: SweepDesign, style: Styler, width = DEFAULT_WIDTH): string {
  const paths = sweep.axes.map((axis) => axis.path);
  const lineWidth = Math.max(20, width - 1);
  // An n/a cell (no replication gave a value) is explained under the table, as compare's table does.
  const missing = summary.definitions.metrics.some((metric) => metric.headline && sweep.points.some((point) => metricAt(summary, point, metric.id) === undefined));
  const note = [MESSAGES.sweepNote(summary.replications, summary.seed), ...(missing ? [MESSAGES.notAvailableNote] : [])]
    .map((n) => wrapParagraph(n, width)).join('\n');
  const compact = width < WIDE_COLUMNS ? overview(summary, sweep) : undefined;
  if (compact !== undefined && widest(compact) <= lineWidth) {
    const notes = [MESSAGES.sweepOverviewNote(WIDE_COLUMNS), SHORT_LABEL_KEY].map((n) => wrapParagraph(n, width));
    return `${compact}\n\n${notes.join('\n')}\n${note}\n`;
  }
  const blocks = summary.definitions.metrics.filter((m) => m.headline).map((metric) => {
    const rows = sweep.points.map((point) => {
      const found = metricAt(summary, point, metric.id);
      return [
        ...paths.map((path) => ({ text: String(pointValue(point, path) ?? ''), align: 'right' as const })),
        found === undefined ? 'n/a' : formatEstimate(found.interval, found.unit),
      ];
    });
    const title = wrapText(withNote(metric.label, displayUnit(metric.unit)), lineWidth).map((line) => style('bold', line)).join('\n');
    return `${title}\n${textTable([...paths, 'mean (95% CI)'], rows)}`;
  });
  return `${blocks.join('\n\n')}\n\n${note}\n`;
}
