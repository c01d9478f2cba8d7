import { basename, dirname, join, relative } from 'node:path';
import { FileSystemError, InterruptedError, UsageError } from './cliErrors.js';
import type { CliIo, StopSignal } from './cliIo.js';
import { writeFault } from './fsFaults.js';
import { MESSAGES } from './messages.js';

/** The file every finished run writes; a folder holding it (written by frontdoor) is an earlier run. */
export const RUN_RECORD_FILE = 'run.json';

/** The tool name frontdoor records in run.json; a run.json without it was not written by frontdoor. */
export const RUN_RECORD_TOOL = 'frontdoor-sim';

/**
 * What the run.json in `folder` says of its writer: the files frontdoor wrote there; 'earlier' for a
 * run.json naming frontdoor without a file list (an earlier version, which did not record its files);
 * undefined when that run.json is not frontdoor's.
 */
export function recordedFiles(io: CliIo, folder: string): ReadonlySet<string> | 'earlier' | undefined {
  let record: unknown;
  try {
    const bytes = io.fs.readFile(join(folder, RUN_RECORD_FILE));
    if (bytes === undefined) return undefined;
    record = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
  if (record === null || typeof record !== 'object') return undefined;
  const { tool, files } = record as { tool?: unknown; files?: unknown };
  const name = tool !== null && typeof tool === 'object' ? (tool as { name?: unknown }).name : undefined;
  if (name !== RUN_RECORD_TOOL) return undefined;
  if (files === undefined) return 'earlier';
  if (!Array.isArray(files) || !files.every((f): f is string => typeof f === 'string')) return undefined;
  return new Set(files);
}

/** Every file under `folder` (paths relative to it, '/'-separated), with empty folders as 'name/'. */
export function filesUnder(io: CliIo, folder: string, prefix = ''): string[] {
  const found: string[] = [];
  const entries = io.fs.readDir(join(folder, prefix));
  if (entries.length === 0 && prefix !== '') return [prefix];
  for (const entry of entries) {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory) found.push(...filesUnder(io, folder, `${path}/`));
    else found.push(path);
  }
  return found;
}

/**
 * Refuses an output folder that cannot be used: a file, a non-empty folder that is not a frontdoor
 * run (its run.json must carry frontdoor's tool name and file list; one naming frontdoor without a
 * file list, from an earlier version, has its own message), an earlier run unless `force`,
 * and, with `force`, an earlier run holding files it did not write (they are listed: --force
 * replaces only frontdoor's own files). Throws a UsageError (exit 2) naming the folder and the way out.
 */
export function checkOutputFolder(io: CliIo, out: string, force: boolean, shown: string): void {
  if (!io.fs.exists(out)) return;
  if (!io.fs.isDirectory(out)) throw new UsageError(MESSAGES.outIsFile(shown));
  const entries = io.fs.readDir(out);
  if (entries.length === 0) return;
  const isRun = entries.some((entry) => entry.name === RUN_RECORD_FILE && !entry.isDirectory);
  if (!isRun) throw new UsageError(MESSAGES.outNotARun(shown));
  const owned = recordedFiles(io, out);
  if (owned === undefined) throw new UsageError(MESSAGES.outNotOurs(shown));
  if (owned === 'earlier') throw new UsageError(MESSAGES.outFromEarlierVersion(shown));
  if (!force) throw new UsageError(MESSAGES.outHoldsRun(shown));
  const foreign = filesUnder(io, out).filter((file) => !owned.has(file));
  if (foreign.length > 0) throw new UsageError(MESSAGES.outForeignFiles(shown, foreign));
}

/**
 * Writes one file atomically: to a hidden temporary name beside it, then renamed into place (folders
 * made as needed). When the write or the rename fails, the temporary file is removed and the fault
 * rethrown: the target is as it was and nothing is left beside it.
 */
export function writeFileAtomic(io: CliIo, target: string, data: string | Uint8Array): void {
  io.fs.mkdir(dirname(target));
  const temporary = join(dirname(target), `.${basename(target)}.tmp-${io.pid}`);
  try {
    io.fs.writeFile(temporary, data);
    io.fs.rename(temporary, target);
  } catch (error) {
    try {
      io.fs.remove(temporary);
    } catch {
      // The write's own fault is the one to report.
    }
    throw error;
  }
}

/**
 * An output folder written all-or-nothing: files go into `<out>.partial-<pid>/` (each written to a
 * temporary name and renamed), and `commit` renames the folder into place, replacing an empty folder
 * or, once checked with `force`, an earlier run. `discard` removes everything written so far. A
 * fault of the disk (full, read-only) is a FileSystemError naming the folder (as `shown`) and the file.
 */
export class OutputFolder {
  private readonly partial: string;
  private started = false;
  private finished = false;

  constructor(
    private readonly io: CliIo,
    readonly path: string,
    private readonly shown: string = path,
  ) {
    this.partial = `${path}.partial-${io.pid}`;
  }

  /** Writes `relativePath` (may contain '/') inside the folder, atomically. */
  write(relativePath: string, data: string | Uint8Array): void {
    if (this.finished) throw new Error(`OutputFolder.write: ${this.path} is already committed or discarded`);
    const target = join(this.partial, relativePath);
    if (relative(this.partial, target).startsWith('..')) throw new Error(`OutputFolder.write: ${relativePath} leaves the folder`);
    this.guard(relativePath, () => {
      this.start();
      writeFileAtomic(this.io, target, data);
    });
  }

  /** Moves the finished folder into place; an existing folder at the path is replaced whole. */
  commit(): void {
    if (this.finished) return;
    this.guard('the finished folder', () => {
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
    });
    this.finished = true;
  }

  private guard(file: string, action: () => void): void {
    try {
      action();
    } catch (error) {
      const fault = writeFault(error);
      if (fault === undefined) throw error;
      throw new FileSystemError(MESSAGES.writeFailed(this.shown, file, fault.reason, fault.kind));
    }
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

/** How writeFolder names the folder, stops on a signal and checks the folder once more before replacing it. */
export interface WriteFolderOptions {
  signal?: AbortSignal;
  /** Which signal aborted `signal` (for the exit code: 130 or 143). */
  stoppedBy?: () => StopSignal | undefined;
  /** The folder as the user gave it, for messages. */
  shown?: string;
  /** Called just before the folder is moved into place; throws to refuse it. */
  beforeCommit?: () => void;
}

/**
 * Writes `files` (path inside the folder, content) as a new output folder, all or nothing: an error,
 * or an abort of the signal before the end, leaves no trace.
 */
export function writeFolder(io: CliIo, path: string, files: readonly (readonly [string, string | Uint8Array])[], options: WriteFolderOptions = {}): void {
  const folder = new OutputFolder(io, path, options.shown);
  try {
    for (const [name, data] of files) folder.write(name, data);
    if (options.signal?.aborted === true) {
      const terminated = options.stoppedBy?.() === 'SIGTERM';
      throw new InterruptedError(terminated ? MESSAGES.terminatedPlain : MESSAGES.interruptedPlain, terminated ? 'SIGTERM' : 'SIGINT');
    }
    options.beforeCommit?.();
    folder.commit();
  } finally {
    folder.discard();
  }
}
