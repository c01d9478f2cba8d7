import { formatNumber } from '../charts/index.js';
import type { LabelledGroup, MetricDecomposition, MetricDefinition } from '../experiment/index.js';
import type { Interval } from '../stats/index.js';
import { decimalsFor, formatEstimate, formatMean, formatValue, sameInEveryReplication } from './formatEstimate.js';

/**
 * How a metric is shown: shares as percentages (their changes in percentage points), every value
 * with the significant figures compare's table gives it (formatEstimate), so a small effect keeps its digits.
 */
export interface MetricDisplay {
  /** The metric's own unit ('share' for a share): what formatEstimate reads to choose the decimals. */
  metricUnit: string;
  /** Multiplier into the display unit: 100 for shares. */
  factor: number;
  unit: string;
  /** Unit of a difference (percentage points for shares). */
  differenceUnit: string;
}

/** The display of a metric's values and differences. */
export function metricDisplay(metric: MetricDefinition): MetricDisplay {
  if (metric.unit === 'share') return { metricUnit: metric.unit, factor: 100, unit: '%', differenceUnit: 'percentage points' };
  return { metricUnit: metric.unit, factor: 1, unit: metric.unit, differenceUnit: metric.unit };
}

/**
 * Decimals for the labels of a decomposition's charts, which show every value with one count: those
 * compare's table gives the largest change (total, step or Shapley value), so −0.13 is not drawn as −0.1.
 */
export function effectDecimals(result: MetricDecomposition): number {
  const changes = [result.total, ...result.groups.flatMap((g) => [g.step, g.shapley])].filter((i): i is Interval => i !== undefined);
  return decimalsFor(Math.max(0, ...changes.map((i) => Math.abs(i.mean))), result.metric.unit);
}

/**
 * `+0.46 (+0.33 to +0.59)` in display units, as compare's table gives it (formatEstimate); `n/a`
 * when there is no interval; and `all replications: −6` when every replication gave the same value.
 */
export function formatInterval(interval: Interval | undefined, display: MetricDisplay, signed = true): string {
  return interval === undefined ? 'n/a' : formatEstimate(interval, display.metricUnit, signed);
}

/**
 * formatInterval inside a sentence, or on a line of its own after a name: `−6 (the same in every
 * replication)` where the table says `all replications: −6`.
 */
export function intervalInWords(interval: Interval | undefined, display: MetricDisplay): string {
  if (interval === undefined || !sameInEveryReplication(interval)) return formatInterval(interval, display);
  return `${formatMean(interval, display.metricUnit, true)} (the same in every replication)`;
}

/** The mean alone, as formatInterval shows it (`+0.46`), for a table too narrow for intervals; `n/a` when there is no interval. */
export function formatIntervalMean(interval: Interval | undefined, display: MetricDisplay, signed = true): string {
  return interval === undefined ? 'n/a' : formatMean(interval, display.metricUnit, signed);
}

function clear(interval: Interval | undefined): boolean {
  return interval !== undefined && interval.ciAvailable && (interval.ciLow > 0 || interval.ciHigh < 0);
}

function share(part: number, total: number): string {
  return total === 0 ? 'n/a' : `${formatNumber((100 * part) / total, 0)}%`;
}

function level(interval: Interval | undefined, display: MetricDisplay): string {
  const text = formatValue(interval?.mean ?? NaN, display.metricUnit);
  return display.unit === '%' ? `${text}%` : `${text} ${display.unit}`;
}

/** The change per group in a Markdown table: basis, alone, all but, step on the path, Shapley value, and share of the total. */
export function decompositionTable(result: MetricDecomposition, groups: readonly LabelledGroup[]): string {
  const display = metricDisplay(result.metric);
  const total = result.total?.mean ?? 0;
  const withShapley = result.groups.some((g) => g.shapley !== undefined);
  const withEach = result.groups.some((g) => g.alone !== undefined);
  const header = ['Group', 'Basis', ...(withEach ? ['Alone', 'All but'] : []), 'Step on the path', ...(withShapley ? ['Shapley value'] : []),
    `Share of the total (${withShapley ? 'Shapley' : 'step'})`];
  const rows = result.groups.map((g) => {
    const group = groups[g.group];
    const basis = group === undefined ? '' : group.basis === 'evidence' ? 'evidence' : `assumption (${group.labelled.length - group.evidenceChanges} of ${group.labelled.length} changes)`;
    const part = (withShapley ? g.shapley : g.step)?.mean ?? 0;
    return [g.name, basis, ...(withEach ? [formatInterval(g.alone, display), formatInterval(g.allBut, display)] : []), formatInterval(g.step, display),
      ...(withShapley ? [formatInterval(g.shapley, display)] : []), share(part, total)];
  });
  rows.push(['**Total**', '', ...(withEach ? ['', ''] : []), formatInterval(result.total, display), ...(withShapley ? [formatInterval(result.total, display)] : []), '100%']);
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * A reading of one metric's decomposition in words: the total change, the groups that carry it (by
 * Shapley value when run, else by step on the path), what rests on evidence and what on assumptions,
 * and whether the groups interact (the total against the sum of the groups alone).
 */
export function decompositionReading(result: MetricDecomposition, groups: readonly LabelledGroup[], fromName: string, toName: string, order: readonly string[]): string {
  const display = metricDisplay(result.metric);
  const total = result.total;
  if (total === undefined) return `No replication reported ${result.metric.label.toLowerCase()} in every configuration, so it cannot be decomposed.`;
  const withShapley = result.groups.some((g) => g.shapley !== undefined);
  const effect = (g: MetricDecomposition['groups'][number]) => (withShapley ? g.shapley : g.step);
  const unit = display.differenceUnit;
  const sentences: string[] = [];
  const ranked = [...result.groups].sort((a, b) => Math.abs(effect(b)?.mean ?? 0) - Math.abs(effect(a)?.mean ?? 0));
  // What the brackets in this reading hold: a 95% CI, or (where every replication gave the same value) a note saying so.
  const bracketed = [total, ...ranked.slice(0, 3).map(effect), result.interaction].filter((i): i is Interval => i !== undefined && i.ciAvailable);
  const alike = bracketed.filter(sameInEveryReplication).length;
  const brackets = alike === 0 ? ', 95% CI in brackets' : alike < bracketed.length ? ', 95% CI in brackets where the replications differ' : '';
  sentences.push(`From ${fromName} to ${toName}, ${result.metric.label.toLowerCase()} changes by ${intervalInWords(total, display)} ${unit} ` +
    `(from ${level(result.from, display)} to ${level(result.to, display)}; means over ${result.replications} paired replications${brackets}).`);
  const words = ranked.slice(0, 3).map((g) => {
    const basis = groups[g.group]?.basis ?? 'assumption';
    return `${g.name}, ${intervalInWords(effect(g), display)}: ${share(effect(g)?.mean ?? 0, total.mean)} of the change (${basis})`;
  });
  sentences.push(withShapley
    ? `Averaged over every order in which the groups could be added (Shapley values), the largest contributions are ${words.join('; ')}.`
    : `Adding the groups in the order ${order.join(' → ')}, the largest steps are ${words.join('; ')}. A step depends on the order (--each shows each group alone and all but each; --shapley gives an order-free share).`);
  const evidence = result.groups.filter((g) => groups[g.group]?.basis === 'evidence');
  const evidenceSum = evidence.reduce((sum, g) => sum + (effect(g)?.mean ?? 0), 0);
  sentences.push(evidence.length === 0
    ? 'Every group contains at least one change that rests on an assumption, so none of the change is carried by evidence alone.'
    : `The groups resting on evidence alone (${evidence.map((g) => g.name).join(', ')}) carry ${formatValue(evidenceSum, display.metricUnit, true)} ${unit} ` +
      `(${share(evidenceSum, total.mean)} of the change); the rest comes from groups with at least one assumed change.`);
  const unclearAlone = result.groups.filter((g) => !clear(g.alone)).map((g) => g.name);
  const aloneRun = result.groups.every((g) => g.alone !== undefined);
  if (aloneRun && unclearAlone.length > 0 && unclearAlone.length < result.groups.length) {
    sentences.push(`Applied alone to ${fromName}, ${unclearAlone.join(', ')} make${unclearAlone.length === 1 ? 's' : ''} no clear difference (the interval includes zero).`);
  }
  if (result.interaction !== undefined) {
    sentences.push(clear(result.interaction)
      ? `The groups interact: the total differs from the sum of their effects alone by ${intervalInWords(result.interaction, display)} ${unit}, so a group's effect depends on which others are in place.`
      : `The sum of the groups' effects alone is close to the total (difference ${intervalInWords(result.interaction, display)} ${unit}): little interaction.`);
  }
  return sentences.join(' ');
}
