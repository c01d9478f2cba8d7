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

/** Characters in a line (λ, μ and − count one each). */
const widthOf = (line: string): number => [...line].length;

function alignedTable(header: readonly string[], body: readonly string[][], numeric: ReadonlySet<number>): string[] {
  const table = [header, ...body];
  const widths = header.map((_, col) => Math.max(...table.map((cells) => widthOf(cells[col] ?? ''))));
  const pad = (cell: string, col: number) => ' '.repeat(Math.max(0, (widths[col] ?? 0) - widthOf(cell)));
  const lines = table.map((cells) =>
    cells
      .map((cell, col) => (numeric.has(col) ? pad(cell, col) + cell : cell + pad(cell, col)))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  ').trimEnd());
  return lines;
}

type Row = VerificationReport['rows'][number];

/** The cells of a row's numbers, as the table shows them. */
function cellsOf(row: Row) {
  return {
    simulated: formatValue(row.simulated),
    ci: `[${formatValue(row.ciLow)}, ${formatValue(row.ciHigh)}]`,
    theory: formatValue(row.theory),
    p: formatP(row.pValue),
    holm: formatP(row.holmLevel),
    result: row.pass ? 'pass' : 'FAIL',
  };
}

/** One line per row with every column, the note last. */
function fullTable(rows: readonly Row[]): string[] {
  const header = ['model', 'measure', 'simulated', '95% CI', 'theory', 'p', 'Holm level', 'result', 'note'];
  const body = rows.map((row) => {
    const c = cellsOf(row);
    return [row.model, row.measure, c.simulated, c.ci, c.theory, c.p, c.holm, c.result, row.note ?? ''];
  });
  return alignedTable(header, body, new Set([2, 3, 4, 5, 6]));
}

/** The rows in order of model: each model's consecutive rows, with its notes (each once). */
function byModel(rows: readonly Row[]): { model: string; rows: Row[]; notes: string[] }[] {
  const groups: { model: string; rows: Row[]; notes: string[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    const group = last !== undefined && last.model === row.model ? last : { model: row.model, rows: [], notes: [] };
    if (group !== last) groups.push(group);
    group.rows.push(row);
    if (row.note !== undefined && row.note !== '' && !group.notes.includes(row.note)) group.notes.push(row.note);
  }
  return groups;
}

/**
 * The rows grouped under a line per model (measures indented under it, the model's notes wrapped
 * after its rows): with the 95% CI and Holm level columns, or without them (`compact`).
 */
function groupedTable(rows: readonly Row[], compact: boolean, lineWidth: number): string[] {
  const groups = byModel(rows);
  const header = compact ? ['measure', 'simulated', 'theory', 'p', 'result'] : ['measure', 'simulated', '95% CI', 'theory', 'p', 'Holm level', 'result'];
  const body = groups.flatMap((g) => g.rows.map((row) => {
    const c = cellsOf(row);
    return compact ? [`  ${row.measure}`, c.simulated, c.theory, c.p, c.result] : [`  ${row.measure}`, c.simulated, c.ci, c.theory, c.p, c.holm, c.result];
  }));
  const [head = '', rule = '', ...lines] = alignedTable(header, body, compact ? new Set([1, 2, 3]) : new Set([1, 2, 3, 4, 5]));
  const out = [head, rule];
  let next = 0;
  for (const g of groups) {
    out.push(g.model, ...lines.slice(next, next + g.rows.length));
    next += g.rows.length;
    for (const note of g.notes) out.push(...wrap(`note: ${note}`, lineWidth, '  '));
  }
  return out;
}

/** The last resort for a very narrow terminal: a line per model, then per row its measure and, wrapped below it, every number. */
function stackedRows(rows: readonly Row[], lineWidth: number): string[] {
  return byModel(rows).flatMap((g) => [
    ...wrap(g.model, lineWidth),
    ...g.rows.flatMap((row) => {
      const c = cellsOf(row);
      return [
        ...wrap(row.measure, lineWidth, '  '),
        ...wrap(`simulated ${c.simulated}, 95% CI ${c.ci}, theory ${c.theory}, p ${c.p}, Holm level ${c.holm}: ${c.result}`, lineWidth, '    '),
      ];
    }),
    ...g.notes.flatMap((note) => wrap(`note: ${note}`, lineWidth, '  ')),
  ]);
}

/** The bias check by model: an indented table, the same table flush left, or a wrapped line per model, whichever fits first. */
function biasTable(bias: VerificationReport['bias'], width: number, lineWidth: number): string[] {
  const table = alignedTable(
    ['model', 'rows', 'above', 'below', 'p', 'bias'],
    bias.map((b) => [b.model, String(b.rows), String(b.above), String(b.below), formatP(b.pValue), b.flagged ? 'FLAGGED' : 'none found']),
    new Set([1, 2, 3, 4]),
  );
  const indented = table.map((line) => `  ${line}`);
  if (fits(indented, width)) return indented;
  if (fits(table, width)) return table;
  return bias.flatMap((b) => wrap(
    `${b.model}: ${b.rows} rows, ${b.above} above, ${b.below} below, p ${formatP(b.pValue)}: ${b.flagged ? 'FLAGGED' : 'none found'}`,
    lineWidth, '  ',
  ));
}

const fits = (lines: readonly string[], width: number): boolean => lines.every((line) => widthOf(line) <= width);

/**
 * The verification report as plain text fitted to `width` columns: the rows as an aligned table
 * (model, measure, simulated, 95% CI, theory, p, Holm level, result, note); where that is too wide,
 * grouped under a line per model with the notes below, then also without the 95% CI and Holm level
 * (a note says how wide a terminal shows them; --format csv or json has every column), and as a
 * last resort stacked, a few lines per row. Then the joint verdict with its rule, and the bias check
 * by model with any flag, wrapped to the width. No rows gives the header and a zero count.
 */
export function formatVerificationTable(report: VerificationReport, width = Number.POSITIVE_INFINITY): string {
  const { rows, bias } = report;
  // Wrapped text stays a column short of the width, as the command line's notes do, and at least 20 wide.
  const lineWidth = Math.max(20, width - 1);
  const footerWidth = Math.min(FOOTER_WIDTH, lineWidth);
  const full = fullTable(rows);
  const grouped = groupedTable(rows, false, lineWidth);
  const compact = groupedTable(rows, true, lineWidth);
  const lines = fits(full, width) ? full : fits(grouped, width) ? grouped : fits(compact, width) ? compact : stackedRows(rows, lineWidth);
  const failed = rows.filter((row) => !row.pass).length;
  const alone = rows.filter((row) => row.pValue < FAMILY_WISE_ERROR).length;
  const expected = (rows.length * FAMILY_WISE_ERROR).toFixed(1);
  lines.push('');
  if (lines === compact) {
    const needed = Math.max(...grouped.map(widthOf));
    lines.push(...wrap(`Widen the terminal to ${needed} columns to see each row's 95% CI and Holm level, or use --format csv.`, footerWidth));
  }
  lines.push(...wrap(
    `Joint test: ${report.passed ? 'PASS' : 'FAIL'}, ${failed} of ${rows.length} rows fail. ` +
    `${alone} of ${rows.length} rows have p < ${FAMILY_WISE_ERROR} on their own; about ${expected} would by chance.`,
    footerWidth,
  ));
  lines.push(...wrap(`Rule: ${JOINT_TEST_RULE}.`, footerWidth));
  lines.push('', ...wrap(`Systematic bias: ${BIAS_RULE}.`, footerWidth));
  if (bias.length > 0) lines.push(...biasTable(bias, width, lineWidth));
  const flagged = bias.filter((b) => b.flagged);
  if (flagged.length > 0) {
    lines.push(...wrap(
      `Flag: the rows of ${flagged.map((b) => b.model).join('; ')} lean to one side of theory together; ` +
      'look for a cause (a warm-up too short, a rate off by a little) before trusting the rows that pass.',
      footerWidth,
    ));
  }
  return lines.join('\n');
}
