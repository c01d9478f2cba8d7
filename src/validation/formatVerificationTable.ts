import { PASS_RULE, perRowConfidence } from './compareToTheory.js';
import type { VerificationRow } from './compareToTheory.js';

/** A number for the table: fixed 4 decimals, or 3 significant digits in exponent form when tiny. */
function formatValue(x: number): string {
  return x !== 0 && Math.abs(x) < 1e-3 ? x.toExponential(2) : x.toFixed(4);
}

/**
 * The verification rows as an aligned plain-text table (model, measure, simulated, 95% CI, theory,
 * result, note), followed by a count of passing rows and the pass rule. No rows gives the header and a zero count.
 */
export function formatVerificationTable(rows: readonly VerificationRow[]): string {
  const header = ['model', 'measure', 'simulated', '95% CI', 'theory', 'result', 'note'];
  const body = rows.map((row) => [
    row.model,
    row.measure,
    formatValue(row.simulated),
    `[${formatValue(row.ciLow)}, ${formatValue(row.ciHigh)}]`,
    formatValue(row.theory),
    row.pass ? 'pass' : 'FAIL',
    row.note ?? '',
  ]);
  const table = [header, ...body];
  const widths = header.map((_, col) => Math.max(...table.map((cells) => (cells[col] ?? '').length)));
  const numeric = new Set([2, 3, 4]);
  const lines = table.map((cells) =>
    cells
      .map((cell, col) => (numeric.has(col) ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  ').trimEnd());
  const passed = rows.filter((row) => row.pass).length;
  const level = rows.length > 0 ? ` (here ${(perRowConfidence(rows.length) * 100).toPrecision(4)}% per row)` : '';
  lines.push('', `${passed} of ${rows.length} rows pass. Rule: ${PASS_RULE}${level}.`);
  return lines.join('\n');
}
