import { BIAS_RULE } from './biasCheck.js';
import { FAMILY_WISE_ERROR, JOINT_TEST_RULE } from './compareToTheory.js';
import type { VerificationReport } from './runVerification.js';

/** A number for the table: fixed 4 decimals, or 3 significant digits in exponent form when tiny. */
function formatValue(x: number): string {
  return x !== 0 && Math.abs(x) < 1e-3 ? x.toExponential(2) : x.toFixed(4);
}

/** A p-value or level: 2 significant digits, or "<0.0001". */
export function formatP(p: number): string {
  if (p < 1e-4) return '<0.0001';
  return p >= 0.1 ? p.toFixed(2) : Number(p.toPrecision(2)).toString();
}

/** Words of `text` in lines of at most `width` characters (a longer word gets a line of its own), each after `indent`. */
function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines;
}

/** Width of the footer's paragraphs. */
const FOOTER_WIDTH = 100;

function alignedTable(header: readonly string[], body: readonly string[][], numeric: ReadonlySet<number>): string[] {
  const table = [header, ...body];
  const widths = header.map((_, col) => Math.max(...table.map((cells) => (cells[col] ?? '').length)));
  const lines = table.map((cells) =>
    cells
      .map((cell, col) => (numeric.has(col) ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  ').trimEnd());
  return lines;
}

/**
 * The verification report as plain text: an aligned table (model, measure, simulated, 95% CI,
 * theory, p, Holm level, result, note), the joint verdict with its rule, and the bias check by
 * model with any flag. No rows gives the header and a zero count.
 */
export function formatVerificationTable(report: VerificationReport): string {
  const { rows, bias } = report;
  const header = ['model', 'measure', 'simulated', '95% CI', 'theory', 'p', 'Holm level', 'result', 'note'];
  const body = rows.map((row) => [
    row.model,
    row.measure,
    formatValue(row.simulated),
    `[${formatValue(row.ciLow)}, ${formatValue(row.ciHigh)}]`,
    formatValue(row.theory),
    formatP(row.pValue),
    formatP(row.holmLevel),
    row.pass ? 'pass' : 'FAIL',
    row.note ?? '',
  ]);
  const lines = alignedTable(header, body, new Set([2, 3, 4, 5, 6]));
  const failed = rows.filter((row) => !row.pass).length;
  const alone = rows.filter((row) => row.pValue < FAMILY_WISE_ERROR).length;
  const expected = (rows.length * FAMILY_WISE_ERROR).toFixed(1);
  lines.push('');
  lines.push(...wrap(
    `Joint test: ${report.passed ? 'PASS' : 'FAIL'}, ${failed} of ${rows.length} rows fail. ` +
    `${alone} of ${rows.length} rows have p < ${FAMILY_WISE_ERROR} on their own; about ${expected} would by chance.`,
    FOOTER_WIDTH,
  ));
  lines.push(...wrap(`Rule: ${JOINT_TEST_RULE}.`, FOOTER_WIDTH));
  lines.push('', ...wrap(`Systematic bias: ${BIAS_RULE}.`, FOOTER_WIDTH));
  if (bias.length > 0) {
    const biasLines = alignedTable(
      ['model', 'rows', 'above', 'below', 'p', 'bias'],
      bias.map((b) => [b.model, String(b.rows), String(b.above), String(b.below), formatP(b.pValue), b.flagged ? 'FLAGGED' : 'none found']),
      new Set([1, 2, 3, 4]),
    );
    lines.push(...biasLines.map((line) => `  ${line}`));
  }
  const flagged = bias.filter((b) => b.flagged);
  if (flagged.length > 0) {
    lines.push(...wrap(
      `Flag: the rows of ${flagged.map((b) => b.model).join('; ')} lean to one side of theory together; ` +
      'look for a cause (a warm-up too short, a rate off by a little) before trusting the rows that pass.',
      FOOTER_WIDTH,
    ));
  }
  return lines.join('\n');
}
