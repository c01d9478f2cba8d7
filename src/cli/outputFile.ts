import { join } from 'node:path';
import { FileSystemError, UsageError } from './cliErrors.js';
import type { CliIo } from './cliIo.js';
import { errnoCode, faultReason } from './fsFaults.js';
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

function readText(io: CliIo, path: string): string | undefined {
  try {
    const bytes = io.fs.readFile(path);
    return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Refuses an --out file that cannot be used: a folder (these commands write one file; the message
 * suggests a file inside it), an existing file unless `force`, and, with `force`, an existing file
 * that is not of this `kind` (--force replaces only what frontdoor wrote). Throws a UsageError (exit 2).
 */
export function checkOutputFile(io: CliIo, path: string, force: boolean, shown: string, kind: OneFileKind): void {
  if (!io.fs.exists(path)) return;
  if (io.fs.isDirectory(path)) throw new UsageError(MESSAGES.outIsFolder(shown, join(shown, kind.name)));
  if (!force) throw new UsageError(MESSAGES.outFileExists(shown));
  const text = readText(io, path);
  if (text === undefined || !kind.isOurs(text)) throw new UsageError(MESSAGES.outFileNotOurs(shown, kind.what));
}

/**
 * Writes the --out file atomically (writeFileAtomic); a fault of the disk (full, read-only) is a
 * FileSystemError naming the file (as `shown`) and the reason, with the file as it was.
 */
export function writeOutputFile(io: CliIo, path: string, data: string | Uint8Array, shown: string): void {
  try {
    writeFileAtomic(io, path, data);
  } catch (error) {
    const code = errnoCode(error);
    if (code === undefined) throw error;
    throw new FileSystemError(MESSAGES.fileWriteFailed(shown, faultReason(code) ?? (error instanceof Error ? error.message : code)));
  }
}
