import { basename, dirname, join } from 'node:path';
import { UsageError } from './cliErrors.js';
import type { CliIo } from './cliIo.js';
import { errnoCode, faultReason } from './fsFaults.js';
import { MESSAGES } from './messages.js';
import { RUN_RECORD_TOOL, checkOutputFolder } from './outputFolder.js';

/** The lock file that marks `out` as being written by one frontdoor run. */
export function lockPath(out: string): string {
  return `${out}.lock`;
}

/** The process id in a lock record's bytes, or undefined when they hold none. */
function lockRecordPid(bytes: Uint8Array): number | undefined {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const pid = parsed !== null && typeof parsed === 'object' ? (parsed as { pid?: unknown }).pid : undefined;
    return typeof pid === 'number' && Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The lock file's bytes, or undefined when it is gone or cannot be read. */
function readLock(io: CliIo, path: string): Uint8Array | undefined {
  try {
    return io.fs.readFile(path);
  } catch {
    return undefined;
  }
}

function readLockPid(io: CliIo, lock: string): number | undefined {
  const bytes = readLock(io, lock);
  return bytes === undefined ? undefined : lockRecordPid(bytes);
}

/** Whether `path` is a lock that process `pid` was making: a file empty or holding its lock record (anything else, unreadable included, is left alone). */
function isHalfMadeLock(io: CliIo, path: string, pid: number): boolean {
  const bytes = readLock(io, path);
  return bytes !== undefined && (bytes.length === 0 || lockRecordPid(bytes) === pid);
}

/** Creates the lock; an unwritable place is a UsageError naming the folder and the reason. */
function createLock(io: CliIo, lock: string, shown: string): boolean {
  try {
    io.fs.mkdir(dirname(lock));
    return io.fs.createExclusive(lock, `${JSON.stringify({ pid: io.pid, tool: RUN_RECORD_TOOL })}\n`);
  } catch (error) {
    const code = errnoCode(error);
    if (code === undefined) throw error;
    throw new UsageError(MESSAGES.outNotWritable(shown, dirname(lock), faultReason(code) ?? code));
  }
}

/**
 * Removes what frontdoor runs that are no longer running left beside `out`: unfinished
 * `<out>.partial-<pid>/` folders, `<out>.replaced-<pid>/` (an earlier run moved aside just before a
 * crash: put back when `out` is missing, otherwise removed) and `<out>.lock-<pid>-<nonce>` (a lock
 * being made when its run was killed). Says what it did.
 */
function cleanStale(io: CliIo, out: string, shown: string, say: (line: string) => void): void {
  const parent = dirname(out);
  const pattern = new RegExp(`^${basename(out).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:(partial|replaced)-(\\d+)|lock-(\\d+)-[0-9a-f]+)$`);
  for (const entry of io.fs.readDir(parent)) {
    const match = pattern.exec(entry.name);
    if (match === null) continue;
    const kind = match[1] ?? 'lock';
    const pid = Number(match[2] ?? match[3]);
    const path = join(parent, entry.name);
    if (pid === io.pid || io.processAlive(pid)) continue;
    if (kind === 'lock' ? entry.isDirectory || !isHalfMadeLock(io, path, pid) : !entry.isDirectory) continue;
    const pathShown = `${shown}${entry.name.slice(basename(out).length)}`;
    if (kind === 'replaced' && !io.fs.exists(out)) {
      io.fs.rename(path, out);
      say(MESSAGES.restoredRun(pathShown, shown, pid));
    } else {
      io.fs.remove(path);
      say(kind === 'lock' ? MESSAGES.staleLockTemp(pathShown, pid) : MESSAGES.stalePartial(pathShown, pid));
    }
  }
}

/** An output folder this run holds the lock of; `release` gives it up (idempotent). */
export interface OutputClaim {
  release(): void;
}

/**
 * Claims `out` for this run before any work: 1. takes the lock `<out>.lock` (created exclusively, so
 * of two runs at once exactly one wins; the other gets a UsageError, exit 2; a lock whose process is
 * gone is removed and said); creating it also proves the place can be written (a UsageError naming
 * the folder and the reason otherwise); 2. cleans up what dead runs left beside `out`; 3. checks the
 * folder: not a mount point (a finished folder is renamed into place, which a mount point cannot
 * take), then checkOutputFolder, or `checkFolder` for a command whose folders are not run folders, as
 * explain's. `say` receives the notes on what was cleaned up.
 */
export function claimOutputFolder(
  io: CliIo, out: string, force: boolean, shownAsGiven: string, say: (line: string) => void,
  checkFolder: (io: CliIo, out: string, force: boolean, shown: string) => void = checkOutputFolder,
): OutputClaim {
  // 'out/run/' names the folder 'out/run': its lock is 'out/run.lock', never 'out/run/.lock'.
  const shown = shownAsGiven.replace(/(?<=[^\\/])[\\/]+$/, '');
  const lock = lockPath(out);
  // 1.
  let locked = createLock(io, lock, shown);
  if (!locked) {
    const holder = readLockPid(io, lock);
    if (holder === undefined || holder === io.pid || io.processAlive(holder)) throw new UsageError(MESSAGES.outBusy(shown, `${shown}.lock`, holder));
    io.fs.remove(lock);
    say(MESSAGES.staleLock(`${shown}.lock`, holder));
    locked = createLock(io, lock, shown);
    if (!locked) throw new UsageError(MESSAGES.outBusy(shown, `${shown}.lock`, readLockPid(io, lock)));
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    if (readLockPid(io, lock) === io.pid) io.fs.remove(lock);
  };
  try {
    // 2.
    cleanStale(io, out, shown, say);
    // 3.
    if (io.fs.isMountPoint(out)) throw new UsageError(MESSAGES.outIsMountPoint(shown, join(shown, 'run')));
    checkFolder(io, out, force, shown);
  } catch (error) {
    release();
    throw error;
  }
  return { release };
}
