import { wrapText, wrapWords } from '../charts/index.js';
import type { CliIo } from './cliIo.js';

/** Width assumed when stdout is not a terminal and COLUMNS is unset: the narrowest common terminal. */
export const DEFAULT_WIDTH = 80;

/**
 * Columns to lay text out in: the terminal's width when stdout is one; otherwise (piped, redirected)
 * the COLUMNS environment variable when it is a whole number of at least 20, else 80, so that
 * `frontdoor … | less` and a saved file read as they would on a narrow terminal.
 */
export function terminalWidth(io: CliIo): number {
  const columns = io.stdout.columns;
  if (columns !== undefined && columns > 0) return columns;
  const fromEnv = Number(io.env['COLUMNS']);
  return Number.isInteger(fromEnv) && fromEnv >= 20 ? fromEnv : DEFAULT_WIDTH;
}

/**
 * A paragraph wrapped to a terminal `width` (from terminalWidth): within one column less than the
 * width, so that a terminal never wraps it again, and at least 20; unwrapped when the width is
 * unbounded (Infinity).
 */
export function wrapParagraph(paragraph: string, width: number): string {
  return Number.isFinite(width) ? wrapText(paragraph, Math.max(20, width - 1)).join('\n') : paragraph;
}

/**
 * The words of a line: runs of non-blank characters, except that a word opening with a single quote
 * runs to its closing quote (with any '\'' inside, as shellWord writes a quote), blanks included, so a
 * quoted path to paste is never broken or respaced.
 */
const WORD = /'(?:[^']|'\\'')*'\S*|\S+/g;

/**
 * Text for a stream `columns` wide (a terminal's width; undefined when the stream is not a terminal,
 * and the text is then left as it is, one line per message for logs and pipes): each line wrapped
 * within one column less than the width (and at least 20 wide), keeping its indent on the lines it
 * wraps onto (and `hanging` after it on all but the first); a line that fits is untouched, and a
 * quoted path is one word (see WORD).
 */
export function wrapForStream(text: string, columns: number | undefined, hanging = ''): string {
  if (columns === undefined || !(columns > 0)) return text;
  return text.split('\n').map((line) => {
    if (line.length < columns) return line;
    const indent = /^ */.exec(line)?.[0] ?? '';
    const [first = '', ...rest] = wrapWords(line.match(WORD) ?? [], Math.max(20, columns - 1 - indent.length - hanging.length));
    return [`${indent}${first}`, ...rest.map((part) => `${indent}${hanging}${part}`)].join('\n');
  }).join('\n');
}
