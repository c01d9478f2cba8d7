/** A text output the CLI writes to: stdout or stderr. `columns` is the terminal width when known. */
export interface CliStream {
  write(text: string): void;
  readonly isTTY: boolean;
  readonly columns?: number | undefined;
}

/** One entry of a folder listing. */
export interface CliDirEntry {
  name: string;
  isDirectory: boolean;
}

/**
 * The filesystem operations the CLI uses, all synchronous and taking absolute paths. `readFile`
 * returns undefined when the file does not exist (other failures throw); `rename` replaces files.
 */
export interface CliFs {
  readFile(path: string): Uint8Array | undefined;
  writeFile(path: string, data: string | Uint8Array): void;
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  readDir(path: string): CliDirEntry[];
  mkdir(path: string): void;
  rename(from: string, to: string): void;
  /** Removes a file or a folder with everything in it; no error when it is absent. */
  remove(path: string): void;
  /**
   * Creates a new file holding `data`, never seen half-written; false (and nothing written) when the
   * path already exists. A process killed while creating it may leave `exclusiveTemp(path, pid, …)`.
   */
  createExclusive(path: string, data: string): boolean;
  /** Whether `path` is a folder that another file system is mounted on (so it cannot be renamed or replaced). */
  isMountPoint(path: string): boolean;
}

/** The file `createExclusive` writes first, beside `path`, named by process `pid` and a random `nonce` (hex). */
export function exclusiveTemp(path: string, pid: number, nonce: string): string {
  return `${path}-${pid}-${nonce}`;
}

/** The signals that stop a run: Ctrl-C (SIGINT) and a batch scheduler's time limit (SIGTERM). */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/**
 * Everything the command line reads from or writes to the outside world, so that `runCli` can run
 * in-process against a temporary folder in tests: streams, working folder, environment, clock,
 * process id, files, the interrupt signal and the installed package's folder.
 */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
  /** Absolute working folder; relative paths in arguments are resolved against it. */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  fs: CliFs;
  /** The wall clock. */
  now(): Date;
  pid: number;
  /** Folder holding the tool's package.json and shipped `scenarios/`. */
  packageRoot: string;
  /** Calls `handler` on an interrupt (Ctrl-C, SIGINT) or a termination request (SIGTERM) until the returned function is called. */
  onInterrupt(handler: (signal: StopSignal) => void): () => void;
  /** Whether a process with this id is running on this machine (a stale lock or partial folder names a dead one). */
  processAlive(pid: number): boolean;
  /** The git commit of `folder`'s repository, or undefined when there is none. */
  gitCommit(folder: string): string | undefined;
  /** Logical processors available, for the default of --jobs. */
  availableParallelism: number;
  /** Memory limits, bytes: the JavaScript heap one thread may use, and the machine's total. */
  memory: { heapLimitBytes: number; totalBytes: number };
}
