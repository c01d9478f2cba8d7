import { execFileSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { availableParallelism, totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exclusiveTemp, type CliFs, type CliIo, type CliStream } from './cliIo.js';
import { errnoCode } from './fsFaults.js';

/** The CLI's filesystem operations on the real disk (node:fs, synchronous). */
export const nodeFs: CliFs = {
  readFile(path) {
    try {
      return readFileSync(path);
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  },
  writeFile: (path, data) => writeFileSync(path, data),
  exists: (path) => existsSync(path),
  isDirectory: (path) => existsSync(path) && statSync(path).isDirectory(),
  readDir: (path) => readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() })),
  mkdir: (path) => void mkdirSync(path, { recursive: true }),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { recursive: true, force: true }),
  createExclusive: exclusiveCreator(linkSync),
  isMountPoint(path) {
    const parent = dirname(path);
    // A symbolic link is replaced as a link, wherever it points: never a mount point here.
    if (parent === path || !existsSync(path) || lstatSync(path).isSymbolicLink()) return false;
    return statSync(path).dev !== statSync(parent).dev;
  },
};

/**
 * `createExclusive` over a hard-link function. The data is written whole to a new file of this
 * process's own (`exclusiveTemp`, opened exclusively, so nothing already there is followed or
 * overwritten), then hard-linked to `path`, which fails if `path` exists: `path` never exists
 * half-written, even when the process is killed in between (an exclusive open of `path` then a write
 * leaves an empty file there if killed between the two). Where the link fails for another reason (a
 * file system without hard links, e.g. FAT on a USB stick), an exclusive open of `path`, then the
 * write. The temporary file is removed in every case; failing to remove it is not an error.
 */
export function exclusiveCreator(link: (existing: string, created: string) => void): (path: string, data: string) => boolean {
  return (path, data) => {
    const temp = exclusiveTemp(path, process.pid, randomBytes(4).toString('hex'));
    try {
      writeFileSync(temp, data, { flag: 'wx' });
      try {
        link(temp, path);
        return true;
      } catch (error) {
        if (errnoCode(error) === 'EEXIST') return false;
      }
      try {
        writeFileSync(path, data, { flag: 'wx' });
        return true;
      } catch (error) {
        if (errnoCode(error) === 'EEXIST') return false;
        throw error;
      }
    } finally {
      try {
        rmSync(temp, { force: true });
      } catch {
        // Left behind: the next run that claims the folder removes it (it names a process that has ended).
      }
    }
  };
}

/** Whether `pid` is a live process: signal 0 tests without sending anything (EPERM: alive, someone else's). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR');
}

function streamOf(stream: NodeJS.WriteStream): CliStream {
  // A reader that stops early (`frontdoor … | head`) closes the pipe: not an error for a CLI.
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  return {
    write: (text) => void stream.write(text),
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.isTTY === true ? stream.columns : undefined;
    },
  };
}

/** The real process: its streams, working folder, environment, clock, Ctrl-C and the disk. */
export function nodeIo(): CliIo {
  return {
    stdout: streamOf(process.stdout),
    stderr: streamOf(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    fs: nodeFs,
    now: () => new Date(),
    pid: process.pid,
    // src/cli/ and dist/cli/ both sit two levels below the package folder.
    packageRoot: resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'),
    onInterrupt(handler) {
      // `once`: a second Ctrl-C or SIGTERM falls through to Node's default and ends the process at once.
      const onInt = () => handler('SIGINT');
      const onTerm = () => handler('SIGTERM');
      process.once('SIGINT', onInt);
      process.once('SIGTERM', onTerm);
      return () => {
        process.off('SIGINT', onInt);
        process.off('SIGTERM', onTerm);
      };
    },
    processAlive,
    gitCommit(folder) {
      try {
        const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: folder, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 });
        const commit = out.toString().trim();
        return /^[0-9a-f]{40,64}$/.test(commit) ? commit : undefined;
      } catch {
        return undefined;
      }
    },
    availableParallelism: availableParallelism(),
    memory: { heapLimitBytes: getHeapStatistics().heap_size_limit, totalBytes: totalmem() },
  };
}
