import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { CliIo } from './cliIo.js';
import { errnoCode } from './fsFaults.js';

/** A scenario file found by `list`. */
export interface CatalogueEntry {
  /** Path as shown: relative to the working folder when inside it. */
  file: string;
  name: string;
  /** First sentence of the description, on one line. */
  description: string;
  /** Whether this file is a base: other files extend it and it extends none (it holds the shared values). */
  isBase: boolean;
}

const SCENARIO_FILE = /\.(ya?ml|json)$/i;

function filesUnder(io: CliIo, dir: string): string[] {
  if (!io.fs.isDirectory(dir)) return [];
  return io.fs
    .readDir(dir)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory ? filesUnder(io, join(dir, entry.name)) : SCENARIO_FILE.test(entry.name) ? [join(dir, entry.name)] : []));
}

/** The first sentence of a description, on one line; `list` wraps it to the terminal width. */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/\.(\s|$)/);
  return end < 0 ? flat : flat.slice(0, end + 1);
}

/** The top-level mapping of a YAML or JSON file (YAML reads JSON too), or undefined if it is not one; `validate` reports why. */
function readMapping(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = parse(new TextDecoder().decode(bytes), { maxAliasCount: 100 });
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The scenario files under `dir` (recursively, sorted by path) that have a string `name`; files
 * without one (schemas, fragments) and unreadable files are skipped. A file that others extend and
 * that extends none is marked as a base.
 */
export function scenarioCatalogue(io: CliIo, dir: string): CatalogueEntry[] {
  const found: (CatalogueEntry & { absolute: string; extendsOther: boolean })[] = [];
  const extended = new Set<string>();
  for (const absolute of filesUnder(io, dir)) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = io.fs.readFile(absolute);
    } catch (error) {
      // Unreadable (no permission, a link loop): skipped, as the doc says; anything else is a bug.
      if (errnoCode(error) === undefined) throw error;
      continue;
    }
    if (bytes === undefined) continue;
    const value = readMapping(bytes);
    if (value === undefined) continue;
    const target = value['extends'];
    if (typeof target === 'string') extended.add(resolve(absolute, '..', target));
    const name = value['name'];
    if (typeof name !== 'string') continue;
    const description = value['description'];
    const shown = relative(io.cwd, absolute);
    found.push({
      absolute,
      file: shown.startsWith('..') ? absolute : shown,
      name,
      description: typeof description === 'string' ? firstSentence(description) : '',
      isBase: false,
      extendsOther: typeof target === 'string',
    });
  }
  return found.map(({ absolute, extendsOther, ...entry }) => ({ ...entry, isBase: extended.has(absolute) && !extendsOther }));
}
