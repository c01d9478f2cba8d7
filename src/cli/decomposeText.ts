import type { LabelledChange, LabelledGroup, MetricDecomposition } from '../experiment/index.js';
import { decompositionReading, decompositionTable, formatInterval, formatIntervalMean, intervalInWords, metricDisplay } from '../results/index.js';
import { withNote } from '../charts/index.js';
import { FEW_REPLICATIONS } from './headlineTable.js';
import { MESSAGES } from './messages.js';
import { wrapParagraph } from './terminalWidth.js';
import { textTable } from './textTable.js';

/** The text outputs of `frontdoor decompose`: the terminal table, the CSV rows and decompose.md. */

/** Default replications of a decomposition: every configuration runs them, so it is a third of run's. */
export const DECOMPOSE_REPLICATIONS = 10;

function valueText(value: unknown): string {
  return value === undefined ? '(not set)' : JSON.stringify(value);
}

/** The changes of every group as a Markdown table, with each side's label. */
export function changesTable(groups: readonly LabelledGroup[], fromName: string, toName: string): string {
  const rows = groups.flatMap((g) => g.labelled.map((c) => {
    const label = (l: LabelledChange['fromLabel']) => (l === undefined ? 'no label' : `${l.kind}: ${l.note}`);
    return `| ${g.name} | \`${c.path}\` | ${valueText(c.from)} | ${valueText(c.to)} | ${c.basis} | ${label(c.fromLabel)} | ${label(c.toLabel)} |`;
  }));
  return [`| Group | Parameter | ${fromName} | ${toName} | Basis | ${fromName} label | ${toName} label |`, '| --- | --- | --- | --- | --- | --- | --- |', ...rows]
    .map((line) => line.replace(/\n/g, ' ')).join('\n');
}

export function csvRows(results: readonly MetricDecomposition[], groups: readonly LabelledGroup[]): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const push = (metric: string, group: string, basis: string, effect: string, i: MetricDecomposition['total']) => {
    if (i !== undefined) rows.push([metric, group, basis, effect, i.mean, i.ciLow, i.ciHigh, i.n]);
  };
  for (const r of results) {
    push(r.metric.id, '', '', 'from', r.from);
    push(r.metric.id, '', '', 'to', r.to);
    push(r.metric.id, '', '', 'total', r.total);
    push(r.metric.id, '', '', 'interaction', r.interaction);
    for (const g of r.groups) {
      const basis = groups[g.group]?.basis ?? '';
      push(r.metric.id, g.name, basis, 'alone', g.alone);
      push(r.metric.id, g.name, basis, 'allBut', g.allBut);
      push(r.metric.id, g.name, basis, 'step', g.step);
      push(r.metric.id, g.name, basis, 'shapley', g.shapley);
    }
  }
  return rows;
}

/** How much a decompose table shows: every effect with its 95% CI, or the means alone. */
type Detail = 'intervals' | 'means';

/** One metric's decomposition as a table of the groups' effects (header, rule, a row per group and the total). */
function effectsTable(r: MetricDecomposition, groups: readonly LabelledGroup[], detail: Detail): string {
  const display = metricDisplay(r.metric);
  const effect = (i: MetricDecomposition['total']) => (detail === 'intervals' ? formatInterval(i, display) : formatIntervalMean(i, display));
  const withShapley = r.groups.some((g) => g.shapley !== undefined);
  const withEach = r.groups.some((g) => g.alone !== undefined);
  const rows = r.groups.map((g) => [g.name, groups[g.group]?.basis ?? '',
    ...(withEach ? [effect(g.alone), effect(g.allBut)] : []), effect(g.step), ...(withShapley ? [effect(g.shapley)] : [])]);
  rows.push(['total', '', ...(withEach ? ['', ''] : []), effect(r.total), ...(withShapley ? [effect(r.total)] : [])]);
  const header = ['Group', 'Basis', ...(withEach ? ['Alone', 'All but'] : []), 'Step on the path', ...(withShapley ? ['Shapley'] : [])];
  return textTable(header, rows);
}

/** The last resort for a very narrow terminal: per group a line with its basis, then each effect with its CI on a line of its own. */
function effectsBlocks(r: MetricDecomposition, groups: readonly LabelledGroup[], width: number): string {
  const display = metricDisplay(r.metric);
  // `alone: −6.0 (the same in every replication)`, not `alone: all replications: −6.0`.
  const named = (name: string, i: MetricDecomposition['total']) => (i === undefined ? [] : wrapParagraph(`${name}: ${intervalInWords(i, display)}`, width - 2).split('\n').map((l) => `  ${l}`));
  return [
    ...r.groups.flatMap((g) => [
      wrapParagraph(`${g.name} (${groups[g.group]?.basis ?? ''})`, width),
      ...named('alone', g.alone), ...named('all but', g.allBut), ...named('step on the path', g.step), ...named('Shapley', g.shapley),
    ]),
    'total', ...named('change', r.total),
  ].join('\n');
}

const widest = (text: string): number => Math.max(...text.split('\n').map((line) => [...line].length));

/** What the note under decompose's tables says: the order the groups were added in, the run's size and seed, and where the reading is. */
export interface DecomposeNote {
  order: readonly string[];
  replications: number;
  seed: string;
  /** The output folder as the user gave it (or its default). */
  shown: string;
}

/**
 * decompose's answer on the terminal, fitted to `width`: per metric its title and a table of the
 * groups' effects with their 95% CIs; where a table is too wide, the means alone (a note says how
 * wide a terminal shows the CIs, and where else to read them); where even that is too wide, a few
 * lines per group. Then the note on the order, replications and seed, with a warning when there are
 * fewer than 5 replications (as compare gives). Titles and notes wrap to the width.
 */
export function terminalText(results: readonly MetricDecomposition[], groups: readonly LabelledGroup[], note: DecomposeNote, width = Number.POSITIVE_INFINITY): string {
  const withCis = results.map((r) => effectsTable(r, groups, 'intervals'));
  const means = results.map((r) => effectsTable(r, groups, 'means'));
  const detail: Detail | 'blocks' = withCis.every((t) => widest(t) <= width) ? 'intervals' : means.every((t) => widest(t) <= width) ? 'means' : 'blocks';
  const tables = results.map((r, i) => {
    const display = metricDisplay(r.metric);
    const title = wrapParagraph(withNote(r.metric.label, `${display.differenceUnit}; ${detail === 'means' ? 'mean' : 'mean, 95% CI'}`), width);
    const body = detail === 'intervals' ? withCis[i] : detail === 'means' ? means[i] : effectsBlocks(r, groups, width);
    return `${title}\n${body ?? ''}`;
  }).join('\n\n');
  const notes = [
    `Groups added in the order ${note.order.join(' → ')}; ${note.replications} paired replications, seed ${note.seed}. Reading: ${note.shown}/decompose.md`,
    ...(detail === 'means'
      ? [`Widen the terminal to ${Math.max(...withCis.map(widest))} columns to see the 95% CI of each effect, or read decompose.md or decompose.csv in ${note.shown}.`]
      : []),
    ...(note.replications < FEW_REPLICATIONS ? [MESSAGES.fewReplications(note.replications, FEW_REPLICATIONS, 'configuration', DECOMPOSE_REPLICATIONS)] : []),
  ];
  return `${tables}\n\n${notes.map((n) => wrapParagraph(n, width)).join('\n')}\n`;
}


export function chartId(metricId: string): string {
  return metricId.replace(/[^A-Za-z0-9]+/g, '-');
}

/** decompose.md: what was compared, the changes with their labels, and per metric a reading, a table and the charts. */
export function readingFile(
  results: readonly MetricDecomposition[], groups: readonly LabelledGroup[], fromName: string, toName: string,
  order: readonly string[], seed: string, replications: number, charts: readonly string[],
): string {
  const parts = [
    `# What changed ${fromName} into ${toName}`,
    '',
    `The differences between the two resolved scenarios, in ${groups.length} groups. Each configuration ran the same ${replications} replications ` +
      `(seed ${seed}), so every effect below is a paired difference: the mean over replications with its 95% confidence interval. ` +
      '"Alone": the group applied to the first scenario. "All but": the second scenario minus the second without the group. ' +
      `"Step on the path": the change when the group is added after those before it in the order ${order.join(' → ')}; the steps add up to the total. ` +
      'A Shapley value averages the step over every order. A group is "evidence" only when every change in it has a source at both ends (the labels in the scenario files); otherwise "assumption".',
    '',
    '## The changes',
    '',
    changesTable(groups, fromName, toName),
  ];
  for (const r of results) {
    const id = chartId(r.metric.id);
    parts.push('', `## ${r.metric.label}`, '', decompositionReading(r, groups, fromName, toName, order), '', decompositionTable(r, groups));
    const drawn = charts.filter((c) => c.endsWith(`-${id}`)).map((c) => `![${c}](charts/${c}.png)`);
    if (drawn.length > 0) parts.push('', ...drawn);
  }
  return `${parts.join('\n')}\n`;
}
