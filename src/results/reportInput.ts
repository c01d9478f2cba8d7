import { changeVerdict } from '../charts/index.js';
import type { HeadlineRow, ParameterRow, ReportChart, ReportInput } from '../charts/index.js';
import type { ExperimentSummary, MetricDefinition, MetricSummary } from '../experiment/index.js';
import { decimalsFor, displayUnit, formatMean, formatValue, sameInEveryReplication } from './formatEstimate.js';
import { reportStory } from './reportStory.js';
import type { ParameterLabelText, RecordedScenario, RunRecordDocument } from './runRecord.js';
import { headroomLines, steadyStateLines } from './steadyStateNote.js';

const scale = (unit: string) => (unit === 'share' ? 100 : 1);

/** A headline estimate in display units, with the value as compare's table writes it (formatMean) when every replication gave it. */
function estimate(m: MetricSummary | undefined, unit: string, signed = false): HeadlineRow['values'][number] {
  const k = scale(unit);
  if (m === undefined) return { mean: Number.NaN, ciLow: Number.NaN, ciHigh: Number.NaN };
  return {
    mean: m.interval.mean * k, ciLow: m.interval.ciLow * k, ciHigh: m.interval.ciHigh * k,
    ...(sameInEveryReplication(m.interval) ? { exact: formatMean(m.interval, unit, signed) } : {}),
  };
}

function rowDecimals(metric: MetricDefinition, summary: ExperimentSummary): number {
  const size = Math.max(...summary.scenarios.map((s) => Math.abs(s.metrics.find((m) => m.id === metric.id)?.interval.mean ?? 0)));
  return decimalsFor(size, metric.unit);
}

/** The headline rows: per scenario mean and CI (shares in %), and with two or more scenarios the paired difference of each later one against the first. */
export function headlineRows(summary: ExperimentSummary): HeadlineRow[] {
  const compared = summary.scenarios.slice(1).map((s) => summary.comparisons.find((c) => c.comparison === s.name));
  return summary.definitions.metrics.filter((m) => m.headline).map((metric) => {
    const differences = compared.map((c) => {
      const d = c?.differences.find((x) => x.id === metric.id);
      return d === undefined ? undefined : estimate(d, metric.unit, true);
    });
    return {
      label: metric.label,
      unit: displayUnit(metric.unit),
      values: summary.scenarios.map((s) => estimate(s.metrics.find((m) => m.id === metric.id), metric.unit)),
      ...(compared.length === 0 ? {} : { differences }),
      ...(metric.better === 'neither' ? {} : { better: metric.better }),
      decimals: rowDecimals(metric, summary),
    };
  });
}

/**
 * A change inside a sentence, with compare's significant figures (formatEstimate.ts): `−29.6 working days
 * (95% CI −34.8 to −24.4)`, or `−6 working days (the same in every replication)` where an interval would read −6.00 to −6.00.
 */
function changeInWords(interval: MetricSummary['interval'], unit: string): string {
  const words = `${formatMean(interval, unit, true)} ${unit === 'share' ? 'percentage points' : unit}`;
  if (sameInEveryReplication(interval)) return `${words} (the same in every replication)`;
  const decimals = decimalsFor(interval.mean, unit);
  return `${words} (95% CI ${formatValue(interval.ciLow, unit, true, decimals)} to ${formatValue(interval.ciHigh, unit, true, decimals)})`;
}

/**
 * The reading in words: a paragraph on what was run, then per comparison a sentence introducing one
 * item per headline change whose CI excludes zero, each with the significant figures compare's table gives it.
 */
export function readingParagraphs(summary: ExperimentSummary): { text: string; items?: string[] }[] {
  const names = summary.scenarios.map((s) => s.name);
  const paragraphs: { text: string; items?: string[] }[] = [{
    text: `${summary.replications} replications of ${names.join(', ')} with seed ${summary.seed}. Every figure is a mean across ` +
      'replications with its 95% confidence interval; ' +
      'replications share their random numbers across scenarios, so differences are paired.',
  }];
  for (const comparison of summary.comparisons) {
    const clear = summary.definitions.metrics.filter((m) => m.headline && m.better !== 'neither').flatMap((metric) => {
      const d = comparison.differences.find((x) => x.id === metric.id);
      if (d === undefined || metric.better === 'neither' || !d.interval.ciAvailable) return [];
      const verdict = changeVerdict(d.interval, metric.better);
      if (verdict === 'unclear') return [];
      return [`${metric.label}: ${changeInWords(d.interval, metric.unit)}, ${verdict}.`];
    });
    const lead = `${comparison.comparison} compared with ${comparison.baseline}`;
    paragraphs.push(clear.length === 0 ? { text: `${lead}: no headline metric changed clearly.` } : { text: `${lead}, the clear changes:`, items: clear });
  }
  return paragraphs;
}

function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, value]];
  const entries = Object.entries(value);
  if (entries.length === 0) return [[prefix, value]];
  return entries.flatMap(([key, child]) => leaves(child, prefix === '' ? key : `${prefix}.${key}`));
}

/** What a value rests on, as the scenario files label it: 'evidence: <source>' or 'assumption: <why>'. */
function labelText(label: ParameterLabelText | undefined): string | undefined {
  return label === undefined ? undefined : `${label.kind}: ${label.note}`;
}

/**
 * Every scenario parameter with its value in each scenario, its evidence or assumption label where
 * the scenarios carry labels (one per distinct label, prefixed by the scenario when they differ), and
 * the files that set it; differing values first.
 */
export function parameterRows(scenarios: readonly RecordedScenario[]): ParameterRow[] {
  const keys = [...new Set(scenarios.flatMap((s) => leaves(s.resolved).map(([key]) => key)))];
  const rows = keys.map((key) => {
    const values = scenarios.map((s) => {
      const found = leaves(s.resolved).find(([k]) => k === key)?.[1];
      return found === undefined ? null : typeof found === 'object' && found !== null ? JSON.stringify(found) : (found as string | number | boolean | null);
    });
    const sources = [...new Set(scenarios.map((s) => s.provenance[key]).filter((x): x is string => x !== undefined))];
    const labelled = scenarios.map((s) => ({ name: s.name, text: labelText(s.labels?.[key]) }));
    const distinct = [...new Set(labelled.map((l) => l.text).filter((x): x is string => x !== undefined))];
    const labels = distinct.length <= 1 ? distinct : labelled.flatMap((l) => (l.text === undefined ? [] : [`${l.name}: ${l.text}`]));
    return { key, values, ...(labels.length === 0 ? {} : { labels }), source: sources.join(' / ') };
  });
  const differs = (r: ParameterRow) => new Set(r.values.map((v) => JSON.stringify(v))).size > 1;
  return [...rows.filter(differs), ...rows.filter((r) => !differs(r))];
}

/** The report's run-record table, from run.json. */
export function runRecordRows(record: RunRecordDocument): ReportInput['runRecord'] {
  return [
    { key: 'Tool', value: `${record.tool.name} ${record.tool.version}${record.tool.gitCommit === null ? '' : ` (git ${record.tool.gitCommit})`}` },
    { key: 'Command', value: `frontdoor ${record.arguments.join(' ')}` },
    { key: 'Seed', value: `${record.seed} (${record.seedSource})` },
    { key: 'Replications', value: String(record.replications) },
    ...record.scenarios.map((s) => ({ key: `Scenario ${s.name}`, value: `${s.extends.join(' → ')}; sha256 ${s.sha256}` })),
    { key: 'Random numbers', value: String(record.method['rngAlgorithm'] ?? '') },
    { key: 'Intervals', value: String(record.method['ciMethod'] ?? '') },
    { key: 'Machine', value: `${record.system.cpuModel}, ${record.system.cores} cores, ${record.system.os}, Node.js ${record.system.node}` },
    { key: 'Run', value: `${record.timing.started} to ${record.timing.finished} (${record.timing.durationSeconds.toFixed(1)} s)` },
  ];
}

/** Everything report.html shows, from the summary, the rendered charts and run.json. */
export function reportInput(summary: ExperimentSummary, scenarios: readonly RecordedScenario[], charts: readonly ReportChart[], record: RunRecordDocument): ReportInput {
  return {
    title: `frontdoor ${record.command}: ${summary.scenarios.map((s) => s.name).join(' vs ')}`,
    generatedAt: record.timing.finished,
    scenarios: summary.scenarios.map((s) => s.name),
    headline: headlineRows(summary),
    charts,
    story: reportStory(summary, scenarios[0]?.file),
    settling: [...steadyStateLines(summary), ...headroomLines(summary)],
    reading: readingParagraphs(summary),
    parameters: parameterRows(scenarios),
    runRecord: runRecordRows(record),
    stress: record.stress.items,
  };
}
