/** A CSV cell: text, a number, a boolean, or empty (undefined/null). */
export type CsvCell = string | number | boolean | undefined | null;

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell (RFC 4180): numbers in JavaScript's shortest round-trip form, non-finite numbers and
 * undefined/null as empty, text quoted only when it holds a comma, quote or line break.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = String(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: the header, then one line per row, each ended by '\n'. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return `${lines.join('\n')}\n`;
}
