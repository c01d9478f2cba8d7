import type { Estimate, HeadlineRow, ParameterRow, ReportInput, StressItem } from './types.js';
import { VERDICT_LABELS, changeVerdict } from './changeVerdict.js';
import { escapeHtml } from './escapeHtml.js';
import { formatNumber } from './formatNumber.js';

const cell = (text: string, className?: string): string =>
  `<td${className === undefined ? '' : ` class="${className}"`}>${text}</td>`;
const header = (text: string, className?: string): string =>
  `<th scope="col"${className === undefined ? '' : ` class="${className}"`}>${escapeHtml(text)}</th>`;

function estimateHtml(e: Estimate, decimals: number, signed: boolean): string {
  const f = (x: number): string => formatNumber(x, decimals, signed);
  return `${f(e.mean)}<br><span class="ci">95% CI ${f(e.ciLow)} to ${f(e.ciHigh)}</span>`;
}

/**
 * The headline table: one row per metric, one column per scenario (mean and 95% CI) and, for two
 * scenarios, the difference with a verdict in words. Throws if a row's values do not match the
 * scenarios, or a difference is given when there are not exactly two scenarios.
 */
export function headlineTable(scenarios: readonly string[], rows: readonly HeadlineRow[]): string {
  const withDifference = rows.some((r) => r.difference !== undefined);
  if (withDifference && scenarios.length !== 2) {
    throw new Error(`headlineTable: a difference needs exactly two scenarios, got ${scenarios.length}`);
  }
  const head = [header('Metric'), header('Unit'), ...scenarios.map((s) => header(s, 'num'))];
  if (withDifference) head.push(header(`Difference (${scenarios[1] ?? ''} − ${scenarios[0] ?? ''})`, 'num'));
  const body = rows.map((row) => {
    if (row.values.length !== scenarios.length) {
      throw new Error(`headlineTable: row "${row.label}" has ${row.values.length} values for ${scenarios.length} scenarios`);
    }
    const decimals = row.decimals ?? 1;
    const cells = [`<th scope="row">${escapeHtml(row.label)}</th>`, cell(escapeHtml(row.unit))];
    cells.push(...row.values.map((v) => cell(estimateHtml(v, decimals, false), 'num')));
    if (withDifference) {
      const d = row.difference;
      const verdict = d !== undefined && row.better !== undefined ? `<br><strong>${VERDICT_LABELS[changeVerdict(d, row.better)]}</strong>` : '';
      cells.push(cell(d === undefined ? '<span class="muted">not compared</span>' : estimateHtml(d, decimals, true) + verdict, 'num'));
    }
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table><caption>Mean across replications with its 95% confidence interval.</caption><thead><tr>${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

function parameterValue(value: ParameterRow['values'][number]): string {
  return value === null ? '<span class="muted">not set</span>' : escapeHtml(String(value));
}

/** Scenario parameters side by side with their sources; rows whose values differ between scenarios are bold. */
export function parametersTable(scenarios: readonly string[], rows: readonly ParameterRow[]): string {
  const head = [header('Parameter'), ...scenarios.map((s) => header(s)), header('Source')].join('');
  const body = rows.map((row) => {
    if (row.values.length !== scenarios.length) {
      throw new Error(`parametersTable: parameter "${row.key}" has ${row.values.length} values for ${scenarios.length} scenarios`);
    }
    const differs = new Set(row.values.map((v) => JSON.stringify(v))).size > 1;
    const values = row.values.map((v) => cell(differs ? `<strong>${parameterValue(v)}</strong>` : parameterValue(v)));
    return `<tr><th scope="row"><code>${escapeHtml(row.key)}</code></th>${values.join('')}${cell(escapeHtml(row.source))}</tr>`;
  });
  return `<table><caption>Values that differ between scenarios are in bold.</caption><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
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
