import { journeyTimelineSpec } from '../charts/index.js';
import { renderPng, renderSvg } from '../report/index.js';
import type { JourneyTimelineInput } from '../charts/index.js';
import { UsageError } from './cliErrors.js';
import type { CliIo } from './cliIo.js';
import { MESSAGES } from './messages.js';

/** The file that marks a folder as written by `explain --out`, so `--force` may replace it. */
export const STORY_FILE = 'story.txt';

/**
 * Refuses an `explain --out` folder that cannot be used: a file, a non-empty folder without story.txt
 * (never replaced: it is not ours), or an earlier story unless `force`. Throws a UsageError (exit 2).
 */
export function checkExplainFolder(io: CliIo, out: string, force: boolean, shown: string): void {
  if (!io.fs.exists(out)) return;
  if (!io.fs.isDirectory(out)) throw new UsageError(MESSAGES.outIsFile(shown));
  const entries = io.fs.readDir(out);
  if (entries.length === 0) return;
  if (!entries.some((e) => e.name === STORY_FILE && !e.isDirectory)) throw new UsageError(MESSAGES.explainOutNotOurs(shown));
  if (!force) throw new UsageError(MESSAGES.explainOutExists(shown));
}

/** The files of `explain --out`: the timeline as a Vega-Lite spec, SVG and PNG, and the story as plain text. */
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
