import { changeVerdict } from '../charts/index.js';
import type { ExperimentSummary, MetricSummary } from '../experiment/index.js';
import { displayUnit, formatEstimate, headroomLines, steadyStateLines } from '../results/index.js';
import { MESSAGES } from './messages.js';
import type { Styler } from './styler.js';
import { textTable } from './textTable.js';
import type { TextCell } from './textTable.js';

const VERDICT_WORDS = { better: 'better', worse: 'worse', unclear: 'no clear change' } as const;

function differenceCell(diff: MetricSummary | undefined, better: 'lower' | 'higher' | 'neither', style: Styler): TextCell {
  if (diff === undefined) return { text: 'n/a' };
  const arrow = diff.interval.mean > 0 ? '▲ ' : diff.interval.mean < 0 ? '▼ ' : '  ';
  const estimate = `${arrow}${formatEstimate(diff.interval, diff.unit, true)}`;
  if (better === 'neither' || !diff.interval.ciAvailable) return { text: estimate };
  const verdict = changeVerdict(diff.interval, better);
  const word = VERDICT_WORDS[verdict];
  const colour = verdict === 'better' ? 'green' : verdict === 'worse' ? 'red' : 'dim';
  return { text: `${estimate} ${word}`, shown: `${estimate} ${style(colour, word)}` };
}

function blocks(header: readonly string[], rows: readonly TextCell[][], style: Styler): string {
  const names = header.slice(2).map((h) => h.replace(/: mean \(95% CI\)$/, ''));
  const width = Math.max(...names.map((n) => n.length));
  return rows
    .map(([label, unit, ...values]) => [
      style('bold', `${label?.text ?? ''} (${unit?.text ?? ''})`),
      ...values.map((cell, i) => `  ${(names[i] ?? '').padEnd(width)}  ${cell.shown ?? cell.text}`),
    ].join('\n'))
    .join('\n\n');
}

/**
 * The headline metrics (the summary's metric definitions with `headline`) as a readable table: label, unit, each scenario's
 * mean with its 95% CI and, for each comparison, the paired difference with ▲/▼ and, where the CI
 * excludes zero, 'better' or 'worse' from the metric's `better` direction (never colour alone).
 * When the table is wider than `width` columns, each metric becomes a short block instead.
 */
export function headlineTable(summary: ExperimentSummary, style: Styler, width = Number.POSITIVE_INFINITY): string {
  const scenarios = summary.scenarios;
  const header = [
    'Metric',
    'Unit',
    ...scenarios.map((s) => `${s.name}: mean (95% CI)`),
    ...summary.comparisons.map((c) => `${c.comparison} − ${c.baseline}`),
  ];
  const rows = summary.definitions.metrics.filter((m) => m.headline).map((metric): TextCell[] => {
    const perScenario = scenarios.map((s): TextCell => {
      const found = s.metrics.find((m) => m.id === metric.id);
      return { text: found === undefined ? 'n/a' : formatEstimate(found.interval, found.unit) };
    });
    const diffs = summary.comparisons.map((c) => differenceCell(c.differences.find((d) => d.id === metric.id), metric.better, style));
    return [{ text: metric.label }, { text: displayUnit(metric.unit) }, ...perScenario, ...diffs];
  });
  const missing = rows.some((row) => row.some((cell) => cell.text === 'n/a'));
  const note = [
    MESSAGES.headlineNote(summary.replications, summary.seed, summary.comparisons.length > 0), ...(missing ? [MESSAGES.notAvailableNote] : []),
    ...steadyStateLines(summary), ...headroomLines(summary),
  ].join('\n');
  const table = textTable(header, rows);
  const fits = Math.max(...table.split('\n').map((line) => [...line].length)) <= width;
  if (!fits) return `${blocks(header, rows, style)}\n\n${note}\n`;
  const [head = '', ...body] = table.split('\n');
  return [style('bold', head), ...body, '', note, ''].join('\n');
}
