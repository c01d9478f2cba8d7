/**
 * Greedy word wrap into lines of at most `maxChars` characters (a longer single word keeps its own
 * line). Used for axis and header labels, whose widths Vega can only estimate without a canvas.
 */
export function wrapText(text: string, maxChars: number): string[] {
  return wrapWords(text.split(/\s+/).filter((w) => w !== ''), maxChars);
}

/** Greedy fill of `words`, joined by single spaces, into lines of at most `maxChars` characters (a longer word keeps its own line). */
export function wrapWords(words: readonly string[], maxChars: number): string[] {
  if (!(maxChars >= 1)) throw new RangeError(`wrapText: maxChars must be at least 1, got ${maxChars}`);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * A label with a note in brackets: "Label (note)", or, when the label already ends in brackets,
 * "Label (its own; note)", never "Label (average) (children)".
 */
export function withNote(label: string, note: string): string {
  const bracketed = /^(.*\S)\s*\(([^()]*)\)$/.exec(label);
  return bracketed === null ? `${label} (${note})` : `${bracketed[1]} (${bracketed[2]}; ${note})`;
}
