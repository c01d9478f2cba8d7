import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { FileSystemError, UsageError } from './cliErrors.js';
import type { CliIo } from './cliIo.js';
import { writeFault } from './fsFaults.js';
import { MESSAGES } from './messages.js';
import { writeFileAtomic } from './outputFolder.js';

/** What a command that writes one file (`headroom --out`, `interactive --out`) writes, for its messages and for --force. */
export interface OneFileKind {
  /** The file in words, after "it is not": 'a headroom result', 'a teaching page'. */
  what: string;
  /** The name suggested inside a folder given as --out: 'headroom.json'. */
  name: string;
  /** Whether `text` is a file of this kind, that is one frontdoor wrote and --force may replace. */
  isOurs: (text: string) => boolean;
}

/** A file's text, or undefined when it is missing or cannot be read. */
export function readText(io: CliIo, path: string): string | undefined {
  try {
    const bytes = io.fs.readFile(path);
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/** The nearest existing place above `path`, when it is a file (so nothing can be made inside it), or undefined. */
function fileInTheWay(io: CliIo, path: string): string | undefined {
  let parent = dirname(path);
  for (;;) {
    if (io.fs.exists(parent)) return io.fs.isDirectory(parent) ? undefined : parent;
    const up = dirname(parent);
    if (up === parent) return undefined;
    parent = up;
  }
}

/**
 * Refuses, before any work, an --out file that cannot be used: a name ending with a path separator or
 * an existing folder (these commands write one file; the message suggests a file inside it), a path
 * running through an existing file (named), an existing file that is not of this `kind` (--force
 * replaces only what frontdoor wrote, so it is refused with or without --force), and a file of this
 * kind unless `force`. Throws a UsageError (exit 2).
 */
export function checkOutputFile(io: CliIo, path: string, force: boolean, shown: string, kind: OneFileKind): void {
  if (shown.endsWith('/') || shown.endsWith(sep)) throw new UsageError(MESSAGES.outEndsWithSeparator(shown, `${shown}${kind.name}`));
  const blocker = fileInTheWay(io, path);
  if (blocker !== undefined) throw new UsageError(MESSAGES.outParentIsFile(shown, isAbsolute(shown) ? blocker : relative(io.cwd, blocker) || blocker));
  if (!io.fs.exists(path)) return;
  if (io.fs.isDirectory(path)) throw new UsageError(MESSAGES.outIsFolder(shown, join(shown, kind.name)));
  const text = readText(io, path);
  if (text === undefined || !kind.isOurs(text)) throw new UsageError(MESSAGES.outFileNotOurs(shown, kind.what));
  if (!force) throw new UsageError(MESSAGES.outFileExists(shown));
}

/**
 * Writes the --out file atomically (writeFileAtomic); a fault of the disk (full, read-only) is a
 * FileSystemError naming the file (as `shown`) and the reason, with the file as it was.
 */
export function writeOutputFile(io: CliIo, path: string, data: string | Uint8Array, shown: string): void {
  try {
    writeFileAtomic(io, path, data);
  } catch (error) {
    const fault = writeFault(error);
    if (fault === undefined) throw error;
    throw new FileSystemError(MESSAGES.fileWriteFailed(shown, fault.reason, fault.kind));
  }
}
