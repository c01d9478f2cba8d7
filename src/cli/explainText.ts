import { wrapText } from '../charts/index.js';

/** One line of a child's story, dated. */
export interface StoryLine {
  /** ISO date. */
  date: string;
  /** Short weekday name, e.g. 'Mon'. */
  weekday: string;
  text: string;
}

/** A child's story in one scenario. */
export interface Story {
  scenario: string;
  lines: StoryLine[];
}

const GAP = '  ';

function dated(line: StoryLine): string {
  return `${line.weekday} ${line.date}`;
}

function singleStory(story: Story, width: number): string[] {
  const dateWidth = 14;
  const textWidth = Math.max(20, width - dateWidth - GAP.length);
  return story.lines.flatMap((line) =>
    wrapText(line.text, textWidth).map((part, i) => `${(i === 0 ? dated(line) : '').padEnd(dateWidth)}${GAP}${part}`.trimEnd()),
  );
}

function sideBySide(left: Story, right: Story, width: number): string[] {
  const dateWidth = 14;
  const column = Math.max(20, Math.floor((width - dateWidth - 2 * GAP.length) / 2));
  const dates = [...new Set([...left.lines, ...right.lines].map((l) => l.date))].sort();
  const lines = [
    `${''.padEnd(dateWidth)}${GAP}${left.scenario.slice(0, column).padEnd(column)}${GAP}${right.scenario.slice(0, column)}`,
    `${'─'.repeat(dateWidth)}${GAP}${'─'.repeat(column)}${GAP}${'─'.repeat(column)}`,
  ];
  for (const date of dates) {
    const take = (story: Story) => story.lines.filter((l) => l.date === date).flatMap((l) => wrapText(l.text, column));
    const a = take(left);
    const b = take(right);
    const weekday = [...left.lines, ...right.lines].find((l) => l.date === date)?.weekday ?? '';
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const when = i === 0 ? `${weekday} ${date}` : '';
      lines.push(`${when.padEnd(dateWidth)}${GAP}${(a[i] ?? '').padEnd(column)}${GAP}${b[i] ?? ''}`.trimEnd());
    }
  }
  return lines;
}

/**
 * The child's story as text, each line dated: for one scenario, a dated list; for two, side by side
 * in two columns with one row per date (so the same moment lines up); for more, one block per
 * scenario with the dates in the same column. `width` is the terminal width to fit.
 */
export function explainText(stories: readonly Story[], width: number): string {
  const [first, second] = stories;
  if (first === undefined) return '';
  if (stories.length === 1) return `${singleStory(first, width).join('\n')}\n`;
  if (stories.length === 2 && second !== undefined) return `${sideBySide(first, second, width).join('\n')}\n`;
  return `${stories.map((s) => [s.scenario, '─'.repeat(Math.min(width, s.scenario.length)), ...singleStory(s, width)].join('\n')).join('\n\n')}\n`;
}
