import { join } from 'node:path';
import { journeyTimelineSpec } from '../charts/index.js';
import { renderPng, renderSvg } from '../report/index.js';
import type { JourneyTimelineInput } from '../charts/index.js';
import { UsageError } from './cliErrors.js';
import type { CliIo } from './cliIo.js';
import { MESSAGES } from './messages.js';
import { readText } from './outputFile.js';
import { filesUnder, recordedFiles } from './outputFolder.js';

/** The file that marks a folder as written by `explain --out`, so `--force` may replace it. */
export const STORY_FILE = 'story.txt';

/** Every file `explain --out` writes, and so the only files `--force` may replace. */
export const EXPLAIN_FILES: readonly string[] = ['timeline.vl.json', 'timeline.svg', 'timeline.png', STORY_FILE];

/** The start of explain's title line (MESSAGES.explainTitle), the first line of every story.txt it writes. */
const STORY_TITLE = /^Child \d+, replication 0, seed \S/;

/** Whether the story.txt in `out` is one explain wrote: it starts with explain's title line. */
function isOurStory(io: CliIo, out: string): boolean {
  const text = readText(io, join(out, STORY_FILE));
  return text !== undefined && STORY_TITLE.test(text);
}

/**
 * Refuses an `explain --out` folder that cannot be used: a file, a non-empty folder without story.txt
 * or whose story.txt does not start with explain's title line (never replaced: it is not ours, with or
 * without `force`), an earlier story unless `force`, and, with `force`, an earlier story
 * beside files explain does not write (they are listed: --force replaces only frontdoor's own files).
 * Throws a UsageError (exit 2).
 */
export function checkExplainFolder(io: CliIo, out: string, force: boolean, shown: string): void {
  if (!io.fs.exists(out)) return;
  if (!io.fs.isDirectory(out)) throw new UsageError(MESSAGES.outIsFile(shown));
  const entries = io.fs.readDir(out);
  if (entries.length === 0) return;
  if (!entries.some((e) => e.name === STORY_FILE && !e.isDirectory)) {
    // A run's folder (its run.json is frontdoor's record) is named as such: an easy mix-up of --out folders.
    throw new UsageError(recordedFiles(io, out) === undefined ? MESSAGES.explainOutNotOurs(shown) : MESSAGES.explainOutIsRun(shown));
  }
  if (!isOurStory(io, out)) throw new UsageError(MESSAGES.explainStoryNotOurs(shown));
  if (!force) throw new UsageError(MESSAGES.explainOutExists(shown));
  const foreign = filesUnder(io, out).filter((file) => !EXPLAIN_FILES.includes(file));
  if (foreign.length > 0) throw new UsageError(MESSAGES.explainForeignFiles(shown, foreign));
}

/** The files of `explain --out` (EXPLAIN_FILES): the timeline as a Vega-Lite spec, SVG and PNG, and the story as plain text. */
export async function explainFiles(story: string, timeline: JourneyTimelineInput): Promise<[string, string | Uint8Array][]> {
  const spec = journeyTimelineSpec(timeline);
  const svg = await renderSvg(spec);
  return [
    ['timeline.vl.json', `${JSON.stringify(spec, null, 2)}\n`],
    ['timeline.svg', svg],
    ['timeline.png', renderPng(svg)],
    [STORY_FILE, story],
  ];
}
