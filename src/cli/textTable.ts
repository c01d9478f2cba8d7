/** A table cell: its plain text (for widths) and, optionally, how to show it (e.g. coloured). */
export interface TextCell {
  text: string;
  shown?: string;
  align?: 'left' | 'right';
}

function widthOf(text: string): number {
  return [...text].length;
}

/**
 * Lays out rows as aligned columns separated by two spaces, with a rule under the header; trailing
 * spaces are trimmed. Widths count characters of the plain text, so colouring does not shift columns.
 */
export function textTable(header: readonly string[], rows: readonly (readonly (TextCell | string)[])[]): string {
  const cells = (row: readonly (TextCell | string)[]): TextCell[] => row.map((c) => (typeof c === 'string' ? { text: c } : c));
  const all = [header.map((text) => ({ text })), ...rows.map(cells)];
  const widths = header.map((_, col) => Math.max(...all.map((row) => widthOf(row[col]?.text ?? ''))));
  const render = (row: TextCell[]) =>
    row
      .map((cell, col) => {
        const pad = ' '.repeat(Math.max(0, (widths[col] ?? 0) - widthOf(cell.text)));
        const shown = cell.shown ?? cell.text;
        return cell.align === 'right' ? pad + shown : shown + pad;
      })
      .join('  ')
      .trimEnd();
  const [head, ...body] = all;
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [render(head ?? []), rule, ...body.map(render)].join('\n');
}
