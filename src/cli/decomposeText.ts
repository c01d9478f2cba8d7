import type { LabelledChange, LabelledGroup, MetricDecomposition } from '../experiment/index.js';
import { decompositionReading, decompositionTable, formatInterval, metricDisplay } from '../experiment/index.js';
import { textTable } from './textTable.js';

/** The text outputs of `frontdoor decompose`: the terminal table, the CSV rows and decompose.md. */

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

export function terminalTable(r: MetricDecomposition, groups: readonly LabelledGroup[]): string {
  const display = metricDisplay(r.metric);
  const withShapley = r.groups.some((g) => g.shapley !== undefined);
  const withEach = r.groups.some((g) => g.alone !== undefined);
  const rows = r.groups.map((g) => [g.name, groups[g.group]?.basis ?? '',
    ...(withEach ? [formatInterval(g.alone, display), formatInterval(g.allBut, display)] : []), formatInterval(g.step, display),
    ...(withShapley ? [formatInterval(g.shapley, display)] : [])]);
  rows.push(['total', '', ...(withEach ? ['', ''] : []), formatInterval(r.total, display), ...(withShapley ? [formatInterval(r.total, display)] : [])]);
  const title = `${r.metric.label} (${display.differenceUnit}; mean, 95% CI)`;
  const header = ['Group', 'Basis', ...(withEach ? ['Alone', 'All but'] : []), 'Step on the path', ...(withShapley ? ['Shapley'] : [])];
  return `${title}\n${textTable(header, rows)}`;
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
