import { stripVTControlCharacters } from 'node:util';
import { changeVerdict, withNote, wrapText } from '../charts/index.js';
import type { ExperimentSummary, MetricSummary } from '../experiment/index.js';
import { displayUnit, formatEstimate, formatMean, headroomLines, steadyStateLines } from '../results/index.js';
import { MESSAGES } from './messages.js';
import { SHORT_LABEL_KEY, shortLabel } from './shortLabels.js';
import type { Styler } from './styler.js';
import { textTable } from './textTable.js';
import { wrapParagraph } from './terminalWidth.js';
import type { TextCell } from './textTable.js';

const VERDICT_WORDS = { better: 'better', worse: 'worse', unclear: 'no clear change' } as const;

/** Fewer replications than this get a warning under the table: their intervals are too rough to quote. */
export const FEW_REPLICATIONS = 5;

/** One headline metric: its names, and per scenario and per comparison its summary. */
interface HeadlineRow {
  label: string;
  short: string | undefined;
  unit: string;
  better: 'lower' | 'higher' | 'neither';
  estimates: (MetricSummary | undefined)[];
  differences: (MetricSummary | undefined)[];
}

/**
 * How much a layout shows. wide: full labels, a unit column, every mean with its CI, every change
 * with its CI; standard: short labels (unit in the label) and the same numbers; changes: short
 * labels, the means, and each change with its CI; compact: short labels, the means and each change
 * with its verdict, no intervals.
 */
type Detail = 'wide' | 'standard' | 'changes' | 'compact';

function differenceCell(diff: MetricSummary | undefined, better: HeadlineRow['better'], style: Styler, withCi: boolean): TextCell {
  if (diff === undefined) return { text: 'n/a' };
  const { interval } = diff;
  const arrow = interval.mean > 0 ? '▲ ' : interval.mean < 0 ? '▼ ' : '  ';
  const estimate = `${arrow}${withCi ? formatEstimate(interval, diff.unit, true) : formatMean(interval, diff.unit, true)}`;
  if (better === 'neither' || !interval.ciAvailable) return { text: estimate };
  if (interval.min === 0 && interval.max === 0) return { text: `${estimate} no change`, shown: `${estimate} ${style('dim', 'no change')}` };
  const verdict = changeVerdict(interval, better);
  const word = VERDICT_WORDS[verdict];
  const colour = verdict === 'better' ? 'green' : verdict === 'worse' ? 'red' : 'dim';
  return { text: `${estimate} ${word}`, shown: `${estimate} ${style(colour, word)}` };
}

function estimateCell(found: MetricSummary | undefined, withCi: boolean): TextCell {
  if (found === undefined) return { text: 'n/a' };
  return { text: withCi ? formatEstimate(found.interval, found.unit) : formatMean(found.interval, found.unit), align: withCi ? 'left' : 'right' };
}

/** How scenario columns are headed: by name, by name without a prefix all share ("solihull-"), or by letter (A, B, …). */
type Heads = 'names' | 'trimmed' | 'letters';

/** Column heads for the scenarios in the given style; 'trimmed' keeps the names when the cut would leave one empty or two equal. */
export function scenarioHeads(names: readonly string[], heads: Heads): string[] {
  if (heads === 'letters') return names.map((_, i) => letter(i));
  if (heads === 'names' || names.length < 2) return [...names];
  const first = names[0] ?? '';
  let prefix = first;
  for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const cut = Math.max(prefix.lastIndexOf('-'), prefix.lastIndexOf('_')) + 1;
  const trimmed = names.map((n) => n.slice(cut));
  return trimmed.every((h) => h !== '') && new Set(trimmed).size === trimmed.length ? trimmed : [...names];
}

/** A, B, …, Z, then A2, B2, …. */
const letter = (i: number): string => `${String.fromCharCode(65 + (i % 26))}${i >= 26 ? Math.floor(i / 26) + 1 : ''}`;

function rowLabel(row: HeadlineRow, detail: Detail): string {
  if (detail === 'wide' || row.short === undefined) return detail === 'wide' ? row.label : withNote(row.label, displayUnit(row.unit));
  return row.short;
}

function renderTable(summary: ExperimentSummary, rows: readonly HeadlineRow[], detail: Detail, headStyle: Heads, style: Styler): string {
  const heads = scenarioHeads(summary.scenarios.map((s) => s.name), headStyle);
  const headOf = (name: string) => heads[summary.scenarios.findIndex((s) => s.name === name)] ?? name;
  const withCi = detail === 'wide' || detail === 'standard';
  const header = [
    detail === 'wide' ? 'Metric' : 'Measure',
    ...(detail === 'wide' ? ['Unit'] : []),
    ...heads.map((h) => (detail === 'wide' ? `${h}: mean (95% CI)` : h)),
    ...summary.comparisons.map((c) => `${headOf(c.comparison)} − ${headOf(c.baseline)}`),
  ];
  const body = rows.map((row): TextCell[] => [
    { text: rowLabel(row, detail) },
    ...(detail === 'wide' ? [{ text: displayUnit(row.unit) }] : []),
    ...row.estimates.map((e) => estimateCell(e, withCi)),
    ...row.differences.map((d) => differenceCell(d, row.better, style, detail !== 'compact')),
  ]);
  const [head = '', ...rest] = textTable(header, body).split('\n');
  return [style('bold', head), ...rest].join('\n');
}

/** The last resort for a very narrow terminal: one short block per metric, each scenario and change on its own line. */
function renderBlocks(summary: ExperimentSummary, rows: readonly HeadlineRow[], style: Styler, width: number): string {
  const names = [...summary.scenarios.map((s) => s.name), ...summary.comparisons.map((c) => `${c.comparison} − ${c.baseline}`)];
  const nameWidth = Math.max(...names.map((n) => [...n].length));
  return rows.map((row) => {
    const cells = [...row.estimates.map((e) => estimateCell(e, true)), ...row.differences.map((d) => differenceCell(d, row.better, style, true))];
    return [
      ...wrapText(rowLabel(row, 'standard'), width).map((l) => style('bold', l)),
      ...cells.map((cell, i) => `  ${(names[i] ?? '').padEnd(nameWidth)}  ${cell.shown ?? cell.text}`),
    ].join('\n');
  }).join('\n\n');
}

const widest = (text: string): number => Math.max(...text.split('\n').map((line) => [...stripVTControlCharacters(line)].length));

function headlineRows(summary: ExperimentSummary): HeadlineRow[] {
  return summary.definitions.metrics.filter((m) => m.headline).map((metric): HeadlineRow => ({
    label: metric.label,
    short: shortLabel(metric.id, metric.unit, summary.definitions),
    unit: metric.unit,
    better: metric.better,
    estimates: summary.scenarios.map((s) => s.metrics.find((m) => m.id === metric.id)),
    differences: summary.comparisons.map((c) => c.differences.find((d) => d.id === metric.id)),
  }));
}

const LAYOUTS: readonly [Detail, Heads][] = (['wide', 'standard', 'changes', 'compact'] as const).flatMap((detail) =>
  detail === 'wide' ? [[detail, 'names'] as [Detail, Heads]] : (['names', 'trimmed', 'letters'] as const).map((heads): [Detail, Heads] => [detail, heads]));

/** The richest table layout of the summary that fits `width`, with its title, or undefined when none does. */
function fittedTable(summary: ExperimentSummary, style: Styler, width: number, wrap: (text: string) => string): { detail: Detail; text: string } | undefined {
  const rows = headlineRows(summary);
  for (const [detail, heads] of LAYOUTS) {
    const table = renderTable(summary, rows, detail, heads, style);
    if (widest(table) > width) continue;
    const names = summary.scenarios.map((s, i) => (heads === 'letters' ? `${letter(i)} ${s.name}` : s.name));
    const title = detail === 'wide' ? [] : [style('bold', wrap(MESSAGES.headlineTitle(names, summary.replications, detail)))];
    return { detail, text: [...title, table].join('\n') };
  }
  return undefined;
}

/** The summary of one comparison alone: its baseline, the scenario compared, and their paired changes. */
function pairSummary(summary: ExperimentSummary, comparison: ExperimentSummary['comparisons'][number]): ExperimentSummary {
  const scenarios = summary.scenarios.filter((s) => s.name === comparison.baseline || s.name === comparison.comparison);
  return { ...summary, scenarios, comparisons: [comparison] };
}

/** Each headline estimate that rests on fewer replications than the run has, as "label (scenario: n)". */
function fewerReplications(summary: ExperimentSummary): string[] {
  return headlineRows(summary).flatMap((row) => {
    const short = summary.scenarios.flatMap((s, i) => {
      const n = row.estimates[i]?.interval.n;
      return n !== undefined && n < summary.replications ? [`${s.name}: ${n}`] : [];
    });
    return short.length === 0 ? [] : [`${row.short ?? row.label} (${short.join(', ')})`];
  });
}

/**
 * The headline metrics (the summary's metric definitions with `headline`) as a table that fits
 * `width` columns: the richest layout that fits of wide (full labels, every CI), standard (short
 * labels, every CI), changes (short labels, means, changes with their CIs) and compact (means and
 * changes without CIs); with three or more scenarios that do not fit, one table per comparison;
 * else one block per metric. Each change is the paired difference with ▲/▼ and, where its CI
 * excludes zero, 'better' or 'worse' from the metric's `better` direction (never colour alone).
 * Notes under the table say how to read it, wrapped to the width, with a warning when there are
 * fewer than 5 replications.
 */
export function headlineTable(summary: ExperimentSummary, style: Styler, width = Number.POSITIVE_INFINITY): string {
  const wrap = (paragraph: string) => wrapParagraph(paragraph, width);
  let chosen: { detail: Detail | 'blocks'; text: string } | undefined = fittedTable(summary, style, width, wrap);
  if (chosen === undefined && summary.comparisons.length > 1) {
    const pairs = summary.comparisons.map((c) => fittedTable(pairSummary(summary, c), style, width, wrap));
    const fitted = pairs.filter((p) => p !== undefined);
    if (fitted.length === pairs.length) {
      const detail = fitted.some((p) => p.detail === 'compact') ? 'compact' : fitted.some((p) => p.detail === 'changes') ? 'changes' : 'standard';
      chosen = { detail, text: fitted.map((p) => p.text).join('\n\n') };
    }
  }
  chosen ??= { detail: 'blocks', text: renderBlocks(summary, headlineRows(summary), style, width) };
  const paired = summary.comparisons.length > 0;
  const missing = headlineRows(summary).some((row) => [...row.estimates, ...row.differences].some((cell) => cell === undefined));
  const gaps = fewerReplications(summary);
  const notes = [
    MESSAGES.headlineNote(summary.replications, summary.seed, paired),
    ...(missing ? [MESSAGES.notAvailableNote] : []),
    ...(gaps.length > 0 ? [MESSAGES.fewerReplicationsNote(summary.replications, gaps)] : []),
    chosen.detail === 'compact' ? MESSAGES.headlineCompactNote : chosen.detail === 'changes' ? MESSAGES.headlineChangesNote : MESSAGES.headlineCiNote,
    ...(chosen.detail === 'wide' ? [] : [SHORT_LABEL_KEY]),
    ...(summary.replications < FEW_REPLICATIONS ? [MESSAGES.fewReplications(summary.replications, FEW_REPLICATIONS)] : []),
    ...steadyStateLines(summary),
    ...headroomLines(summary),
  ];
  // A blank line after the notes sets apart what the run says next (where the results went).
  return [chosen.text, '', ...notes.map(wrap), '', ''].join('\n');
}
