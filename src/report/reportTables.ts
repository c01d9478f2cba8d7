import type { HeadlineRow, ParameterRow, ReportInput, StressItem } from '../charts/index.js';
import { VERDICT_LABELS, changeVerdict, formatNumber } from '../charts/index.js';
import { escapeHtml } from './escapeHtml.js';

const cell = (text: string, className?: string): string =>
  `<td${className === undefined ? '' : ` class="${className}"`}>${text}</td>`;
const header = (text: string, className?: string): string =>
  `<th scope="col"${className === undefined ? '' : ` class="${className}"`}>${escapeHtml(text)}</th>`;

type HeadlineEstimate = HeadlineRow['values'][number];

/** Mean over its 95% CI; a value every replication gave, alone over "all replications" (an interval would read 7.00 to 7.00). */
function estimateHtml(e: HeadlineEstimate, decimals: number, signed: boolean): string {
  if (e.exact !== undefined) return `${escapeHtml(e.exact)}<br><span class="ci">all replications</span>`;
  const f = (x: number): string => formatNumber(x, decimals, signed);
  return `${f(e.mean)}<br><span class="ci">95% CI ${f(e.ciLow)} to ${f(e.ciHigh)}</span>`;
}

/** The verdict in words; "No change" where every replication gave a difference of 0, as compare's table says. */
function verdictHtml(d: HeadlineEstimate, better: 'lower' | 'higher'): string {
  const words = d.exact !== undefined && d.mean === 0 ? 'No change' : VERDICT_LABELS[changeVerdict(d, better)];
  return `<br><strong>${words}</strong>`;
}

/**
 * The headline table: one row per metric, one column per scenario (mean and 95% CI) and, with two or
 * more scenarios, one difference column per later scenario against the first, with a verdict in words.
 * Throws if a row's values or differences do not match the scenarios.
 */
export function headlineHtmlTable(scenarios: readonly string[], rows: readonly HeadlineRow[]): string {
  const [baseline, ...compared] = scenarios;
  const withDifference = rows.some((r) => r.differences !== undefined);
  if (withDifference && compared.length === 0) {
    throw new Error(`headlineHtmlTable: a difference needs two or more scenarios, got ${scenarios.length}`);
  }
  const head = [header('Metric'), header('Unit'), ...scenarios.map((s) => header(s, 'num'))];
  if (withDifference) head.push(...compared.map((s) => header(`Difference (${s} − ${baseline ?? ''})`, 'num')));
  const body = rows.map((row) => {
    if (row.values.length !== scenarios.length) {
      throw new Error(`headlineHtmlTable: row "${row.label}" has ${row.values.length} values for ${scenarios.length} scenarios`);
    }
    if (row.differences !== undefined && row.differences.length !== compared.length) {
      throw new Error(`headlineHtmlTable: row "${row.label}" has ${row.differences.length} differences for ${compared.length} compared scenarios`);
    }
    const decimals = row.decimals ?? 1;
    const cells = [`<th scope="row">${escapeHtml(row.label)}</th>`, cell(escapeHtml(row.unit))];
    cells.push(...row.values.map((v) => cell(estimateHtml(v, decimals, false), 'num')));
    if (withDifference) {
      cells.push(...compared.map((_, i) => {
        const d = row.differences?.[i];
        const verdict = d !== undefined && row.better !== undefined ? verdictHtml(d, row.better) : '';
        return cell(d === undefined ? '<span class="muted">not compared</span>' : estimateHtml(d, decimals, true) + verdict, 'num');
      }));
    }
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<div class="wide"><table><caption>Mean across replications with its 95% confidence interval; a value alone over “all replications” is one every replication gave.</caption><thead><tr>${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

function parameterValue(value: ParameterRow['values'][number]): string {
  return value === null ? '<span class="muted">not set</span>' : escapeHtml(String(value));
}

/** A dotted key with a break opportunity after each dot, so a narrow column wraps it between names, never inside one. */
function keyHtml(key: string): string {
  return key.split('.').map(escapeHtml).join('.<wbr>');
}

/**
 * Scenario parameters side by side with what each value rests on (its evidence or assumption label,
 * where the scenario files give one) and the files that set it; rows whose values differ are bold.
 */
export function parametersTable(scenarios: readonly string[], rows: readonly ParameterRow[]): string {
  const withLabels = rows.some((r) => r.labels !== undefined && r.labels.length > 0);
  const head = [header('Parameter'), ...scenarios.map((s) => header(s)), ...(withLabels ? [header('Evidence or assumption')] : []), header('Set in')].join('');
  const body = rows.map((row) => {
    if (row.values.length !== scenarios.length) {
      throw new Error(`parametersTable: parameter "${row.key}" has ${row.values.length} values for ${scenarios.length} scenarios`);
    }
    const differs = new Set(row.values.map((v) => JSON.stringify(v))).size > 1;
    const values = row.values.map((v) => cell(differs ? `<strong>${parameterValue(v)}</strong>` : parameterValue(v), 'value'));
    const labels = withLabels ? [cell((row.labels ?? []).map(escapeHtml).join('<br>') || '<span class="muted">no label</span>')] : [];
    return `<tr><th scope="row" class="key"><code>${keyHtml(row.key)}</code></th>${values.join('')}${labels.join('')}${cell(row.source.split('/').map(escapeHtml).join('/<wbr>'), 'source')}</tr>`;
  });
  const note = withLabels ? '' : ' The scenario files carry no evidence or assumption labels that this run could read, so only the files that set each value are shown.';
  return `<div class="wide"><table class="parameters"><caption>Values that differ between scenarios are in bold.${note}</caption><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table></div>`;
}

/** The run record (seed, versions, machine, …) as a two-column table. */
export function runRecordTable(rows: ReportInput['runRecord']): string {
  const body = rows.map((r) => `<tr><th scope="row">${escapeHtml(r.key)}</th>${cell(escapeHtml(r.value))}</tr>`);
  return `<table><thead><tr>${header('Item')}${header('Value')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** STRESS-DES items (Monks et al. 2019) with how this run addresses each. */
export function stressTable(items: readonly StressItem[]): string {
  const body = items.map((i) => `<tr><th scope="row">${escapeHtml(i.id)}</th>${cell(escapeHtml(i.item))}${cell(escapeHtml(i.text))}</tr>`);
  return `<table><thead><tr>${header('Item')}${header('Topic')}${header('This study')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}
