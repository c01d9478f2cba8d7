import type { TopLevelSpec } from 'vega-lite';
import type { LayerChild } from './specTypes.js';
import type { FlowDiagramInput, FlowNode, FlowRun } from './flowTypes.js';
import { assertScenarios } from './assertScenarios.js';
import { formatNumber } from './formatNumber.js';
import { ANNOTATION_COLOUR, VEGA_LITE_SCHEMA, chartConfig, scenarioColorScale } from './theme.js';

/** Horizontal distance between the left edges of two columns, in pixels. */
const COLUMN_STEP = 250;
/** Width of a node's bar, in pixels. */
const NODE_WIDTH = 14;
/** Height the largest column of any run is drawn at (counts are to one scale across runs, so sizes compare). */
const TALLEST = 300;
/** Vertical gap between nodes in a column, in pixels. */
const GAP = 26;
/** Room right of the last column for its labels, in pixels. */
const LABEL_ROOM = 250;
/** Room left of the first column, whose labels sit left of their bars (right of them would lie on the bands). */
const LEFT_ROOM = 130;

interface Placed extends FlowNode { x: number; y: number; height: number }

/** Nodes stacked top-down in their columns, heights proportional to count at `pxPerCount` (at least 2 px so none vanishes). */
function placeNodes(nodes: readonly FlowNode[], pxPerCount: number): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  const next = new Map<number, number>();
  for (const node of nodes) {
    const y = next.get(node.column) ?? 0;
    const height = Math.max(2, node.count * pxPerCount);
    placed.set(node.id, { ...node, x: LEFT_ROOM + node.column * COLUMN_STEP, y, height });
    next.set(node.column, y + height + GAP);
  }
  return placed;
}

/** Each link as a band from its source's right edge to its target's left edge, stacked within both in input order. */
function placeLinks(run: FlowRun, placed: ReadonlyMap<string, Placed>, pxPerCount: number) {
  const outUsed = new Map<string, number>();
  const inUsed = new Map<string, number>();
  return run.links.map((link) => {
    const from = placed.get(link.from);
    const to = placed.get(link.to);
    if (from === undefined || to === undefined) throw new RangeError(`flowDiagramSpec: link ${link.from} → ${link.to} in ${run.scenario} names an unknown node`);
    const width = link.count * pxPerCount;
    const y = from.y + (outUsed.get(link.from) ?? 0) + width / 2;
    const y2 = to.y + (inUsed.get(link.to) ?? 0) + width / 2;
    outUsed.set(link.from, (outUsed.get(link.from) ?? 0) + width);
    inUsed.set(link.to, (inUsed.get(link.to) ?? 0) + width);
    return { x: from.x + NODE_WIDTH, y, x2: to.x, y2, width: Math.max(1, width), scenario: run.scenario, text: `${from.label} → ${to.label}: ${formatNumber(link.count, 0, false)}` };
  });
}

function runView(run: FlowRun, pxPerCount: number, scenarios: readonly string[], plotHeight: number, plotWidth: number) {
  const placed = placeNodes(run.nodes, pxPerCount);
  const links = placeLinks(run, placed, pxPerCount);
  const nodes = [...placed.values()].map((n) => ({
    ...n, x2: n.x + NODE_WIDTH, y2: n.y + n.height, mid: n.y + n.height / 2, scenario: run.scenario,
    text: `${n.label}: ${formatNumber(n.count, 0, false)}`,
  }));
  const x = { type: 'quantitative' as const, scale: { domain: [0, plotWidth], nice: false, zero: false }, axis: null };
  const y = { type: 'quantitative' as const, scale: { domain: [0, plotHeight], nice: false, zero: false, reverse: true }, axis: null };
  const colour = { field: 'scenario', type: 'nominal', scale: scenarioColorScale(scenarios), legend: null } as const;
  const layer: LayerChild[] = [
    {
      data: { values: links },
      mark: { type: 'rule', opacity: 0.3, strokeCap: 'butt' },
      encoding: {
        x: { field: 'x', ...x }, y: { field: 'y', ...y }, x2: { field: 'x2' }, y2: { field: 'y2' },
        size: { field: 'width', type: 'quantitative', scale: null, legend: null },
        color: colour,
        tooltip: [{ field: 'text', title: 'Flow' }],
      },
    },
    {
      data: { values: nodes },
      mark: { type: 'rect', color: ANNOTATION_COLOUR },
      encoding: { x: { field: 'x', ...x }, x2: { field: 'x2' }, y: { field: 'y', ...y }, y2: { field: 'y2' }, tooltip: [{ field: 'text', title: 'Count' }] },
    },
    {
      data: { values: nodes.filter((n) => n.column > 0) },
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 5, fontSize: 12, color: '#1a1a1a' },
      encoding: { x: { field: 'x2', ...x }, y: { field: 'mid', ...y }, text: { field: 'text' } },
    },
    {
      data: { values: nodes.filter((n) => n.column === 0) },
      mark: { type: 'text', align: 'right', baseline: 'middle', dx: -5, fontSize: 12, color: '#1a1a1a' },
      encoding: { x: { field: 'x', ...x }, y: { field: 'mid', ...y }, text: { field: 'text' } },
    },
  ];
  return {
    title: { text: `${run.scenario}: replication ${run.replication}, ${run.start} to ${run.end}`, subtitle: run.notes.length === 0 ? '' : [...run.notes], fontSize: 13, anchor: 'start' as const },
    width: plotWidth,
    height: plotHeight,
    layer,
  };
}

/**
 * The front door of one run per scenario as a flow diagram: columns of nodes (contacts, then the
 * screening decision, the route, the outcome) as bars whose heights are proportional to their counts,
 * joined by bands as wide as the flow between them, each labelled with its count. Every run uses the
 * same scale, so bars compare across scenarios. Notes (counts that are not a split of one node, such as
 * re-referrals) go under each run's title. Throws on a link to an unknown node.
 */
export function flowDiagramSpec(input: FlowDiagramInput): TopLevelSpec {
  assertScenarios('flowDiagramSpec', input.scenarios, input.runs.map((r) => r.scenario));
  const columnTotals = input.runs.flatMap((run) => {
    const totals = new Map<number, { count: number; nodes: number }>();
    for (const n of run.nodes) {
      const t = totals.get(n.column) ?? { count: 0, nodes: 0 };
      totals.set(n.column, { count: t.count + n.count, nodes: t.nodes + 1 });
    }
    return [...totals.values()];
  });
  const largest = Math.max(1, ...columnTotals.map((t) => t.count));
  const pxPerCount = TALLEST / largest;
  const plotHeight = TALLEST + GAP * Math.max(0, ...columnTotals.map((t) => t.nodes - 1)) + 4;
  const columns = Math.max(1, ...input.runs.flatMap((r) => r.nodes.map((n) => n.column + 1)));
  const plotWidth = LEFT_ROOM + (columns - 1) * COLUMN_STEP + NODE_WIDTH + LABEL_ROOM;
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Flow of children through the front door in one run of ${input.scenarios.join(', ')}: contacts, decisions, referrals, routes and outcomes with their counts.`,
    title: {
      text: 'The front door in one run: from contact to outcome',
      subtitle: [
        'Bars and bands are proportional to the number of contacts or referrals (the same scale for every scenario).',
        'Counts of the measured window of one replication; the headline figures are means over all replications.',
        'Not referred: closed or sent to early help at screening, added to a case already open, or awaiting a decision at the end.',
      ],
    },
    config: { ...chartConfig, view: { stroke: null } },
    spacing: 36,
    vconcat: input.runs.map((run) => runView(run, pxPerCount, input.scenarios, plotHeight, plotWidth)),
  };
}
