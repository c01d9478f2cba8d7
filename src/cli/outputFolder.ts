import { basename, dirname, join, relative } from 'node:path';
import { InterruptedError, UsageError } from './cliErrors.js';
import type { CliIo } from './cliIo.js';
import { MESSAGES } from './messages.js';

/** The file every finished run writes; a folder holding it is an earlier run. */
export const RUN_RECORD_FILE = 'run.json';

/**
 * Refuses an output folder that cannot be used: a file, a folder holding an earlier run (unless
 * `force`), or a non-empty folder that is not a run at all (never, since replacing it would delete
 * someone's files). Throws a UsageError (exit 2) naming the folder and the way out.
 */
export function checkOutputFolder(io: CliIo, out: string, force: boolean, shown: string): void {
  if (!io.fs.exists(out)) return;
  if (!io.fs.isDirectory(out)) throw new UsageError(MESSAGES.outIsFile(shown));
  const entries = io.fs.readDir(out);
  if (entries.length === 0) return;
  const isRun = entries.some((entry) => entry.name === RUN_RECORD_FILE && !entry.isDirectory);
  if (!isRun) throw new UsageError(MESSAGES.outNotARun(shown));
  if (!force) throw new UsageError(MESSAGES.outHoldsRun(shown));
}

/** Writes one file atomically: to a hidden temporary name beside it, then renamed into place (folders made as needed). */
export function writeFileAtomic(io: CliIo, target: string, data: string | Uint8Array): void {
  io.fs.mkdir(dirname(target));
  const temporary = join(dirname(target), `.${basename(target)}.tmp-${io.pid}`);
  io.fs.writeFile(temporary, data);
  io.fs.rename(temporary, target);
}

/**
 * An output folder written all-or-nothing: files go into `<out>.partial-<pid>/` (each written to a
 * temporary name and renamed), and `commit` renames the folder into place, replacing an empty folder
 * or, once checked with `force`, an earlier run. `discard` removes everything written so far.
 */
export class OutputFolder {
  private readonly partial: string;
  private started = false;
  private finished = false;

  constructor(
    private readonly io: CliIo,
    readonly path: string,
  ) {
    this.partial = `${path}.partial-${io.pid}`;
  }

  /** Writes `relativePath` (may contain '/') inside the folder, atomically. */
  write(relativePath: string, data: string | Uint8Array): void {
    if (this.finished) throw new Error(`OutputFolder.write: ${this.path} is already committed or discarded`);
    const target = join(this.partial, relativePath);
    if (relative(this.partial, target).startsWith('..')) throw new Error(`OutputFolder.write: ${relativePath} leaves the folder`);
    this.start();
    writeFileAtomic(this.io, target, data);
  }

  /** Moves the finished folder into place; an existing folder at the path is replaced whole. */
  commit(): void {
    if (this.finished) return;
    this.start();
    this.io.fs.mkdir(dirname(this.path));
    if (this.io.fs.exists(this.path)) {
      const replaced = `${this.path}.replaced-${this.io.pid}`;
      this.io.fs.remove(replaced);
      this.io.fs.rename(this.path, replaced);
      this.io.fs.rename(this.partial, this.path);
      this.io.fs.remove(replaced);
    } else {
      this.io.fs.rename(this.partial, this.path);
    }
    this.finished = true;
  }

  private start(): void {
    if (this.started) return;
    this.io.fs.remove(this.partial);
    this.io.fs.mkdir(this.partial);
    this.started = true;
  }

  /** Removes everything written; the path is left as it was. */
  discard(): void {
    if (this.finished) return;
    this.io.fs.remove(this.partial);
    this.finished = true;
  }
}

/**
 * Writes `files` (path inside the folder, content) as a new output folder, all or nothing: an error,
 * or an abort of `signal` before the end, leaves no trace.
 */
export function writeFolder(io: CliIo, path: string, files: readonly (readonly [string, string | Uint8Array])[], signal?: AbortSignal): void {
  const folder = new OutputFolder(io, path);
  try {
    for (const [name, data] of files) folder.write(name, data);
    if (signal?.aborted === true) throw new InterruptedError(MESSAGES.interruptedPlain);
    folder.commit();
  } finally {
    folder.discard();
  }
}
