import type { ExperimentSummary } from '../experiment/index.js';
import { displayUnit, formatEstimate, pointValue } from '../results/index.js';
import type { SweepDesign } from '../results/index.js';
import { withNote, wrapText } from '../charts/index.js';
import { MESSAGES } from './messages.js';
import { DEFAULT_WIDTH } from './terminalWidth.js';
import type { Styler } from './styler.js';
import { textTable } from './textTable.js';

/**
 * A sweep as readable text: for each headline metric, a small table with one row per point (the
 * swept values, then the mean and its 95% CI across replications), its title wrapped to `width`;
 * then the note on replications and seeds, wrapped to the width as well.
 */
export function sweepTable(summary: ExperimentSummary, sweep: SweepDesign, style: Styler, width = DEFAULT_WIDTH): string {
  const paths = sweep.axes.map((axis) => axis.path);
  const lineWidth = Math.max(20, width - 1);
  const blocks = summary.definitions.metrics.filter((m) => m.headline).map((metric) => {
    const rows = sweep.points.map((point) => {
      const found = summary.scenarios.find((s) => s.name === point.name)?.metrics.find((m) => m.id === metric.id);
      return [
        ...paths.map((path) => ({ text: String(pointValue(point, path) ?? ''), align: 'right' as const })),
        found === undefined ? 'n/a' : formatEstimate(found.interval, found.unit),
      ];
    });
    const title = wrapText(withNote(metric.label, displayUnit(metric.unit)), lineWidth).map((line) => style('bold', line)).join('\n');
    return `${title}\n${textTable([...paths, 'mean (95% CI)'], rows)}`;
  });
  const note = wrapText(MESSAGES.sweepNote(summary.replications, summary.seed), lineWidth).join('\n');
  return `${blocks.join('\n\n')}\n\n${note}\n`;
}
