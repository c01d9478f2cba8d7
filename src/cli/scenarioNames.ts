import { basename, join, resolve } from 'node:path';
import { levenshtein } from '../scenario/index.js';
import type { CliIo } from './cliIo.js';
import { MESSAGES } from './messages.js';
import { scenarioCatalogue } from './scenarioCatalogue.js';
import type { CatalogueEntry } from './scenarioCatalogue.js';

/** What a scenario argument names: a file to load, or why it names none. */
export type ScenarioArgument = { file: string } | { problem: string };

const LOOKS_LIKE_PATH = /[\\/]|\.(ya?ml|json)$/i;

/** Most edits at which a shipped name is offered as "did you mean". */
const NEAR = 3;

const stem = (file: string): string => basename(file).replace(/\.(ya?ml|json)$/i, '');

/**
 * Resolves a scenario argument: an existing file or anything that looks like a path stays as given
 * (the loader reports a missing file); otherwise it is a name `list` shows, or the file name without
 * its extension, among the shipped scenarios. A name that matches several, or none, is a problem
 * with a "did you mean" (names that contain it or are within 3 edits).
 */
export function resolveScenarioArgument(io: CliIo, argument: string, catalogue: () => readonly CatalogueEntry[]): ScenarioArgument {
  if (io.fs.exists(resolve(io.cwd, argument)) || LOOKS_LIKE_PATH.test(argument)) return { file: argument };
  const entries = catalogue();
  const byName = entries.filter((e) => e.name === argument);
  const matches = byName.length > 0 ? byName : entries.filter((e) => stem(e.file) === argument);
  if (matches.length === 1) return { file: matches[0]?.file ?? argument };
  if (matches.length > 1) return { problem: MESSAGES.ambiguousScenario(argument, matches.map((e) => e.file)) };
  const wanted = argument.toLowerCase();
  const near = entries
    .map((e) => ({ e, distance: e.name.toLowerCase().includes(wanted) ? 0 : levenshtein(wanted, e.name.toLowerCase()) }))
    .filter(({ e, distance }) => distance <= NEAR && distance < e.name.length)
    .sort((a, b) => a.distance - b.distance)
    .map(({ e }) => e.name);
  return { problem: MESSAGES.unknownScenario(argument, near.slice(0, 4)) };
}

/** The shipped scenarios, read once on first use. */
export function shippedCatalogue(io: CliIo): () => readonly CatalogueEntry[] {
  let entries: CatalogueEntry[] | undefined;
  return () => (entries ??= scenarioCatalogue(io, join(io.packageRoot, 'scenarios')));
}
