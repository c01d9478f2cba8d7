import type { TopLevelSpec } from 'vega-lite';
import type { LayerChild, UnitEncoding } from './specTypes.js';
import type { DifferenceInput } from './comparisonTypes.js';
import { VERDICT_LABELS, changeVerdict } from './changeVerdict.js';
import { formatNumber } from './formatNumber.js';
import { ANNOTATION_COLOUR, VEGA_LITE_SCHEMA, VERDICT_COLOURS, chartConfig } from './theme.js';
import { withNote, wrapText } from './wrapText.js';

/** Plot width of every unit's panel, in pixels. */
const PANEL_WIDTH = 300;
/** Height of one metric's row, in pixels per comparison (room for a two-line label). */
const ROW_STEP = 30;
/** Characters per line of a metric label on the y axis. */
const LABEL_CHARS = 50;
/** Pixels per line of a y label. */
const LINE_HEIGHT = 14;
/** Decimal places of a difference in the verdict column, by its size. */
const decimals = (x: number): number => (Math.abs(x) >= 10 ? 0 : Math.abs(x) >= 1 ? 1 : 2);

/** Share of a panel's span added beyond the data at each end, so no dot or interval meets the frame. */
const DOMAIN_PAD = 0.06;
/** About how many ticks a panel's axis gets. */
const TICK_TARGET = 5;

/**
 * The x domain of one panel: every mean and whole interval of its rows, and 0 (no change), padded by
 * DOMAIN_PAD of the span at each end; [-1, 1] when every value is 0.
 */
function differenceDomain(rows: readonly { mean: number; ciLow: number; ciHigh: number }[]): [number, number] {
  const values = [0, ...rows.flatMap((r) => [r.mean, r.ciLow, r.ciHigh])].filter(Number.isFinite);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high > low ? (high - low) * DOMAIN_PAD : 1;
  return [low - pad, high + pad];
}

/** Pixels a tick label of `chars` characters is taken to need, as Vega estimates text (0.8 em a character at 11 px) plus a gap. */
const labelPixels = (chars: number): number => chars * 0.8 * 11 + 8;

/** Characters of a tick label as the axis writes it: sign, thousands separators, decimals. */
function labelChars(value: number, decimals: number): number {
  const digits = Math.abs(value).toFixed(decimals);
  const whole = digits.split('.')[0] ?? '';
  return digits.length + Math.floor((whole.length - 1) / 3) + (value < 0 ? 1 : 0);
}

/**
 * Tick values for a domain: multiples of a round step (1, 2 or 5 × a power of ten) giving about
 * TICK_TARGET ticks, so 0 is a tick whenever the domain holds it (as it always does here); the step
 * grows until the labels fit apart, since the axis would otherwise hide every other label, 0 maybe among them.
 */
function differenceTicks([low, high]: readonly [number, number]): number[] {
  const rough = (high - low) / TICK_TARGET;
  let power = 10 ** Math.floor(Math.log10(rough));
  // The thresholds d3's ticks use: the multiple nearest the rough step on a log scale.
  const error = rough / power;
  const multiples = [1, 2, 5];
  let m = error >= Math.sqrt(50) ? 3 : error >= Math.sqrt(10) ? 2 : error >= Math.sqrt(2) ? 1 : 0;
  for (;;) {
    if (m === 3) { m = 0; power *= 10; }
    const step = (multiples[m] ?? 1) * power;
    const decimals = Math.max(0, -Math.floor(Math.log10(step)));
    const ticks: number[] = [];
    for (let k = Math.ceil(low / step); k <= Math.floor(high / step); k++) ticks.push(Number((k * step).toFixed(decimals)) + 0);
    const widest = Math.max(...ticks.map((t) => labelChars(t, decimals)));
    if (ticks.length <= 2 || (step / (high - low)) * PANEL_WIDTH >= labelPixels(widest)) return ticks;
    m++;
  }
}

/** The verdict of a difference that is exactly 0 in every replication. */
const NO_CHANGE = 'No change';

/**
 * Paired differences (comparison − baseline) of several metrics in one chart, grouped by unit: one
 * panel per unit, so metrics that share a unit share a scale and read against each other. Each
 * metric is a row: the mean as a dot, its 95% CI as a line, zero as a dashed rule, and beside it the
 * verdict in words with the mean (colour is never the only cue). With several compared scenarios,
 * each metric's row holds one line per scenario, told apart by the dot's shape. Throws on a row whose
 * comparison is not listed.
 */
export function differenceSpec(input: DifferenceInput): TopLevelSpec {
  for (const r of input.rows) {
    if (!input.comparisons.includes(r.comparison)) throw new RangeError(`differenceSpec: row "${r.label}" is for ${JSON.stringify(r.comparison)}, which is not among the comparisons`);
  }
  const several = input.comparisons.length > 1;
  const values = input.rows.map((r) => {
    // A difference of exactly 0 in every replication (mean and interval 0) is no change at all, as the tables say.
    const verdict = r.ciLow === 0 && r.ciHigh === 0 ? NO_CHANGE : VERDICT_LABELS[changeVerdict(r, r.better)];
    const d = verdict === NO_CHANGE ? 0 : decimals(Math.max(Math.abs(r.ciLow), Math.abs(r.ciHigh)));
    return {
      ...r,
      verdict,
      // The y label: the metric wrapped, then which way is better; '\n' is split by the axis labelExpr.
      metric: wrapText(withNote(r.label, `${r.better} is better`), LABEL_CHARS).join('\n'),
      group: r.unit,
      note: `${verdict} ${formatNumber(r.mean, d, true)}${several ? ` (${r.comparison})` : ''}`,
    };
  });
  const units = [...new Set(values.map((v) => v.group))];
  // A row is tall enough for its longest label and, with several comparisons, a line per scenario.
  const rowStep = (lines: readonly number[]): number =>
    Math.max(ROW_STEP * (several ? 0.75 * input.comparisons.length : 1), Math.max(0, ...lines) * LINE_HEIGHT + 8);
  const anyNoChange = values.some((v) => v.verdict === NO_CHANGE);
  const verdictScale = {
    domain: [VERDICT_LABELS.better, VERDICT_LABELS.worse, VERDICT_LABELS.unclear, ...(anyNoChange ? [NO_CHANGE] : [])],
    range: [VERDICT_COLOURS.better, VERDICT_COLOURS.worse, VERDICT_COLOURS.unclear, ...(anyNoChange ? [VERDICT_COLOURS.unclear] : [])],
  };
  const y: UnitEncoding['y'] = {
    field: 'metric', type: 'nominal', title: null, sort: null,
    axis: { labelExpr: "split(datum.label, '\\n')", labelLimit: 1000, labelFontSize: 12, labelLineHeight: LINE_HEIGHT, labelPadding: 6, ticks: false, grid: false },
  };
  const yOffset = several ? { yOffset: { field: 'comparison', type: 'nominal', sort: input.comparisons, scale: { paddingInner: 0.2 } } } as const : {};
  const color = { field: 'verdict', type: 'nominal', title: 'Change', scale: verdictScale } as const;
  const shape = several ? { shape: { field: 'comparison', type: 'nominal', title: `Compared with ${input.baseline}`, sort: input.comparisons, scale: { range: ['circle', 'square', 'triangle-up', 'diamond', 'cross', 'triangle-down'] } } } as const : {};
  // Each panel's x scale is set, not fitted: padded past every dot and whole interval, always holding 0.
  const layer = (domain: [number, number]): LayerChild[] => [
    { mark: { type: 'rule', color: ANNOTATION_COLOUR, strokeDash: [5, 4] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
    {
      mark: { type: 'rule', strokeWidth: 3 },
      encoding: {
        y, ...yOffset,
        x: { field: 'ciLow', type: 'quantitative', title: null, scale: { domain, nice: false, zero: false }, axis: { values: differenceTicks(domain) } },
        x2: { field: 'ciHigh' }, color,
      },
    },
    {
      mark: { type: 'point', filled: true, size: 90, opacity: 1 },
      encoding: {
        y, ...yOffset, ...shape,
        x: { field: 'mean', type: 'quantitative' },
        color,
        tooltip: [
          { field: 'label', title: 'Metric' },
          { field: 'comparison', title: 'Scenario' },
          { field: 'verdict', title: 'Change' },
          { field: 'mean', title: 'Mean difference', type: 'quantitative', format: '.2f' },
          { field: 'ciLow', title: '95% CI from', type: 'quantitative', format: '.2f' },
          { field: 'ciHigh', title: '95% CI to', type: 'quantitative', format: '.2f' },
          { field: 'unit', title: 'Unit' },
        ],
      },
    },
    // The verdict in words, in a column right of the plot.
    {
      mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: 12, dx: 0 },
      encoding: { y, ...yOffset, x: { value: PANEL_WIDTH + 10 }, text: { field: 'note' }, color: { ...color, legend: null } },
    },
  ];
  return {
    $schema: VEGA_LITE_SCHEMA,
    description: `Paired differences from ${input.baseline} of ${input.comparisons.join(', ')}, with 95% confidence intervals, grouped by unit.`,
    title: {
      text: wrapText(`Change from ${input.baseline} to ${input.comparisons.join(', ')}`, 70),
      subtitle: [
        'Dot: mean paired difference across replications; line: 95% confidence interval;',
        'dashed: no change. Better or worse only where the interval excludes no change.',
        'One panel per unit, each on its own scale; the verdict and mean are written on the right.',
        ...(several ? [`Shape: the scenario compared with ${input.baseline}.`] : []),
      ],
    },
    config: chartConfig,
    // One panel per unit, stacked: concatenated views keep their own scales, so each unit reads on its own axis.
    vconcat: units.map((unit) => {
      const rows = values.filter((v) => v.group === unit);
      return {
        title: { text: `Difference in ${unit}`, fontSize: 12, offset: 6 },
        data: { values: rows },
        width: PANEL_WIDTH,
        height: { step: rowStep(rows.map((v) => v.metric.split('\n').length)) },
        layer: layer(differenceDomain(rows)),
      };
    }),
  };
}
